package io.iprules.jiaxing;

import io.iprules.jiaxing.rules.JiaxingAward;
import io.iprules.kit.china.CreditCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of valid jiaxing-2012 applicants for property tests. Unlike {@link JiaxingPopulation} (a fixed,
 * realistic population), these draw from the randomness QuickTheories controls, so that a failing case shrinks to
 * a small one. Dates cluster where the text draws lines: the day before, of and after the policy took force
 * (2012-11-05, §7(3)) and the as-of date, and year ends (yearly figures are facts once their year has ended).
 */
final class JiaxingGen {
    static final LocalDate IN_FORCE = LocalDate.of(2012, 11, 5);

    private JiaxingGen() {
    }

    /** An applicant and the date it is evaluated on. */
    record Case(LocalDate asOf, JiaxingEnterprise enterprise) {
    }

    /** A fact dated after the as-of date, to be added to a case. */
    record Future(String kind, LocalDate date, int variant) {
    }

    // ------------------------------------------------------------------ basics

    static <T> Gen<T> oneOf(List<T> values) {
        return Generate.pick(values);
    }

    @SafeVarargs
    static <T> Gen<T> oneOf(T... values) {
        return Generate.pick(Arrays.asList(values));
    }

    static Gen<Integer> between(int min, int max) {
        return Generate.range(min, max);
    }

    /** A day in {@code [from, to]}. */
    static Gen<LocalDate> day(LocalDate from, LocalDate to) {
        int days = (int) (to.toEpochDay() - from.toEpochDay());
        return between(0, days).map(d -> from.plusDays(d));
    }

    /** Usually {@code gen}, sometimes {@code null}. */
    static <T> Gen<T> nullable(Gen<T> gen, int percentNull) {
        Gen<Integer> p = between(0, 99);
        return in -> p.generate(in) < percentNull ? null : gen.generate(in);
    }

