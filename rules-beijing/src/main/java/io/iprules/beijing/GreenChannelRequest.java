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
}
