package io.iprules.pilotcity.rules;

import io.iprules.pilotcity.ApplicantType;
import io.iprules.kit.Count;
import io.iprules.kit.Decimal;
import io.iprules.kit.Decision;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Records the conditions the rules decide, each with its actual and required value as shown to a reader, and the
 * explanation in both languages. The rule files decide <em>whether</em> a condition is met and pass the verdict in;
 * this class only says how the condition reads, so that a condition met and one not met are described alike.
 *
 * <p>{@code actual} and {@code required} are language-neutral: numbers, dates, {@code true}/{@code false}, codes.
 * {@code gap} is given for an unmet minimum only, in the actual value's unit.
 */
public final class Conditions {
    /** The {@code required} of a yes/no condition. */
    public static final String YES = "true";

    /** The {@code required} of §1(1): the kinds {@link ApplicantType} marks eligible, joined once. */
    private static final String ELIGIBLE = Arrays.stream(ApplicantType.values()).filter(ApplicantType::isEligible)
            .map(Enum::name).collect(Collectors.joining(" | "));

    private Conditions() {
    }

    /** §1(1): whether the place is an applicant at all. */
    public static void applicantType(Decision d, ApplyingCity c, boolean met) {
        d.condition("PC_APPLICANT_TYPE", c.subject(), met, c.type().name(), ELIGIBLE,
                d.text(met ? "detail.applicant-type.eligible" : "detail.applicant-type.not-eligible", c.type()), null);
    }

    /** The message keys of each yes/no condition, {@code detail.<code>.no} and {@code .yes}, joined once per code. */
    private static final Map<String, String[]> FACT_DETAILS = new ConcurrentHashMap<>();

    /** A yes/no fact of the application, met when it holds; the detail says it as a sentence, affirmed or denied. */
    public static void fact(Decision d, String code, String subject, boolean holds) {
        String[] details = FACT_DETAILS.get(code);
        if (details == null) {
            details = FACT_DETAILS.computeIfAbsent(code,
                    c -> new String[] {"detail." + c + ".no", "detail." + c + ".yes"});
        }
        d.condition(code, subject, holds, String.valueOf(holds), YES, d.text(details[holds ? 1 : 0]), null);
    }

    /** §1(2)2: full-time IP staff against the minimum. */
    public static void staff(Decision d, ApplyingPark p, int minimum, boolean met) {
        int staff = p.fullTimeIpStaff();
        d.condition("PC_PARK_FULLTIME_STAFF", p.subject(), met, Integer.toString(staff), ">= " + minimum,
                d.text(met ? "detail.staff.met" : "detail.staff.not-met", new Count(staff), new Count(minimum)),
                met ? null : Integer.toString(minimum - staff));
    }

    /**
     * §1(2)2: invention patents per 10,000 population against the minimum; the gap and the patents still needed. The
     * densities are {@link Decimal}s, grouped as the counts beside them are (3,333.33 件, not 3333.33 件).
     */
    public static void density(Decision d, ApplyingPark p, BigDecimal minimum, boolean met) {
        int patents = p.inventionPatents();
        int population = p.population();
        BigDecimal shown = Density.shown(patents, population, minimum);
        long required = Density.patentsRequired(population, minimum);
        if (met) {
            d.condition("PC_PARK_PATENT_DENSITY", p.subject(), true, shown.toPlainString(),
                    ">= " + minimum.toPlainString(),
                    d.text("detail.density.met", new Decimal(shown), new Count(patents), new Count(population),
                            new Decimal(minimum), new Count(required)), null);
        } else {
            // Density.shortfall and Density.morePatentsNeeded, from the shown density and the required count above
            BigDecimal gap = minimum.setScale(Density.scale(minimum), RoundingMode.UNNECESSARY).subtract(shown);
            d.condition("PC_PARK_PATENT_DENSITY", p.subject(), false, shown.toPlainString(),
                    ">= " + minimum.toPlainString(),
                    d.text("detail.density.not-met", new Decimal(shown), new Count(patents), new Count(population),
                            new Decimal(minimum), new Decimal(gap), new Count(required),
                            new Count(Math.max(0, required - patents))),
                    gap.toPlainString());
        }
    }

