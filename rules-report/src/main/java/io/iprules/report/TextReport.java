package io.iprules.report;

import io.iprules.Award;
import io.iprules.Condition;
import io.iprules.Deadline;
import io.iprules.EvaluationResult;
import io.iprules.Exclusion;
import io.iprules.FiredRule;
import io.iprules.Indicator;
import io.iprules.Language;
import io.iprules.Measure;
import io.iprules.PolicyDescription;
import io.iprules.Text;
import io.iprules.Variant;
import io.iprules.kit.Count;
import io.iprules.kit.Decision;
import io.iprules.kit.MessageCatalog;
import io.iprules.kit.Yuan;
import io.iprules.kit.calendar.CalendarNotCovered;
import java.util.ArrayList;
import java.util.List;

/**
 * A result as an officer reads it: a header, then each award and each exclusion on its own line with amount,
 * reason and citation, the conditions (grouped by whom they are about, yes/no facts in words) and indicators
 * checked, the total and the warnings. What {@link Reports#text} returns.
 */
final class TextReport {
    static final MessageCatalog LABELS = MessageCatalog.load(TextReport.class, "report");

    private final Language lang;
    private final StringBuilder out = new StringBuilder();
    private OfficerText names;

    private TextReport(Language lang) {
        this.lang = lang;
    }

    static String render(EvaluationResult r, PolicyDescription policy, Language lang, boolean withTrace) {
        return new TextReport(lang).result(r, policy, withTrace);
    }

    private String l(String key, Object... args) {
        return LABELS.format(lang, key, args);
    }

    private String t(Text text) {
        return text.in(lang);
    }

    /**
     * What stands in an award's amount column of the text: its amount, 金额待定 when the amount alone waits for a
     * parameter, 资格待定 when whether it is owed at all waits (jiaxing-2012's export threshold), with the amount if
     * one is known. An open eligibility was badged 金额待定, as if only the figure were open.
     */
    static String amountBadge(Award a, Language lang) {
        if (!a.eligibilityDetermined()) {
            return a.determined() ? LABELS.format(lang, "eligibility.undetermined.amount", new Object[]{
                    Yuan.format(a.amount())}) : LABELS.format(lang, "eligibility.undetermined.short", new Object[0]);
        }
        return a.determined() ? LABELS.format(lang, "amount.yuan", new Object[]{Yuan.format(a.amount())})
                : LABELS.format(lang, "amount.undetermined.short", new Object[0]);
    }

    /**
     * How many of the awards not counted ({@link EvaluationResult#undetermined()}) wait on their eligibility: every one
     * whose eligibility is open, its amount known or not (a known amount whose eligibility is open is not in the
     * total either, and is 资格待定, not 金额待定).
     */
    static long eligibilityUndetermined(EvaluationResult r) {
        return r.awards().stream().filter(a -> !a.eligibilityDetermined()).count();
    }

    /**
     * The key that counts {@code r}'s awards not counted, by what they wait on: {@code base} when every one waits on
     * an amount, {@code base.eligibility} when every one on its eligibility, {@code base.some-eligibility} when some
     * do (its pattern takes their count, {@link #eligibilityUndetermined}, after the other arguments; the two
     * others ignore it).
     */
    static String undeterminedKey(String base, EvaluationResult r) {
        long eligibility = eligibilityUndetermined(r);
        return eligibility == 0 ? base : eligibility == r.undetermined() ? base + ".eligibility"
                : base + ".some-eligibility";
    }

    /**
     * What a known award waits for under a maximum limit (the kit's {@link Decision.CapAwaits} warning): the earlier
     * item whose amount is still open ({@code before}, of {@code beforeDate}), the most the award can be paid
     * ({@code most}) and the parameter that item waits for, which the award's {@code undeterminedBy} names.
     */
    record CapWait(Text before, java.time.LocalDate beforeDate, Yuan most, String parameter) {
    }

