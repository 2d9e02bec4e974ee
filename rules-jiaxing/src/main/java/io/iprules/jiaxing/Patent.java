package io.iprules.jiaxing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A granted patent of the enterprise.
 *
 * @param number         the patent number, e.g. {@code ZL201310001234.5}
 * @param kind           invention, utility model or design
 * @param grantDate      the date of grant (授权)
 * @param field          the industry field; required for an invention patent (decides the annual-fee subsidy)
 * @param annualFeesPaid how many annual fees (年费) have been paid since grant; required for an invention patent in
 *                       a strategic emerging industry unless {@code annualFeeDates} are given
 * @param annualFeeDates the date each annual fee was paid, the first (paid at grant) first; optional. Without
 *                       them, fee <i>k</i> is taken as paid on the (<i>k</i>−1)th anniversary of the grant, and the
 *                       result says so (§6(5)1 reading). An absent list is empty.
 */
public record Patent(String number, PatentKind kind, LocalDate grantDate, IndustryField field, Integer annualFeesPaid,
                     List<LocalDate> annualFeeDates) {

    /** Makes an absent list empty and the list unmodifiable (a {@code null} element stays, for validation). */
    public Patent {
        annualFeeDates = annualFeeDates == null ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(annualFeeDates));
    }

    /** A patent whose annual fees are given by their count only. */
    public Patent(String number, PatentKind kind, LocalDate grantDate, IndustryField field, Integer annualFeesPaid) {
        this(number, kind, grantDate, field, annualFeesPaid, List.of());
    }

    /** Whether it is an invention patent in one of the strategic emerging industries of §2(2). */
    public boolean strategicEmergingInvention() {
        return kind == PatentKind.INVENTION && field != null && field.isStrategicEmerging();
    }

    /** A builder with named arguments, each checked as it is given (for {@code JiaxingEnterprise.Builder#patent}). */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Patent} argument by argument: a {@code null} or blank argument, or a negative count, is an
     * {@link IllegalArgumentException} naming it; {@link #build()} requires the number, kind and grant date.
     */
    public static final class Builder {
        private String number;
        private PatentKind kind;
        private LocalDate grantDate;
        private IndustryField field;
        private Integer annualFeesPaid;
        private List<LocalDate> annualFeeDates = List.of();

        private Builder() {
        }

        /** Its number (专利号). */
        public Builder number(String value) {
            number = io.iprules.kit.Arguments.text("number", value);
            return this;
        }

        /** Its kind: invention, utility model or design. */
        public Builder kind(PatentKind value) {
            kind = io.iprules.kit.Arguments.required("kind", value);
            return this;
        }

        /** The day it was granted (授权公告日). */
        public Builder grantDate(LocalDate value) {
            grantDate = io.iprules.kit.Arguments.required("grantDate", value);
            return this;
        }

        /** Its industry field (for the strategic emerging industries of §2(2)). */
        public Builder field(IndustryField value) {
            field = io.iprules.kit.Arguments.required("field", value);
            return this;
        }

        /** How many annual fees (年费) have been paid since grant. */
        public Builder annualFeesPaid(int value) {
            annualFeesPaid = io.iprules.kit.Arguments.nonNegative("annualFeesPaid", value);
            return this;
        }

        /** The day each annual fee was paid, the first (paid at grant) first; sets their count too. */
        public Builder annualFeeDates(List<LocalDate> value) {
            io.iprules.kit.Arguments.required("annualFeeDates", value);
            for (int i = 0; i < value.size(); i++) {
                io.iprules.kit.Arguments.required("annualFeeDates[" + i + "]", value.get(i));
            }
            annualFeeDates = List.copyOf(value);
            annualFeesPaid = value.size();
            return this;
        }

        /** The patent. */
        public Patent build() {
            io.iprules.kit.Arguments.complete("patent", "number", number, "kind", kind, "grantDate", grantDate);
            return new Patent(number, kind, grantDate, field, annualFeesPaid, annualFeeDates);
        }
    }
}
