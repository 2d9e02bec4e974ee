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
        annualFeeDates = annualFeeDates == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(annualFeeDates));
    }

    /** A patent whose annual fees are given by their count only. */
    public Patent(String number, PatentKind kind, LocalDate grantDate, IndustryField field, Integer annualFeesPaid) {
        this(number, kind, grantDate, field, annualFeesPaid, List.of());
    }

    /** Whether it is an invention patent in one of the strategic emerging industries of §2(2). */
    public boolean strategicEmergingInvention() {
        return kind == PatentKind.INVENTION && field != null && field.isStrategicEmerging();
    }
}