    /**
     * The awards of {@code r} whose own amount is known but waits, under a maximum limit, for an earlier amount still
     * open, each with what it waits for: read from the kit's warning ({@link Decision.CapAwaits}), the one place the
     * result says so. The award's {@code undeterminedBy} alone is the earlier item's parameter, which the text had
     * given as the award's own.
     */
    static java.util.Map<Award, CapWait> capWaits(EvaluationResult r) {
        java.util.Map<Award, CapWait> waits = new java.util.HashMap<>();
        for (Text w : r.warnings()) {
            Decision.CapAwaits c = Decision.CapAwaits.of(w).orElse(null);
            if (c == null) {
                continue;
            }
            java.time.LocalDate beforeDate = r.awards().stream().filter(b -> !b.determined()
                    && c.before().equals(b.subject()) && c.parameter().equals(b.undeterminedBy())).map(Award::date)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            r.awards().stream().filter(a -> !a.determined() && c.parameter().equals(a.undeterminedBy())
                            && c.subject().equals(a.subject()))
                    .forEach(a -> waits.put(a, new CapWait(c.before(), beforeDate, new Yuan(c.most()), c.parameter())));
        }
        return waits;
    }

    /**
     * Why an award is owed, as the text and the page say it: the parameter its amount awaits, its reason, the
     * parameter its eligibility awaits. A parameter both await (an unset threshold leaves the amount open because it
     * leaves eligibility open) is named once, as what eligibility awaits. An award whose own amount is known but waits
     * under a maximum limit ({@code wait}, else {@code null}) says so, naming the earlier item and what that item
     * awaits: the parameter is that item's, not the award's.
     */
    static String awardWhy(Award a, Language lang, OfficerText names, CapWait wait) {
        String sep = LABELS.format(lang, "sep", new Object[0]);
        // the kit's reason of an award the limit holds open says so itself, naming the limit's clause: told here with
        // what the earlier item awaits, its own reason follows, once
        Decision.CapHeld held = wait == null ? null : Decision.CapHeld.of(a.reason()).orElse(null);
        String why = names.prose((held == null ? a.reason() : held.own()).in(lang));
        boolean amountAwaitsEligibility = wait == null && !a.eligibilityDetermined()
                && a.eligibilityUndeterminedBy().equals(a.undeterminedBy());
        boolean eligibilitySaid = false;
        if (wait != null) {
            String cause = awaited("cause", wait.parameter(), wait.beforeDate(), lang, names);
            // the same cause for the earlier amount and for this award's eligibility is listed once
            eligibilitySaid = !a.eligibilityDetermined()
                    && cause.equals(awaited("cause", a.eligibilityUndeterminedBy(), a.date(), lang, names));
            String before = wait.before().in(lang);
            why = (held == null ? LABELS.format(lang, "amount.cap-awaits.why", new Object[]{before, wait.most()})
                    : LABELS.format(lang, "amount.cap-awaits.why.cited", new Object[]{before, wait.most(),
                            held.citation()})) + sep
                    + LABELS.format(lang, eligibilitySaid ? "amount.cap-awaits.before.with-eligibility"
                            : "amount.cap-awaits.before", new Object[]{before, cause}) + sep + why;
        } else if (!a.determined() && !amountAwaitsEligibility) {
            why = awaited("amount.undetermined.why", a.undeterminedBy(), a.date(), lang, names) + sep + why;
        }
        if (!a.eligibilityDetermined() && !eligibilitySaid) {
            why += sep + awaited("award.eligibility-undetermined", a.eligibilityUndeterminedBy(), a.date(), lang,
                    names);
        }
        if (a.amountBasis() != null) { // the deployment's figure where the text leaves it open: said with its source
            why += sep + amountBasis(a.amountBasis(), lang, names);
        }
        return why;
    }


