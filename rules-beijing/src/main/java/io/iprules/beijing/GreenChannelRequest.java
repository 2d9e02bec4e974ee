package io.iprules.beijing;

import java.time.LocalDate;

/**
 * A certificate asked of the green channel (绿色通道, beijing-2012 §2(4)).
 *
 * @param certificate which certificate
 * @param subject     what it is for, e.g. the patent application number
 * @param complete    the day the application file became complete (申请文件齐备), not the first submission
 * @param issued      the day the certificate was issued, or {@code null} when not (yet)
 */
public record GreenChannelRequest(Certificate certificate, String subject, LocalDate complete, LocalDate issued) {

    /**
     * A builder with named arguments, each checked as it is given (for
     * {@code BeijingEnterprise.Builder#greenChannel}): the two dates, file complete and certificate issued, cannot be
     * swapped unseen.
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link GreenChannelRequest} argument by argument: a {@code null} or blank argument is an
     * {@link IllegalArgumentException} naming it; {@link #build()} requires the certificate, the subject and the day
     * the file became complete, as an evaluation does. {@link #issued} is left out while the certificate is not issued.
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    public static final class Builder {
        private Certificate certificate;
        private String subject;
        private LocalDate complete;
        private LocalDate issued;

        private Builder() {
        }

        /** Which certificate is asked for (发明专利优先审查证明 or 无知识产权违法行为证明). */
        public Builder certificate(Certificate value) {
            certificate = io.iprules.kit.Arguments.required("certificate", value);
            return this;
        }

        /** What it is for, e.g. the patent application number (申请号). */
        public Builder subject(String value) {
            subject = io.iprules.kit.Arguments.text("subject", value);
            return this;
        }

        /** The day the application file became complete (申请文件齐备): the 5 working days count from it. */
        public Builder complete(LocalDate value) {
            complete = io.iprules.kit.Arguments.required("complete", value);
            return this;
        }

        /** The day the certificate was issued (出具); not given while it is not. */
        public Builder issued(LocalDate value) {
            issued = io.iprules.kit.Arguments.required("issued", value);
            return this;
        }

        /** The certificate asked for. */
        public GreenChannelRequest build() {
            io.iprules.kit.Arguments.complete("green channel request", "certificate", certificate, "subject", subject,
                    "complete", complete);
            return new GreenChannelRequest(certificate, subject, complete, issued);
        }
    }
}