    /**
     * §2(2): the number of parks against the range. No park listed is said so (申报城市未列出园区), not as a number of
     * parks the city "only" includes (仅包括 0 个园区).
     */
    public static void parkCount(Decision d, ApplyingCity c, int min, int max, boolean met) {
        int n = c.parkCount();
        String key = met ? "detail.park-count.met" : n == 0 ? "detail.park-count.none"
                : n < min ? "detail.park-count.too-few" : "detail.park-count.too-many";
        d.condition("PC_PARK_COUNT", c.subject(), met, Integer.toString(n), min + "–" + max,
                d.text(key, new Count(n), new Count(min), new Count(max), new Count(n - max)),
                !met && n < min ? Integer.toString(min - n) : null);
    }

    /** §2(2): who recommended the city, against both authorities. */
    public static void jointRecommendation(Decision d, ApplyingCity c, boolean met) {
        boolean ip = c.ipOffice();
        boolean sme = c.smeAuthority();
        String actual = ip && sme ? "ipOffice+smeAuthority" : ip ? "ipOffice" : sme ? "smeAuthority" : "none";
        String key = ip && sme ? "detail.joint.both" : ip ? "detail.joint.ip-office-only"
                : sme ? "detail.joint.sme-authority-only" : "detail.joint.none";
        d.condition("PC_JOINT_RECOMMENDATION", c.subject(), met, actual, "ipOffice+smeAuthority", d.text(key), null);
    }

    /** §2(2): which of the city's authorities apply, against both. */
    public static void cityJointApplication(Decision d, ApplyingCity c, boolean met) {
        boolean ip = c.cityIpOffice();
        boolean sme = c.citySmeAuthority();
        String actual = ip && sme ? "ipOffice+smeAuthority" : ip ? "ipOffice" : sme ? "smeAuthority" : "none";
        String key = ip && sme ? "detail.application.both" : ip ? "detail.application.ip-office-only"
                : sme ? "detail.application.sme-authority-only" : "detail.application.none";
        d.condition("PC_CITY_JOINT_APPLICATION", c.subject(), met, actual, "ipOffice+smeAuthority", d.text(key), null);
    }

    /**
     * §2(2): the date of the recommendation letter against the deadline. A date given while neither authority
     * recommends the city dates no letter: its actual value is none, as of a city not yet recommended, and the detail
     * says why the date given is not taken.
     */
    public static void deadline(Decision d, ApplyingCity c, LocalDate deadline, boolean met) {
        LocalDate date = c.recommendationDate();
        boolean letter = c.ipOffice() || c.smeAuthority();
        // no letter yet, once the deadline has passed, can no longer be in time: said so, not "it must be dated by"
        String undated = d.getAsOf().isAfter(deadline) ? "detail.deadline.undated.passed" : "detail.deadline.undated";
        String key = date == null ? undated : !letter ? "detail.deadline.no-letter"
                : !met ? "detail.deadline.late"
                : date.equals(deadline) ? "detail.deadline.met-on-the-day" : "detail.deadline.met";
        long late = date == null ? 0 : ChronoUnit.DAYS.between(deadline, date);
        d.condition("PC_DEADLINE", c.subject(), met, date == null || !letter ? null : date.toString(),
                "<= " + deadline, d.text(key, date, deadline, new Count(late), d.getAsOf()), null);
    }

    /** §2(2): the places of the province's quota used by its set, against the range. */
    public static void quota(Decision d, ProvinceSet s, int min, int max, boolean met) {
        int used = s.places();
        String key = met ? "detail.quota.met" : s.cities() < min ? "detail.quota.too-few" : "detail.quota.too-many";
        d.condition("PC_PROVINCE_QUOTA", s.subject(), met, Integer.toString(used), min + "–" + max,
                d.text(key, new Count(s.cities()), new Count(used), new Count(min), new Count(max),
                        s.notCounted() == 0 ? "" : d.text("detail.quota.districts", new Count(s.notCounted())),
                        new Count(used - max)),
                !met && s.cities() < min ? Integer.toString(min - s.cities()) : null);
    }
}