    /**
     * What an award awaits, under {@code key}: a parameter not yet set, or ({@code key.later}) one the deployment set
     * only from a day after the award's, so that none is in force on its day (the example file's rates from 2013-01-01
     * for an item of 2012-12-31 had been told "not yet set").
     */
    private static String awaited(String key, String parameter, java.time.LocalDate date, Language lang,
            OfficerText names) {
        java.util.Optional<java.time.LocalDate> from = names.setOnlyAfter(parameter, date);
        return from.isPresent()
                ? LABELS.format(lang, key + ".later", new Object[]{names.nameOr(parameter), from.get(), date})
                : LABELS.format(lang, key, new Object[]{names.nameOr(parameter)});
    }

    /**
     * Why an item is not counted, as the text and the page say it: the reason's title, unless the detail already says
     * it in other words, then the deployment's parameter that set its would-be amount, as the award would have said;
     * for the part a limit cut, the award line it reduced (由 30,000.00 元减为 8,775.00 元), found among {@code awards},
     * or that it took the award whole.
     */
    static String exclusionWhy(Exclusion x, List<Award> awards, Language lang, OfficerText names) {
        String title = x.reason().text().in(lang);
        String detail = names.prose(x.detail().in(lang));
        String why = detail == null || detail.isBlank() ? title
                : sharesPhrase(title, detail) ? detail : title + LABELS.format(lang, "colon", new Object[0]) + detail;
        if (x.amountBasis() != null) {
            why += LABELS.format(lang, "sep", new Object[0]) + amountBasis(x.amountBasis(), lang, names);
        }
        if (isCut(x) && x.amount() != null) { // what the cut did to the award line: reduced it, or took it whole
            Award reduced = awards.stream().filter(a -> a.determined() && sameItem(a, x)).findFirst().orElse(null);
            why += LABELS.format(lang, "sep", new Object[0]) + (reduced == null
                    ? LABELS.format(lang, "excluded.cut.whole", new Object[]{Yuan.format(x.amount())})
                    : LABELS.format(lang, "excluded.cut.reduced", new Object[]{
                            Yuan.format(reduced.amount().add(x.amount())), Yuan.format(reduced.amount())}));
        }
        return why;
    }

    /**
     * An exclusion whose amount is the part a maximum limit cut ({@code CAP}, {@link Exclusion}'s {@code amount}), not
     * the item's: the rest of the item, if any, stands as an award of the same item.
     */
    static boolean isCut(Exclusion x) {
        return "CAP".equals(x.reason().code());
    }

    /**
     * Whether two lines are one: the same item ({@link #item}) granted by the same clause ({@link #grantedBy}), as a
     * limit's cut ({@code CAP}) and the award line it reduced are (the kit cites the line it cut as the cut's
     * {@code awardCitation}). The code and subject id alone are not enough (a brand's two honours are both
     * JX_BRAND_HONOUR of the brand); nor are the subjects compared, which are words: jiaxing-2012's top-up line is
     * named as the top-up of the item (…的差额补足), and its cut with it.
     */
    static boolean sameItem(io.iprules.ResultItem a, io.iprules.ResultItem b) {
        return item(a).equals(item(b)) && java.util.Objects.equals(grantedBy(a), grantedBy(b));
    }

    /**
     * The fact an item rests on: its code, subject id and date, which an item, a top-up of it (jiaxing-2012's
     * variant, granted by §7(1)) and a limit's cut of either share; not its subject, which is words the engine may
     * word differently for each (…的差额补足 for the top-up). One brand's two honours of one day share it too: they
     * differ by the clause that grants them only where one of them is a top-up ({@link #grantedBy}).
     */
    static List<Object> item(io.iprules.ResultItem i) {
        return java.util.Arrays.asList(i.code(), i.subjectId(), i.date());
    }

    /**
     * The clause that grants a line, or would have granted it: an award's citation, an exclusion's award citation
     * (for a limit's cut, the citation of the line it cut).
     */
    static String grantedBy(io.iprules.ResultItem i) {
        return i instanceof Exclusion x ? x.awardCitation() : i.citation();
    }

