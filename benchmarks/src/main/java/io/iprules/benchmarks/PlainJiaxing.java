package io.iprules.benchmarks;

import io.iprules.ParameterInfo;
import io.iprules.ParameterValue;
import io.iprules.PolicyDescription;
import io.iprules.jiaxing.BrandHonour;
import io.iprules.jiaxing.ExportTrademark;
import io.iprules.jiaxing.JiaxingEnterprise;
import io.iprules.jiaxing.OtherPolicyClaim;
import io.iprules.jiaxing.PaidSubsidy;
import io.iprules.jiaxing.Patent;
import io.iprules.jiaxing.PatentInfoPlatform;
import io.iprules.jiaxing.PatentAward;
import io.iprules.jiaxing.PatentKind;
import io.iprules.jiaxing.PledgeLoan;
import io.iprules.jiaxing.PolicyChoice;
import io.iprules.jiaxing.Recognition;
import io.iprules.jiaxing.RecognitionType;
import io.iprules.jiaxing.Standard;
import io.iprules.jiaxing.StandardLevel;
import io.iprules.jiaxing.StandardRole;
import io.iprules.jiaxing.rules.Subjects;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * jiaxing-2012 decided by hand-written Java, with no rule engine: the baseline the engine is measured against,
 * and a second, independent implementation the engine must agree with (see the agreement test). It computes
 * what decides money (codes, subjects, amounts, exclusion reasons, total), not the explanations.
 *
 * <p>It reads the same parameter values as the engine (from the engine's policy description), so a deployment's
 * parameters apply to both. Validation is not repeated: it takes valid enterprises.
 */
public final class PlainJiaxing {
    private static final LocalDate IN_FORCE = LocalDate.of(2012, 11, 5);
    private static final List<String> ORDER = List.of("JX_PATENT_GRANT", "JX_SEI_ANNUITY",
            "JX_NATIONAL_IP_DEMO_ENTERPRISE", "JX_NATIONAL_IP_PILOT_ENTERPRISE", "JX_PROVINCIAL_PATENT_DEMO_ENTERPRISE",
            "JX_CITY_PATENT_DEMO_ENTERPRISE", "JX_CIRCULATION_IP_UNIT", "JX_PLEDGE_LOAN_INTEREST",
            "JX_KEY_INTERMEDIARY",
            "JX_PATENT_INFO_PLATFORM", "JX_CHINA_PATENT_GOLD",
            "JX_CHINA_PATENT_EXCELLENCE", "JX_BRAND_HONOUR", "JX_EXPORT_TRADEMARK", "JX_STANDARD_LEAD");

    private final Map<String, TreeMap<LocalDate, BigDecimal>> parameters = new HashMap<>();

    /**
     * A baseline with the parameter values of {@code policy} (the engine's description, deployment values included).
     */
    public PlainJiaxing(PolicyDescription policy) {
        for (ParameterInfo p : policy.parameters()) {
            TreeMap<LocalDate, BigDecimal> values = new TreeMap<>();
            for (ParameterValue v : p.values()) {
                values.put(v.from(), new BigDecimal(v.value()));
            }
            parameters.put(p.name(), values);
        }
    }

    /**
     * One item of the outcome.
     *
     * @param code      award code
     * @param subjectId what it is for
     * @param amount    yuan, or {@code null} when undetermined
     * @param reason    {@code null} for an award, else why it is excluded
     * @param tieBreak  what tells it from an alternative of one subject id, as data: an export year's mark and
     *                  country ({@link #tieBreakOf}); empty for the other items, which their subject id tells apart
     */
    public record Item(String code, String subjectId, BigDecimal amount, String reason, List<String> tieBreak) {
        /** An item that its subject id tells apart. */
        public Item(String code, String subjectId, BigDecimal amount, String reason) {
            this(code, subjectId, amount, reason, List.of());
        }
    }

    /**
     * The {@link Item#tieBreak} of an engine's line: for {@code JX_EXPORT_TRADEMARK}, the mark and country its subject
     * names (rules-jiaxing's {@code subject.export-trademark}: year, mark, country; a top-up line's subject wraps its
     * item's), so that which of a year's marks the engine named is compared with the baseline's; else empty.
     */
    public static List<String> tieBreakOf(io.iprules.ResultItem line) {
        if (!line.code().equals("JX_EXPORT_TRADEMARK")) {
            return List.of();
        }
        io.iprules.Text subject = line.subject();
        if (subject.key().equals("subject.top-up")) {
            subject = (io.iprules.Text) subject.args().get(0);
        }
        return List.of(String.valueOf(subject.args().get(1)), String.valueOf(subject.args().get(2)));
    }

    /**
     * What the policy decides.
     *
     * @param awards   what is paid
     * @param excluded what is held back
     * @param total    the sum of the determined awards
     */
    public record Outcome(List<Item> awards, List<Item> excluded, BigDecimal total) {
    }

    private static final class Cand {
        final String code;
        final String matter;
        final String subjectId;
        final LocalDate date;
        final BigDecimal amount;
        final int priority;
        final int sequence;
        /** An export year's mark and country (the engine's Candidate.getTieBreak); empty for the others. */
        List<String> tie = List.of();
        String excluded;
        BigDecimal cut;
        boolean awaits; // its amount under the limit waits for an earlier open one

        Cand(String code, String matter, String subjectId, LocalDate date, BigDecimal amount, int priority,
                int sequence) {
            this.code = code;
            this.matter = matter;
            this.subjectId = subjectId;
            this.date = date;
            this.amount = amount;
            this.priority = priority;
            this.sequence = sequence;
        }

        boolean beats(Cand o) {
            if (amount != null && o.amount != null && amount.compareTo(o.amount) != 0) {
                return amount.compareTo(o.amount) > 0;
            }
            if (priority != o.priority) {
                return priority < o.priority;
            }
            if (!date.equals(o.date)) {
                return date.isBefore(o.date);
            }
            int c = subjectId.compareTo(o.subjectId);
            if (c != 0) {
                return c < 0;
            }
            c = byTie(this, o);
            return c != 0 ? c < 0 : sequence < o.sequence;
        }
    }

    /**
     * Two candidates' tie-breaks part by part, each in the order of its characters' code points (reading
     * export-threshold: the mark, then the country, in Unicode order), a shorter first; never the request's order.
     */
    private static int byTie(Cand a, Cand b) {
        for (int i = 0; i < Math.min(a.tie.size(), b.tie.size()); i++) {
            int c = java.util.Arrays.compare(a.tie.get(i).codePoints().toArray(), b.tie.get(i).codePoints().toArray());
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.tie.size(), b.tie.size());
    }

    /** Per matter, the largest known amount, then against it and each other the open ones by the text's order. */
    private static Map<String, Cand> largestKnownAgainstTheOpenOnes(List<Cand> all) {
        Map<String, Cand> largestKnown = new HashMap<>();
        Map<String, Cand> firstOpen = new HashMap<>();
        for (Cand c : all) {
            if (c.excluded == null) {
                (c.amount != null ? largestKnown : firstOpen).merge(c.matter, c, (x, y) -> x.beats(y) ? x : y);
            }
        }
        Map<String, Cand> best = new HashMap<>(largestKnown);
        firstOpen.forEach((matter, open) -> best.merge(matter, open, (known, o) -> o.beats(known) ? o : known));
        return best;
    }

    /** 前三次年费. */
    private static final int FEES = 3;

    /**
     * The matter of a §6(5)2 or §6(5)3 recognition: the four patent-enterprise tiers are one, the circulation-sector
     * unit another, the key intermediary a third.
     */
    private static String recognitionMatter(String code) {
        return switch (code) {
            case "JX_CIRCULATION_IP_UNIT" -> "circulation-unit";
            case "JX_KEY_INTERMEDIARY" -> "key-intermediary";
            default -> "patent-enterprise";
        };
    }

    /**
     * Whether a payment counts as paid under this policy (§7(1) with §7(3)): dated from the day it took force to the
     * as-of date, and not for the repealed policy's items alone: the candidates of its code (and subject, where the
     * code has several) dated on or before it, when there are any, are not all dated before the policy. A payment of
     * annual fees counts by its date alone.
     */
    private static boolean countsHere(PaidSubsidy p, LocalDate asOf, List<Cand> all) {
        if (p.date().isAfter(asOf) || p.date().isBefore(IN_FORCE)) {
            return false;
        }
        if (p.code().equals("JX_SEI_ANNUITY")) {
            return true;
        }
        boolean perSubject = matterOf(p.code(), "").endsWith(":");
        boolean paysSomething = false;
        for (Cand c : all) {
            if (c.code.equals(p.code()) && (!perSubject || c.subjectId.equals(p.subject()))
                    && !c.date.isAfter(p.date())) {
                if (!c.date.isBefore(IN_FORCE)) {
                    return true;
                }
                paysSomething = true;
            }
        }
        return !paysSomething;
    }

    /** The matter a payment or a claim names, written as this baseline names its candidates' matters. */
    private static String matterOf(String code, String subject) {
        return switch (code) {
            case "JX_PATENT_GRANT" -> "patent-grant:" + subject;
            case "JX_SEI_ANNUITY" -> "patent-annuity:" + subject;
            case "JX_PLEDGE_LOAN_INTEREST" -> "pledge-loan:" + subject;
            case "JX_PATENT_INFO_PLATFORM" -> "platform:" + subject;
            case "JX_CHINA_PATENT_GOLD", "JX_CHINA_PATENT_EXCELLENCE" -> "patent-award:" + subject;
            case "JX_BRAND_HONOUR" -> "brand:" + subject;
            case "JX_EXPORT_TRADEMARK" -> "export-trademark:" + subject;
            case "JX_STANDARD_LEAD" -> "standard:" + subject;
            default -> recognitionMatter(code);
        };
    }

    private boolean on(String name, LocalDate date) {
        BigDecimal v = param(name, date);
        return v != null && v.signum() > 0;
    }

    private BigDecimal param(String name, LocalDate date) {
        var e = parameters.get(name).floorEntry(date.isBefore(IN_FORCE) ? IN_FORCE : date);
        return e == null ? null : e.getValue();
    }

    /**
     * The order of {@code type} among alternatives of equal amount (§7(1) 按最优惠一项执行), as the engine reads it: the
     * clause's order of listing, the parameter {@code JX_TIE_RANK.LIST.TYPE} of the policy's description
     * (rules-jiaxing's
     * {@code s7_1_tie_order.json}, a deployment's value included), never the Java enum's declaration order: a tie file
     * the engine misread, or an enum reordered, is then a disagreement between the two, not the same slip twice.
     */
    private int rank(String list, Enum<?> type, LocalDate date) {
        return param("JX_TIE_RANK." + list + "." + type.name(), date).intValueExact();
    }

    private static BigDecimal money(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * §7(1) TOP_UP: an item made after its matter's first payment that no payment of its own code, dated on or after
     * it, may have paid; for an annual fee ({@code NUMBER/k}) a payment naming its patent's fees ({@code NUMBER}) is
     * one of its payments too, which covers it when dated on or after it.
     */
    private static boolean later(Cand c, String matter, Map<String, LocalDate> firstPaid,
                                 Map<String, LocalDate> lastPaidOfCode) {
        LocalDate ofCode = lastPaidOfCode.get(matter + "|" + c.code);
        int fee = c.code.equals("JX_SEI_ANNUITY") ? matter.lastIndexOf('/') : -1;
        LocalDate ofPatentsFees = fee < 0 ? null : lastPaidOfCode.get(matter.substring(0, fee) + "|" + c.code);
        return c.date.isAfter(firstPaid.get(matter)) && (ofCode == null || ofCode.isBefore(c.date))
                && (ofPatentsFees == null || ofPatentsFees.isBefore(c.date));
    }

    /** Decides for {@code e} as of {@code asOf}. */
    public Outcome evaluate(JiaxingEnterprise e, LocalDate asOf) {
        List<Cand> all = new ArrayList<>();
        for (Patent p : e.patents()) {
            if (p.grantDate().isAfter(asOf)) {
                continue;
            }
            all.add(new Cand("JX_PATENT_GRANT", "patent-grant:" + p.number(), p.number(), p.grantDate(),
                    money(param("JX_PATENT_GRANT." + p.kind(), p.grantDate())), 0, all.size()));
            if (p.kind() == PatentKind.INVENTION && p.field() != null && p.field().isStrategicEmerging()) {
                // each of the first three fees its own matter, dated as given or on the (k−1)th anniversary of the
                // grant
                int fees = Math.min(FEES, p.annualFeeDates().isEmpty()
                        ? (p.annualFeesPaid() == null ? 0 : p.annualFeesPaid()) : p.annualFeeDates().size());
                for (int k = 1; k <= fees; k++) {
                    LocalDate paid = p.annualFeeDates().isEmpty() ? p.grantDate().plusYears(k - 1)
                            : p.annualFeeDates().get(k - 1);
                    if (!paid.isAfter(asOf)) {
                        all.add(new Cand("JX_SEI_ANNUITY", "patent-annuity:" + p.number() + "/" + k,
                                p.number() + "/" + k, paid, money(param("JX_SEI_ANNUITY.PER_FEE", paid)), 0,
                                all.size()));
                    }
                }
            }
        }
        for (Recognition r : e.recognitions()) {
            if (!r.date().isAfter(asOf)) {
                all.add(new Cand(r.type().awardCode(), recognitionMatter(r.type().awardCode()), r.type().name(),
                        r.date(),
                        money(param(r.type().awardCode(), r.date())),
                        // §6(5)3's intermediary is a matter of its own: no alternative, no rank (0, as the engine's)
                        r.type() == RecognitionType.CITY_KEY_SCI_TECH_INTERMEDIARY ? 0
                                : rank("RECOGNITION", r.type(), r.date()), all.size()));
            }
        }
        for (PatentInfoPlatform pl : e.patentInfoPlatforms()) {
            if (!pl.opened().isAfter(asOf)) {
                all.add(new Cand("JX_PATENT_INFO_PLATFORM", "platform:" + pl.name(), pl.name(), pl.opened(),
                        money(param("JX_PATENT_INFO_PLATFORM", pl.opened())), 0, all.size()));
            }
        }
        for (PledgeLoan l : e.pledgeLoans()) {
            LocalDate end = Subjects.yearEnd(l.year());
            if (end.isAfter(asOf)) {
                continue;
            }
            BigDecimal rate = param("JX_PLEDGE_LOAN_INTEREST.RATE", end);
            Cand c = new Cand("JX_PLEDGE_LOAN_INTEREST", "pledge-loan:" + Subjects.of(l), Subjects.of(l), end,
                    // 0.00 interest is nothing whatever the rate (then NOT_ELIGIBLE below, worth 0.00)
                    l.interestPaid().signum() == 0 ? money(BigDecimal.ZERO)
                            : rate == null ? null : money(l.interestPaid().multiply(rate)), 0, all.size());
            if (!Boolean.TRUE.equals(e.sme())) {
                c.excluded = "NOT_ELIGIBLE";
            }
            all.add(c);
        }
        for (PatentAward a : e.patentAwards()) {
            if (!a.date().isAfter(asOf)) {
                all.add(new Cand(a.award().awardCode(), "patent-award:" + a.patent(), a.patent(), a.date(),
                        money(param(a.award().awardCode(), a.date())), rank("PATENT_AWARD", a.award(), a.date()),
                        all.size()));
            }
        }
        for (BrandHonour h : e.brandHonours()) {
            if (!h.date().isAfter(asOf)) {
                all.add(new Cand("JX_BRAND_HONOUR", "brand:" + Subjects.of(h), Subjects.of(h), h.date(),
                        money(param("JX_BRAND_HONOUR." + h.type(), h.date())), rank("BRAND_HONOUR", h.type(), h.date()),
                        all.size()));
            }
        }
        for (ExportTrademark x : e.exportTrademarks()) {
            LocalDate end = Subjects.yearEnd(x.year());
            if (end.isAfter(asOf)) {
                continue;
            }
            BigDecimal threshold = param("JX_EXPORT_TRADEMARK.THRESHOLD", end);
            BigDecimal amount = threshold == null ? null : money(param("JX_EXPORT_TRADEMARK", end));
            Cand c = new Cand("JX_EXPORT_TRADEMARK", "export-trademark:" + x.year(), String.valueOf(x.year()), end,
                    amount, 0, all.size());
            c.tie = List.of(x.mark(), x.country());
            if (threshold != null && x.exports().compareTo(threshold) < 0) {
                c.excluded = "NOT_ELIGIBLE";
            }
            all.add(c);
        }
        for (Standard s : e.standards()) {
            if (s.published().isAfter(asOf)) {
                continue;
            }
            String tier = s.level() == StandardLevel.INDUSTRY || s.level() == StandardLevel.LOCAL ? "INDUSTRY_OR_LOCAL"
                    : s.level().name();
            Cand c = new Cand("JX_STANDARD_LEAD", "standard:" + Subjects.of(s), Subjects.of(s), s.published(),
                    money(param("JX_STANDARD_LEAD." + tier, s.published())), 0, all.size());
            if (s.role() == StandardRole.PARTICIPANT) {
                c.excluded = "NOT_ELIGIBLE";
            }
            all.add(c);
        }
        // §7(3) before the policy took force
        for (Cand c : all) {
            if (c.excluded == null && c.date.isBefore(IN_FORCE)) {
                c.excluded = "BEFORE_IN_FORCE";
            }
        }
        // §7(1) once paid, not again: the matter the payment names; a payment naming a patent's annual fees covers
        // the fees paid by its date
        for (PaidSubsidy p : e.paidSubsidies()) {
            if (!countsHere(p, asOf, all)) {
                continue;
            }
            String matter = matterOf(p.code(), p.subject());
            for (Cand c : all) {
                if (c.excluded == null && (c.matter.equals(matter) || p.code().equals("JX_SEI_ANNUITY")
                        && c.code.equals("JX_SEI_ANNUITY") && c.matter.startsWith(matter + "/")
                        && !c.date.isAfter(p.date()))) {
                    c.excluded = "ALREADY_PAID";
                }
            }
        }
        // §7(1) variant TOP_UP (on when the deployment sets it to 1): per paid matter, the most favourable of its
        // ALREADY_PAID candidates worth more than everything paid for the matter is paid the difference, once
        List<Cand> topUps = new ArrayList<>();
        if (on("JX_VARIANT.TOP_UP", asOf)) {
            Map<String, BigDecimal> paidInAll = new LinkedHashMap<>();
            Map<String, LocalDate> firstPaid = new HashMap<>();
            // per matter and code, the last payment naming it: an item of that code dated on or before it may be
            // what it paid, so it is no later item
            Map<String, LocalDate> lastPaidOfCode = new HashMap<>();
            for (PaidSubsidy p : e.paidSubsidies()) {
                if (countsHere(p, asOf, all)) {
                    paidInAll.merge(matterOf(p.code(), p.subject()), p.amount(), BigDecimal::add);
                    firstPaid.merge(matterOf(p.code(), p.subject()), p.date(), (x, y) -> x.isBefore(y) ? x : y);
                    lastPaidOfCode.merge(matterOf(p.code(), p.subject()) + "|" + p.code(), p.date(),
                            (x, y) -> x.isAfter(y) ? x : y);
                }
            }
            for (Map.Entry<String, BigDecimal> paid : paidInAll.entrySet()) {
                String matter = paid.getKey();
                // the largest known amount of the items made after the first payment and paid by no payment of their
                // code (later) and of those worth no
                // more than was paid (what was paid), then against it the later items whose amount is open, by the
                // text's order (§7(1)'s weighing); a known one standing is topped up only when it is later and worth
                // more than what was paid (so later: the others are worth no more), an open one waits for its amount
                Cand best = null;
                for (Cand c : all) {
                    if ("ALREADY_PAID".equals(c.excluded) && c.matter.equals(matter) && c.amount != null
                            && (later(c, matter, firstPaid, lastPaidOfCode) || c.amount.compareTo(paid.getValue()) <= 0)
                            && (best == null || c.beats(best))) {
                        best = c;
                    }
                }
                for (Cand c : all) {
                    if ("ALREADY_PAID".equals(c.excluded) && c.matter.equals(matter) && c.amount == null
                            && later(c, matter, firstPaid, lastPaidOfCode) && (best == null || c.beats(best))) {
                        best = c;
                    }
                }
                if (best != null && best.amount != null && best.amount.compareTo(paid.getValue()) <= 0) {
                    best = null;
                }
                if (best != null) {
                    Cand topUp = new Cand(best.code, matter + "#top-up", best.subjectId, best.date,
                            best.amount == null ? null : money(best.amount.subtract(paid.getValue())), 0,
                            all.size() + topUps.size());
                    topUp.tie = best.tie;
                    topUps.add(topUp);
                }
            }
        }
        all.addAll(topUps);
        // §7(1) most favourable of one matter
        boolean[] mixed = {false};
        Map<String, Cand> best = new HashMap<>();
        for (Cand c : all) {
            if (c.excluded == null) {
                best.merge(c.matter, c, (x, y) -> {
                    mixed[0] |= (x.amount == null) != (y.amount == null);
                    return x.beats(y) ? x : y;
                });
            }
        }
        if (mixed[0]) {
            // known and open amounts in one matter can rank three in a circle, where the fold depends on the order:
            // the largest known amount, weighed by the text's order against the open ones (rare: a deployment that
            // set some amounts of a matter and not others; the common path above stays as cheap as it was)
            best = largestKnownAgainstTheOpenOnes(all);
        }
        for (Cand c : all) {
            if (c.excluded == null && best.get(c.matter) != c) {
                c.excluded = "NON_DUPLICATION";
            }
        }
        // §7(1) another policy line
        for (OtherPolicyClaim k : e.otherPolicyClaims()) {
            String matter = matterOf(k.code(), k.subject());
            for (Cand c : all) {
                if (c.excluded == null && (c.matter.equals(matter) || c.matter.equals(matter + "#top-up")
                        || k.code().equals("JX_SEI_ANNUITY") && c.matter.startsWith(matter + "/"))
                        && k.choice() != PolicyChoice.THIS) {
                    c.excluded = k.choice() == null ? "CHOICE_REQUIRED" : "OTHER_POLICY_CHOSEN";
                }
            }
        }
        List<Cand> ordered = new ArrayList<>(all);
        ordered.sort(Comparator.comparingInt((Cand c) -> ORDER.indexOf(c.code)).thenComparing(c -> c.date)
                .thenComparing(c -> c.subjectId).thenComparing(PlainJiaxing::byTie).thenComparingInt(c -> c.sequence));
        // §7(1) maximum limit
        List<Item> capCuts = new ArrayList<>();
        BigDecimal cap = param("JX_MAXIMUM_LIMIT", asOf);
        if (cap != null && on("JX_MAXIMUM_LIMIT.CUMULATIVE", asOf)) {
            // cumulative: what the payment history says was already paid counts against the limit
            for (PaidSubsidy p : e.paidSubsidies()) {
                if (countsHere(p, asOf, all)) {
                    cap = cap.subtract(p.amount());
                }
            }
            cap = cap.max(BigDecimal.ZERO);
        }
        if (cap != null) {
            // in the result's order, each pays what the limit leaves after those before it; from an open amount on,
            // a known amount waits for it, at most what the limit leaves were every open amount set to nothing, and an
            // amount, open or known, that meets nothing left so gets nothing whatever the open ones are
            BigDecimal room = cap;
            boolean openMet = false;
            List<Item> cuts = new ArrayList<>();
            for (Cand c : ordered) {
                if (c.excluded != null || c.amount != null && c.amount.signum() == 0) {
                    continue;
                }
                if (c.amount == null) {
                    if (room.signum() <= 0) {
                        c.excluded = "CAP";
                    } else {
                        openMet = true;
                    }
                } else {
                    BigDecimal paid = c.amount.min(room.max(BigDecimal.ZERO));
                    room = room.subtract(paid);
                    if (openMet && paid.signum() > 0) {
                        c.awaits = true;
                    } else if (paid.compareTo(c.amount) < 0) {
                        c.cut = c.amount.subtract(paid);
                        cuts.add(new Item(c.code, c.subjectId, money(c.cut), "CAP", c.tie));
                    }
                }
            }
            for (int i = cuts.size() - 1; i >= 0; i--) {
                capCuts.add(cuts.get(i));
            }
        }
        List<Item> awards = new ArrayList<>();
        List<Item> excluded = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Cand c : ordered) {
            if (c.excluded == null && c.cut == null && c.amount != null && c.amount.signum() == 0) {
                c.excluded = "NOT_ELIGIBLE"; // worth 0.00 yuan: nothing is due (the kit's Decision does the same)
            }
            if (c.excluded != null) {
                excluded.add(new Item(c.code, c.subjectId, c.amount, c.excluded, c.tie));
                continue;
            }
            BigDecimal amount = c.awaits ? null : c.amount == null || c.cut == null ? c.amount
                    : c.amount.subtract(c.cut);
            if (amount != null && amount.signum() == 0 && c.cut != null) {
                continue;
            }
            awards.add(new Item(c.code, c.subjectId, amount, null, c.tie));
            if (amount != null) {
                total = total.add(amount);
            }
        }
        excluded.addAll(capCuts);
        return new Outcome(awards, excluded, total);
    }
}