    /** A list of {@code min} to {@code max} elements, each made from its index. */
    static <T> Gen<List<T>> list(int min, int max, Function<Integer, Gen<T>> element) {
        Gen<Integer> size = between(min, max);
        return in -> {
            int n = size.generate(in);
            List<T> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(element.apply(i).generate(in));
            }
            return out;
        };
    }

    /** Yuan with two decimals in {@code [0, max]}, with round figures and zero now and then. */
    static Gen<BigDecimal> yuan(int maxYuan) {
        Gen<Integer> whole = between(0, maxYuan);
        Gen<Integer> fen = between(0, 99);
        Gen<Integer> kind = between(0, 9);
        return in -> switch (kind.generate(in)) {
            case 0 -> BigDecimal.ZERO;
            case 1, 2 -> BigDecimal.valueOf(whole.generate(in) / 1000 * 1000L);
            default -> BigDecimal.valueOf(whole.generate(in) * 100L + fen.generate(in), 2);
        };
    }

    // ------------------------------------------------------------------ dates

    /** An as-of date: around the day the policy took force, a year end, or any day of 2012–2016. */
    static Gen<LocalDate> asOf() {
        return Generate.frequency(
                org.quicktheories.api.Pair.of(3, oneOf(IN_FORCE.minusDays(1), IN_FORCE, IN_FORCE.plusDays(1))),
                org.quicktheories.api.Pair.of(2, oneOf(LocalDate.of(2012, 12, 31), LocalDate.of(2013, 12, 31),
                        LocalDate.of(2014, 12, 30), LocalDate.of(2015, 1, 1))),
                org.quicktheories.api.Pair.of(10, day(LocalDate.of(2012, 6, 1), LocalDate.of(2016, 12, 31))));
    }

    /** The date of a fact: around the day the policy took force, around the as-of date, or any day near. */
    static Gen<LocalDate> factDate(LocalDate asOf) {
        return Generate.frequency(
                org.quicktheories.api.Pair.of(2, oneOf(IN_FORCE.minusDays(1), IN_FORCE, IN_FORCE.plusDays(1))),
                org.quicktheories.api.Pair.of(2, oneOf(asOf.minusDays(1), asOf, asOf.plusDays(1))),
                org.quicktheories.api.Pair.of(6, day(LocalDate.of(2011, 1, 1), asOf.plusDays(200))));
    }

    /** A year of a yearly figure (interest, exports): before, of, or after the as-of date's year. */
    static Gen<Integer> year(LocalDate asOf) {
        return between(2011, Math.min(asOf.getYear() + 1, 2100));
    }

    // ------------------------------------------------------------------ the applicant

    private static final List<String> NAMES = List.of("嘉兴禾城新材料科技有限公司", "平湖光电有限公司", "海宁皮革机械厂",
            "桐乡 IoT Co., Ltd.", "嘉善生物医药股份有限公司");
    private static final List<String> CREDIT_CODES = List.of(code("91330400MA28A000"), code("91330421MA2B1234"),
            code("12330400470000000"), code("91330481MA29XY00"));
    private static final List<String> BANKS = List.of("中国工商银行嘉兴分行", "嘉兴银行", "浙江泰隆商业银行");
    private static final List<String> POLICIES = List.of("浙江省专利示范企业奖励办法", "嘉兴市科技计划");

    /** A valid code: 17 characters (padded) and the GB 32100-2015 check character. */
    private static String code(String prefix) {
        String first17 = (prefix + "00000000000000000").substring(0, 17);
        return first17 + CreditCode.checkCharacter(first17);
    }

    /** A valid applicant and its as-of date. */
    static Gen<Case> cases() {
        Gen<LocalDate> asOfs = asOf();
        return in -> {
            LocalDate asOf = asOfs.generate(in);
            return new Case(asOf, enterprise(asOf).generate(in));
        };
    }

    /** A valid applicant: every list obeys the validation (distinct patents, honours, loans, standards…). */
    static Gen<JiaxingEnterprise> enterprise(LocalDate asOf) {
        Gen<LocalDate> date = factDate(asOf);
        Gen<List<Recognition>> recognitions = list(0, 4,
                i -> in -> new Recognition(Generate.enumValues(RecognitionType.class).generate(in), date.generate(in)));
        Gen<List<Patent>> patents = list(0, 4, i -> patent("ZL20131000" + i + ".X", date));
        Gen<Boolean> sme = nullable(Generate.booleans(), 20);
        return in -> {
            List<Patent> ps = patents.generate(in);
            List<String> numbers = ps.stream().map(Patent::number).toList();
            Boolean isSme = sme.generate(in);
            List<PatentAward> awards = distinct(list(0, 3, i -> patentAward(ps, date)).generate(in),
                    a -> a.patent() + "|" + a.award());
            // one brand may hold several honours (one matter), never one honour twice
            List<BrandHonour> honours = namedWhereSeveral(distinct(list(0, 3, i -> brandHonour(i, date)).generate(in),
                    h -> h.type() + "|" + subjectOf(h)));
            List<PledgeLoan> loans = isSme == null ? List.of()
                    : distinct(list(0, 3, i -> pledgeLoan(asOf)).generate(in), JiaxingGen::subjectOf);
            List<Standard> standards = toldApart(distinct(list(0, 3, i -> standard(i, date)).generate(in),
                    JiaxingGen::subjectOf));
            List<ExportTrademark> exports = oneFigurePerYear(list(0, 3, i -> exportTrademark(i, asOf)).generate(in));
            List<Recognition> recs = recognitions.generate(in);
            List<String> subjects = new ArrayList<>(numbers);
            ps.forEach(pt -> subjects.add(pt.number() + "/2")); // one annual fee, as payments and claims may name it
            honours.forEach(h -> subjects.add(subjectOf(h)));
            loans.forEach(l -> subjects.add(subjectOf(l)));
            standards.forEach(s -> subjects.add(subjectOf(s)));
            exports.forEach(x -> subjects.add(subjectOf(x)));
            // beside a standard without its number or an honour without its brand, a payment or claim of that code
            // names one of its own items: another name could be the unlisted one's, and is refused (reading once-paid)
            Map<JiaxingAward, List<String>> own = new HashMap<>();
            if (honours.stream().anyMatch(h -> h.name() == null || h.name().isBlank())) {
                own.put(JiaxingAward.JX_BRAND_HONOUR, honours.stream().map(JiaxingGen::subjectOf).toList());
            }
            if (standards.stream().anyMatch(st -> st.number() == null || st.number().isBlank())) {
                own.put(JiaxingAward.JX_STANDARD_LEAD, standards.stream().map(JiaxingGen::subjectOf).toList());
            }
            List<PaidSubsidy> paid = list(0, 2, i -> paidSubsidy(subjects, own, date)).generate(in);
            List<OtherPolicyClaim> claims = oneChoicePerMatter(list(0, 2, i -> claim(subjects, own)).generate(in));
            List<PatentInfoPlatform> platforms = distinct(list(0, 1, i -> platform(date)).generate(in),
                    PatentInfoPlatform::name);
            return new JiaxingEnterprise(NAMES.get(between(0, NAMES.size() - 1).generate(in)),
                    CREDIT_CODES.get(between(0, CREDIT_CODES.size() - 1).generate(in)), isSme, recs, ps, awards,
                    honours, loans, standards, exports, paid, claims, platforms);
        };
    }

    static Gen<Patent> patent(String number, Gen<LocalDate> date) {
        Gen<PatentKind> kind = Generate.enumValues(PatentKind.class);
        Gen<IndustryField> field = Generate.enumValues(IndustryField.class);
        Gen<Integer> fees = between(0, 20);
        Gen<Boolean> withDates = Generate.booleans();
        return in -> {
            PatentKind k = kind.generate(in);
            IndustryField f = k == PatentKind.INVENTION ? field.generate(in) : nullable(field, 60).generate(in);
            Integer paid = k == PatentKind.INVENTION && f.isStrategicEmerging() ? fees.generate(in)
                    : nullable(fees, 70).generate(in);
            LocalDate granted = date.generate(in);
            if (k == PatentKind.INVENTION && f.isStrategicEmerging() && paid > 0 && withDates.generate(in)) {
                // the fees' own dates: the first around the grant, the next a year or so apart
                List<LocalDate> dates = new ArrayList<>();
                LocalDate d = granted.plusDays(between(-30, 30).generate(in));
                for (int i = 0; i < Math.min(paid, 4); i++) {
                    dates.add(d);
                    d = d.plusDays(between(300, 400).generate(in));
                }
                return new Patent(number, k, granted, f, null, dates);
            }
            return new Patent(number, k, granted, f, paid);
        };
    }

    static Gen<PatentInfoPlatform> platform(Gen<LocalDate> date) {
        return in -> new PatentInfoPlatform(oneOf("嘉兴专利信息公共服务平台", "禾城专利检索站").generate(in),
                date.generate(in));
    }

    /**
     * An award for one of {@code patents}, not before the grant the request gives it (an award is given to a granted
     * patent), or for a patent the applicant does not list, which stands on its own (its year, 2010, is before every
     * fact date drawn: an award is no earlier than its application).
     */
    static Gen<PatentAward> patentAward(List<Patent> patents, Gen<LocalDate> date) {
        Gen<Integer> which = between(0, patents.size()); // patents.size(): the patent not listed
        Gen<PatentAwardType> award = Generate.enumValues(PatentAwardType.class);
        return in -> {
            int i = which.generate(in);
            LocalDate awarded = date.generate(in);
            if (i == patents.size()) {
                return new PatentAward("ZL201090000001.1", award.generate(in), awarded);
            }
            Patent pt = patents.get(i);
            return new PatentAward(pt.number(), award.generate(in),
                    awarded.isBefore(pt.grantDate()) ? pt.grantDate() : awarded);
        };
    }

    /**
     * The honours as a request may list them: one alone may go without a brand's name, several each name theirs
     * (reading brand-honours); an unnamed one among several takes a name no other honour of its type has.
     */
    static List<BrandHonour> namedWhereSeveral(List<BrandHonour> honours) {
        if (honours.size() < 2) {
            return honours;
        }
        List<BrandHonour> named = new ArrayList<>();
        for (BrandHonour h : honours) {
            named.add(h.name() != null ? h : new BrandHonour(h.type(), h.date(), "无名" + h.type().name()));
        }
        return named;
    }

    static Gen<BrandHonour> brandHonour(int i, Gen<LocalDate> date) {
        Gen<String> name = nullable(oneOf("禾城", "南湖", "嘉禾", "Jiaxing Star"), 40);
        return in -> new BrandHonour(Generate.enumValues(BrandHonourType.class).generate(in), date.generate(in),
                name.generate(in));
    }

    static Gen<PledgeLoan> pledgeLoan(LocalDate asOf) {
        return in -> new PledgeLoan(oneOf(BANKS).generate(in), yuan(400_000).generate(in), year(asOf).generate(in));
    }

    static Gen<Standard> standard(int i, Gen<LocalDate> date) {
        Gen<String> number = nullable(oneOf("GB/T 30001-2013", "QB/T 4512-2013", "DB33/T 901-2014", "ISO 20001"), 40);
        return in -> new Standard(Generate.enumValues(StandardLevel.class).generate(in),
                Generate.enumValues(StandardRole.class).generate(in), date.generate(in), number.generate(in));
    }

    static Gen<ExportTrademark> exportTrademark(int i, LocalDate asOf) {
        // around the threshold the properties' engine sets (1,000,000), both sides of it
        Gen<BigDecimal> exports = Generate.frequency(
                org.quicktheories.api.Pair.of(1, oneOf(new BigDecimal("999999.99"), new BigDecimal("1000000"),
                        new BigDecimal("1000000.01"))),
                org.quicktheories.api.Pair.of(3, yuan(3_000_000)));
        return in -> new ExportTrademark(oneOf("HECHENG", "南湖").generate(in), oneOf("US", "DE", "JP").generate(in),
                year(asOf).generate(in), exports.generate(in));
    }

    /** A payment; {@code own}: the codes whose subject is one of their own items' ({@link #subject}). */
    static Gen<PaidSubsidy> paidSubsidy(List<String> subjects, Map<JiaxingAward, List<String>> own,
            Gen<LocalDate> date) {
        Gen<JiaxingAward> award = Generate.enumValues(JiaxingAward.class);
        return in -> {
            JiaxingAward a = award.generate(in);
            return new PaidSubsidy(a.name(), date.generate(in), subject(a, subjects, own).generate(in));
        };
    }

    /**
     * {@code claims}, each with the choice of the first earlier claim whose matter meets its own, and its policy where
     * that is OTHER: the claims of one matter choose one policy (reading other-policy-line), two being an input error.
     */
    static List<OtherPolicyClaim> oneChoicePerMatter(List<OtherPolicyClaim> claims) {
        List<OtherPolicyClaim> out = new ArrayList<>(claims);
        for (int i = 1; i < out.size(); i++) {
            String matter = JiaxingAward.valueOf(out.get(i).code()).matter(out.get(i).subject());
            for (int j = 0; j < i; j++) {
                String earlier = JiaxingAward.valueOf(out.get(j).code()).matter(out.get(j).subject());
                if (JiaxingAward.within(matter, earlier) || JiaxingAward.within(earlier, matter)) {
                    OtherPolicyClaim c = out.get(i);
                    OtherPolicyClaim e = out.get(j);
                    // OTHER names the one policy chosen: two OTHER claims of a matter name it both
                    out.set(i, new OtherPolicyClaim(c.code(), c.subject(),
                            e.choice() == PolicyChoice.OTHER ? e.policy() : c.policy(), e.choice()));
                    break;
                }
            }
        }
        return out;
    }

    /** A claim; {@code own}: the codes whose subject is one of their own items' ({@link #subject}). */
    static Gen<OtherPolicyClaim> claim(List<String> subjects, Map<JiaxingAward, List<String>> own) {
        Gen<JiaxingAward> award = Generate.enumValues(JiaxingAward.class);
        Gen<PolicyChoice> choice = nullable(Generate.enumValues(PolicyChoice.class), 34);
        return in -> {
            JiaxingAward a = award.generate(in);
            return new OtherPolicyClaim(a.name(), subject(a, subjects, own).generate(in),
                    oneOf(POLICIES).generate(in), choice.generate(in));
        };
    }

    /**
     * A subject for a code that needs one: usually one of the applicant's, sometimes none it has; for a code of
     * {@code own}, one of that code's own items.
     */
    private static Gen<String> subject(JiaxingAward a, List<String> subjects, Map<JiaxingAward, List<String>> own) {
        if (!a.perSubject()) {
            return nullable(Generate.constant("ignored"), 50);
        }
        if (own.containsKey(a)) {
            return oneOf(own.get(a));
        }
        List<String> pool = new ArrayList<>(subjects);
        if (a == JiaxingAward.JX_SEI_ANNUITY) {
            // an annual fee is NUMBER or NUMBER/k, k a fee's number, without a space: a standard's GB/T … or ISO …,
            // or a loan's bank/year, is refused there (problem.fee-number), not a subject that matches nothing
            pool.removeIf(s -> s.indexOf('/') >= 0 && !s.substring(s.indexOf('/') + 1).matches("[1-9][0-9]{0,2}")
                    || s.chars().anyMatch(Character::isWhitespace));
        }
        pool.add("2013");
        pool.add("ZL-UNKNOWN");
        return oneOf(pool);
    }

    // ------------------------------------------------------------------ a fact after the as-of date

    static final List<String> FUTURE_KINDS = List.of("recognition", "patent", "patentAward", "brandHonour",
            "pledgeLoan", "standard", "exportTrademark", "paidSubsidy");

    /** A fact dated 1 to 800 days after {@code asOf} (a yearly figure: of a year not ended on it). */
    static Gen<Future> future(LocalDate asOf) {
        Gen<Integer> after = Generate.frequency(org.quicktheories.api.Pair.of(1, Generate.constant(1)),
                org.quicktheories.api.Pair.of(2, between(1, 800)));
        return in -> new Future(oneOf(FUTURE_KINDS).generate(in), asOf.plusDays(after.generate(in)),
                between(0, 99).generate(in));
    }

    /** {@code e} with {@code f} added; the result is still a valid request. */
    static JiaxingEnterprise with(JiaxingEnterprise e, Future f) {
        List<Recognition> recognitions = new ArrayList<>(e.recognitions());
        List<Patent> patents = new ArrayList<>(e.patents());
        List<PatentAward> awards = new ArrayList<>(e.patentAwards());
        List<BrandHonour> honours = new ArrayList<>(e.brandHonours());
        List<PledgeLoan> loans = new ArrayList<>(e.pledgeLoans());
        List<Standard> standards = new ArrayList<>(e.standards());
        List<ExportTrademark> exports = new ArrayList<>(e.exportTrademarks());
        List<PaidSubsidy> paid = new ArrayList<>(e.paidSubsidies());
        int v = f.variant();
        // a year that has not ended on the as-of date (the fact's date is after it)
        int year = f.date().getYear();
        // a loan needs sme; a second honour beside one listed without its brand's name is refused (reading
        // brand-honours)
        boolean anUnnamedHonour = e.brandHonours().stream().anyMatch(h -> h.name() == null || h.name().isBlank());
        String kind = f.kind().equals("pledgeLoan") && e.sme() == null
                || f.kind().equals("brandHonour") && anUnnamedHonour ? "patent" : f.kind();
        switch (kind) {
            case "recognition" -> recognitions.add(new Recognition(RecognitionType.values()[v % 6], f.date()));
            case "patent" -> patents.add(new Patent("ZL-FUTURE-" + v, PatentKind.values()[v % 3], f.date(),
                    IndustryField.values()[v % 7], v % 4));
            case "patentAward" -> awards.add(new PatentAward(e.patents().isEmpty() ? "ZL-FUTURE" : "ZL-FUTURE-" + v,
                    PatentAwardType.values()[v % 2], f.date()));
            case "brandHonour" -> honours.add(new BrandHonour(BrandHonourType.values()[v % 4], f.date(), "未来品牌"));
            case "pledgeLoan" -> loans.add(new PledgeLoan("未来银行", BigDecimal.valueOf(v * 1000L), year));
            case "standard" -> standards.add(new Standard(StandardLevel.values()[v % 4], StandardRole.values()[v % 3],
                    dayOfNoOther(standards, StandardLevel.values()[v % 4], f.date()), "GB/T FUTURE-" + v));
            case "exportTrademark" -> exports.add(new ExportTrademark("FUTURE", "US", year,
                    BigDecimal.valueOf(v * 50_000L)));
            case "paidSubsidy" -> paid.add(new PaidSubsidy(JiaxingAward.values()[v % JiaxingAward.values().length]
                    .name(), f.date(), "ZL-FUTURE"));
            default -> throw new AssertionError(kind);
        }
        return new JiaxingEnterprise(e.name(), e.creditCode(), e.sme(), recognitions, patents, awards, honours, loans,
                standards, oneFigurePerYear(exports), paid, e.otherPolicyClaims(), e.patentInfoPlatforms());
    }

    /**
     * {@code day}, or the first day after it on which no standard of {@code level} was published: one without a
     * number beside another of its level and day is refused, as the two cannot be told apart.
     */
    private static LocalDate dayOfNoOther(List<Standard> standards, StandardLevel level, LocalDate day) {
        LocalDate d = day;
        while (true) {
            LocalDate candidate = d;
            if (standards.stream().noneMatch(s -> s.level() == level && candidate.equals(s.published()))) {
                return d;
            }
            d = d.plusDays(1);
        }
    }

    /** The exports of a year are the enterprise's, one figure per year (§6(5)5): each entry takes its year's first. */
    static List<ExportTrademark> oneFigurePerYear(List<ExportTrademark> entries) {
        java.util.Map<Integer, BigDecimal> ofYear = new java.util.HashMap<>();
        List<ExportTrademark> out = new ArrayList<>(entries.size());
        for (ExportTrademark x : entries) {
            out.add(new ExportTrademark(x.mark(), x.country(), x.year(), ofYear.computeIfAbsent(x.year(),
                    y -> x.exports())));
        }
        return out;
    }

    // ------------------------------------------------------------------ subjects, as the contract names them

    static String subjectOf(BrandHonour h) {
        return h.name() != null && !h.name().isBlank() ? h.name() : h.type().name();
    }

    static String subjectOf(PledgeLoan l) {
        return l.bank() + "/" + l.year();
    }

    static String subjectOf(Standard s) {
        return s.number() != null && !s.number().isBlank() ? s.number() : s.level().name() + "/" + s.published();
    }

    static String subjectOf(ExportTrademark x) {
        return String.valueOf(x.year());
    }

    /**
     * Without the standards that need a number and have none: one without a number beside another of its level and
     * day (validation refuses it, as the two cannot be told apart).
     */
    private static List<Standard> toldApart(List<Standard> standards) {
        Map<String, Integer> perDay = new HashMap<>();
        standards.forEach(s -> perDay.merge(s.level() + "/" + s.published(), 1, Integer::sum));
        return standards.stream().filter(s -> s.number() != null && !s.number().isBlank()
                || perDay.get(s.level() + "/" + s.published()) == 1).toList();
    }

    /** The first of each key: validation refuses two of one subject. */
    private static <T> List<T> distinct(List<T> items, Function<T, String> key) {
        Set<String> seen = new HashSet<>();
        List<T> out = new ArrayList<>();
        for (T t : items) {
            if (seen.add(key.apply(t))) {
                out.add(t);
            }
        }
        return out;
    }
}