    /**
     * The deployment's parameter that set an award's amount: its words, its value (yuan as yuan, a rate as a
     * percentage), from when, from where.
     */
    static String amountBasis(io.iprules.AmountBasis b, Language lang, OfficerText names) {
        io.iprules.ParameterUnit unit = names.unitOf(b.parameter()).orElse(null);
        String value = unit == io.iprules.ParameterUnit.YUAN
                ? LABELS.format(lang, "amount.yuan", new Object[]{Yuan.format(new java.math.BigDecimal(b.value()))})
                : unit == io.iprules.ParameterUnit.RATIO
                ? io.iprules.kit.Percent.format(new java.math.BigDecimal(b.value()))
                : b.value();
        return LABELS.format(lang, "award.amount-basis", new Object[]{names.nameOr(b.parameter()), value, b.from(),
                b.source()});
    }

    /**
     * A variant applied as the text and the page say it: its reading, then the deployment's switch that turned it on,
     * with its first day and source (as an amount's basis is said), where a parameter did.
     */
    static String variantWhy(Variant v, Language lang, OfficerText names) {
        String why = names.variant(v);
        io.iprules.AmountBasis b = v.basis();
        if (b != null) {
            // the reading is a sentence: its full stop would stand before the separator (。;开启依据)
            if (why.endsWith("。") || why.endsWith(".")) {
                why = why.substring(0, why.length() - 1);
            }
            why += LABELS.format(lang, "sep", new Object[0]) + LABELS.format(lang, "variant.basis",
                    new Object[]{names.nameOr(b.parameter()), b.value(), b.from(), b.source()});
        }
        return why;
    }

    /**
     * Whether a result's report shows its awards and total: when it has any award or exclusion, or when nothing else
     * (no condition, no indicator) would say what it decided; a result of targets alone has no money to show. The
     * text and the page decide alike: a page without any fact had shown no total where the text printed 合计:0.00 元.
     */
    static boolean showsBudget(EvaluationResult r) {
        return !r.awards().isEmpty() || !r.excluded().isEmpty() || r.conditions().isEmpty() && r.indicators().isEmpty();
    }

    /**
     * A deadline's facts in words, for the text and the HTML report alike: its start, the deadline, the day done,
     * the working days used (the page too, whose timeline's name sends a screen reader here for them), late and left,
     * and its detail, which says what these do not (beijing-2012's: how the days were counted).
     */
    static List<String> deadlineFacts(Deadline d, Language lang, OfficerText names) {
        List<String> parts = new ArrayList<>();
        if (d.start() != null) {
            parts.add(LABELS.format(lang, "deadline.from", new Object[]{d.start()}));
        }
        if (d.deadline() != null) {
            parts.add(LABELS.format(lang, "deadline.by", new Object[]{d.deadline()}));
        }
        if (d.done() != null) {
            parts.add(LABELS.format(lang, "deadline.done", new Object[]{d.done()}));
        }
        if (d.workingDaysUsed() != null) {
            parts.add(LABELS.format(lang, "deadline.used-days", new Object[]{new Count(d.workingDaysUsed())}));
        }
        // on time is late by none: "逾期 0 个工作日" beside 按期 reads as overdue, and the status already says it
        if (d.workingDaysLate() != null && d.workingDaysLate() > 0) {
            parts.add(LABELS.format(lang, "deadline.late-days", new Object[]{new Count(d.workingDaysLate())}));
        }
        if (d.workingDaysLeft() != null) { // none left is the deadline itself, still on time: said so, not "0 left"
            parts.add(d.workingDaysLeft() == 0 ? LABELS.format(lang, "deadline.last-day", new Object[0])
                    : LABELS.format(lang, "deadline.left-days", new Object[]{new Count(d.workingDaysLeft())}));
        }
        if (d.detail() != null) {
            // a year's notice not loaded: said to the officer, the code left to the JSON (the kit's detail)
            parts.add(CalendarNotCovered.yearOf(d.detail())
                    .map(year -> LABELS.format(lang, "deadline.calendar-not-loaded", new Object[] {year}))
                    .orElseGet(() -> names.prose(d.detail().in(lang))));
        }
        return parts;
    }

    /**
     * A warning as the officer reads it: in the policy's words ({@link OfficerText#prose}), or, where a working-day
     * count lacks a year's State Council notice (the kit's {@link CalendarNotCovered}), in the officer's words, naming
     * the deadline: the warning's own words, which the JSON keeps, give the codes and tell a deployment how to add the
     * year (命令行 --calendar FILE, Java 中 RulesEngine.builder()…), and two certificates of one application read alike.
     */
    static String warning(Text w, Language lang, OfficerText names) {
        return CalendarNotCovered.of(w).map(c -> LABELS.format(lang, "warning.calendar-not-loaded", new Object[] {
                names.nameOr(c.deadline()), c.subject(), c.year(), c.consequence()}))
                .orElseGet(() -> names.prose(w.in(lang)));
    }

    /**
     * {@code items}, if any, under {@code sectionKey}: each with its amount (labelled {@code amountKey}) and why it is
     * not counted, and the clause that decided, labelled {@code citeKey}.
     */
    private void exclusions(java.util.List<Exclusion> items, List<Award> awards, String sectionKey, String amountKey,
                            String citeKey) {
        if (items.isEmpty()) {
            return;
        }
        section(sectionKey);
        for (Exclusion x : items) {
            // a limit's part is what it cut, not what the item would have been
            // an amount still open is said so, as the page's tile does ("—" had read as "nothing")
            item("  - ", t(x.subject()), x.amount() == null ? l(amountKey + ".undetermined")
                    : l(isCut(x) ? "excluded.cut" : amountKey, Yuan.format(x.amount())));
            // the clause that would grant it, then the one that holds it back: both decided (一项补助,§7(3) 排除)
            String granted = OfficerText.grantingClauseBeside(x);
            para("    ", "    ", exclusionWhy(x, awards, lang, names) + cite(granted == null
                    ? l(citeKey, x.citation()) : l(citeKey + ".granted", granted, x.citation())));
        }
    }

    private String result(EvaluationResult r, PolicyDescription policy, boolean withTrace) {
        names = new OfficerText(policy, lang);
        para("", "", l("header.policy", t(policy.title()), policy.id()));
        // wrapped like every other line: a long name (over 35 Chinese characters) made it wider than 100 columns;
        // the date goes to the next line whole
        // a city, a county or a province assessed is called as its policy calls that kind of subject (评估对象), not 申请人
        String who = names.subjectLabel(r).map(label -> l("header.subject", label, r.subjectName()))
                .orElseGet(() -> l("header.applicant", r.subjectName()));
        para("", "", who + "    " + OfficerText.keep(l("header.as-of", r.asOf())));
        boolean assessment = Verdict.isAssessment(r);
        // conditions that admit a unit to targets (northeast-2017's scope): once they are met, the targets decide
        boolean gated = assessment && !r.indicators().isEmpty() && r.conditions().stream().allMatch(c -> c.met());
        if (gated) {
            para("", "  ", l(r.indicatorSummary().allMet() ? "verdict.targets-met" : "verdict.targets-not-met"));
        } else if (r.indicators().isEmpty() || !r.conditions().isEmpty() || !r.awards().isEmpty()) {
            Verdict verdict = Verdict.of(r);
            // wrapped, as every line whose figures come from the result: a count of four digits is more words
            para("", "  ", l(verdict.key, verdict.arguments(r)));
            if (verdict == Verdict.CONDITIONS_MET) {
                names.notAssessed(r).forEach(p -> para("  ", "    ", l("verdict.not-assessed", p.citation(),
                        OfficerText.inner(t(p.title())))));
            }
            long toNoAvail = Verdict.awaitingToNoAvail(r);
            if (toNoAvail > 0) { // a choice that adds nothing is said as that, not counted as money awaiting it
                para("  ", "    ", l("verdict.awaiting-adds-nothing", new Count(toNoAvail)));
            }
            if (assessment) {
                r.conditions().stream().filter(c -> !c.met())
                        .forEach(c -> para("  ✗ ", "    ", c.subject() + l("colon") + conditionName(c)));
            }
            long missed = Verdict.missedDeadlines(r);
            if (missed > 0) {
                para("  ", "    ", l("verdict.deadlines-missed", new Count(missed)));
            }
        } else {
            para("", "  ", l(r.indicatorSummary().allMet() ? "verdict.targets-met" : "verdict.targets-not-met"));
        }
        r.phase().ifPresent(p -> para("", "  ", p.until() == null
                ? l("phase.open", t(p.title()), p.from(), p.citation())
                : l("phase", t(p.title()), p.from(), p.until(), p.citation())));
        if (showsBudget(r)) {
            section("section.awards");
            if (r.awards().isEmpty()) {
                line("  " + l("none"));
            }
            java.util.Map<Award, CapWait> waits = capWaits(r);
            for (Award a : r.awards()) {
                item("  + ", t(a.subject()), amountBadge(a, lang));
                String limit = OfficerText.limitClauseBeside(a); // the clause that holds its amount open, if any
                para("    ", "    ", awardWhy(a, lang, names, waits.get(a)) + cite(limit == null
                        ? l("line.cited", a.citation()) : l("line.cited.granted", a.citation(), limit)));
            }
            // an item held out only until the applicant chooses is not a refusal: listed on its own, before them
            exclusions(r.excluded().stream().filter(x -> x.reason().awaitsApplicant()).toList(), r.awards(),
                    "section.awaiting", "awaiting.amount", "line.cited");
            exclusions(r.excluded().stream().filter(x -> !x.reason().awaitsApplicant()).toList(), r.awards(),
                    "section.excluded", "excluded.would-be", "line.excluded-by");
        }
        if (!r.conditions().isEmpty()) {
            section("section.conditions");
            String subject = null;
            for (Condition c : r.conditions()) {
                if (!c.subject().equals(subject)) {
                    subject = c.subject();
                    para("  ", "    ", subject);
                }
                StringBuilder b = new StringBuilder(l(c.met() ? "condition.met" : "condition.not-met"))
                        .append(l("colon")).append(conditionName(c));
                String figures = conditionFigures(c);
                if (!figures.isEmpty()) {
                    b.append(l("sep")).append(figures);
                }
                b.append(cite(c.citation()));
                para(c.met() ? "    ✓ " : "    ✗ ", "      ", b.toString());
            }
        }
        if (!r.indicators().isEmpty()) {
            section("section.indicators");
            for (Indicator i : r.indicators()) {
                String status = MessageCatalog.kit().format(lang, "enum.IndicatorStatus." + i.status(), new Object[0]);
                para(switch (i.status()) {
                    case MET -> "  ✓ ";
                    case NOT_MET -> "  ✗ ";
                    case UNKNOWN -> "  ? ";
                }, "    ", status + l("colon") + t(i.title()));
                String measure = names.measure(i); // 件, 家…: what the clause counts the figures in, where it says
                StringBuilder b = new StringBuilder(l("figures",
                        i.yesNo() ? yesNo(i.actual()) : IndicatorFormat.actual(i, lang, measure),
                        i.yesNo() ? yesNo(i.required()) : IndicatorFormat.required(i, lang, measure)));
                if (i.due() != null) {
                    b.append(l("sep")).append(l(IndicatorFormat.dueKey(i), i.due()));
                }
                if (i.progress() != null) {
                    b.append(l("sep")).append(progress(i, lang));
                }
                // progress against another figure than the required one (20人左右: met at 18, progress against 20),
                // said as the page says it
                String basis = IndicatorFormat.progressBasis(i, measure);
                if (basis != null) {
                    b.append(l("sep")).append(l(measure.isEmpty() ? "report.progress-basis"
                            : "report.progress-basis.measured", basis));
                }
                if (i.detail() != null && !t(i.detail()).equals(status)) {
                    b.append(l("sep")).append(names.prose(t(i.detail())));
                }
                para("    ", "    ", b.append(cite(i.citation())).toString());
            }
            var s = r.indicatorSummary();
            para("  ", "    ", l("indicators.summary", new Count(s.met()), new Count(s.notMet()),
                    new Count(s.unknown()), new Count(s.total())));
        }
        if (!r.deadlines().isEmpty()) {
            section("section.deadlines");
            for (Deadline d : r.deadlines()) {
                // which deadline, in the policy's words, else its code: a heading of the status alone said not which
                String what = names.nameOr(d.code()) + (d.subject() == null ? "" : l("colon") + d.subject());
                para(d.met() == null ? "  ? " : d.met() ? "  ✓ " : "  ✗ ", "    ",
                        l("deadline." + d.status().name()) + l("colon") + what);
                List<String> parts = deadlineFacts(d, lang, names);
                String notices = d.calendar().isEmpty() ? "" // the notices the working days were counted with
                        : l("sep") + l("report.deadline.calendar", String.join(l("list.sep"), d.calendar()));
                para("    ", "    ", String.join(l("sep"), parts) + notices + cite(d.citation()));
            }
        }
        if (!r.measures().isEmpty()) {
            section("section.measures");
            for (Measure m : r.measures()) {
                String place = m.place() == null ? "" : " · " + m.place() + (m.scope().isEmpty() ? ""
                        : l("bracket") + String.join(l("list.sep"), m.scope()) + ")");
                para("  · ", "    ", m.addressee() + place + l("colon") + names.prose(t(m.text()))
                        + cite(m.citation()));
            }
        }
        if (!r.variants().isEmpty()) {
            section("section.variants");
            for (Variant v : r.variants()) {
                para("  · ", "    ", variantWhy(v, lang, names) + cite(v.citation()));
            }
        }
        if (showsBudget(r)) {
            out.append('\n');
            // wrapped like every other line: in English, with items undetermined and some of them in eligibility,
            // it ran to 108 columns (Total: 350,000.00 yuan (14 more item(s) undetermined, 2 of them …))
            para("", "  ", r.undetermined() == 0 ? l("total", Yuan.format(r.total()))
                    : l(undeterminedKey("total.undetermined", r), Yuan.format(r.total()), new Count(r.undetermined()),
                            new Count(eligibilityUndetermined(r))));
        }
        if (!r.warnings().isEmpty()) {
            section("section.warnings");
            for (Text w : r.warnings()) {
                para("  ! ", "    ", warning(w, lang, names));
            }
        }
        if (withTrace) {
            section("section.trace"); // under a heading: the rules' names are identifiers, in English in every run
            for (FiredRule f : r.trace()) {
                para("  · ", "    ", f.rule() + cite(f.citation()));
            }
        }
        return out.toString();
    }

    /** A condition in words: its explanation, else the clause's title for its code. */
    private String conditionName(Condition c) {
        return c.detail() != null ? names.prose(t(c.detail())) : names.nameOr(c.code());
    }

    /**
     * Actual, required and gap of a condition when they read as figures, dates, the policy's words or a set of these
     * ({@link OfficerText#value}); names of JSON values are left out.
     */
    private String conditionFigures(Condition c) {
        boolean yesNo = "true".equals(c.actual()) || "false".equals(c.actual());
        if (yesNo) {
            return c.detail() != null ? "" : l("figures", value(c.actual()), value(c.required()));
        }
        List<String> parts = new ArrayList<>();
        String actual = names.value(c.actual());
        String required = names.value(c.required());
        if (actual != null && required != null) {
            parts.add(l("figures", actual, required));
        } else if (c.actual() == null && required != null) {
            parts.add(l("figures.required", required));
        }
        if (c.gap() != null) {
            parts.add(l("condition.gap", OfficerText.figure(OfficerText.numbers(c.gap()))));
        }
        return String.join(l("sep"), parts);
    }

    /**
     * Progress as read: a percentage, except on a row that is not met although the figure reached its basis (a
     * strict "超过" target met exactly), which would otherwise read "100.00%" on a failure; a negative progress (a
     * figure that fell: northeast-2017's holdings that shrank, -15.91% a year against the nation's 15.26%, had read
     * 进度 -104.29%) is said to be a fall and not counted; a progress beyond {@link IndicatorFormat#PROGRESS_SHOWN_UP_TO}
     * (a tiny basis: a nation that grew 0.0008% a year had made 进度 25,227,643.71%) is said to be beyond it. The
     * result's JSON keeps the exact figure.
     */
    static String progress(Indicator i, Language lang) {
        if (i.status() == io.iprules.IndicatorStatus.NOT_MET && i.progress() != null
                && i.progress().compareTo(java.math.BigDecimal.ONE) >= 0) {
            return LABELS.format(lang, "indicator.progress.not-beyond", new Object[0]);
        }
        if (i.progress() != null && i.progress().signum() < 0) {
            return LABELS.format(lang, "indicator.progress.fell", new Object[0]);
        }
        if (i.progress() != null && i.progress().compareTo(IndicatorFormat.PROGRESS_SHOWN_UP_TO) > 0) {
            return LABELS.format(lang, "indicator.progress.beyond", new Object[] {
                    io.iprules.kit.Decimal.format(IndicatorFormat.PROGRESS_SHOWN_UP_TO.movePointRight(2)) + "%"});
        }
        return LABELS.format(lang, "indicator.progress", new Object[] {IndicatorFormat.progress(i.progress())});
    }

    /** Whether two texts share a phrase of five characters or more: then one of them says it already. */
    static boolean sharesPhrase(String a, String b) {
        for (int i = 0; i + 5 <= a.length(); i++) {
            if (b.contains(a.substring(i, i + 5))) {
                return true;
            }
        }
        return false;
    }

    /** A condition's value as read: a yes/no fact in words, anything else as given. */
    private String value(String v) {
        return "true".equals(v) ? l("condition.yes") : "false".equals(v) ? l("condition.no") : v;
    }

    private String yesNo(java.math.BigDecimal v) {
        return v == null ? "—" : l(v.signum() != 0 ? "yes" : "no");
    }

    /** A paragraph wrapped to {@link OfficerText#WIDTH} columns with a hanging indent. */
    private void para(String first, String rest, String text) {
        for (String x : OfficerText.wrap(first, rest, SafeText.escape(text), lang == Language.EN)) {
            out.append(x).append('\n');
        }
    }

    /** A line naming an item with its amount right-aligned at the last column; the amount on its own line if long. */
    private void item(String sign, String what, String amount) {
        String head = sign + SafeText.escape(what);
        String money = SafeText.escape(amount);
        int room = OfficerText.WIDTH - TextColumns.columns(head) - 2;
        if (TextColumns.columns(money) <= room) {
            out.append(head).append("  ").append(TextColumns.padLeft(money, room)).append('\n');
        } else {
            para(sign, "    ", what);
            out.append(TextColumns.padLeft(money, OfficerText.WIDTH)).append('\n');
        }
    }

    /** A citation in brackets, kept on one line. */
    private static String cite(String what) {
        return "  " + OfficerText.keep("[" + what + "]");
    }

    private void section(String key) {
        out.append('\n');
        line(l(key));
    }

    /**
     * One line of the report, escaped whole ({@link SafeText}): a name or a number from the request that holds a
     * newline or a terminal escape cannot forge another line or clear the screen.
     */
    private void line(String s) {
        out.append(SafeText.escape(s)).append('\n');
    }
}
