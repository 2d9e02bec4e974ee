package io.iprules.examples;

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
import io.iprules.kit.MessageCatalog;
import io.iprules.kit.Yuan;

/**
 * A result as an officer reads it: a header, then each award and each exclusion on its own line with amount,
 * reason and citation, the conditions (grouped by whom they are about, yes/no facts in words) and indicators
 * checked, the total and the warnings.
 */
final class TextReport {
    static final MessageCatalog LABELS = MessageCatalog.load(TextReport.class, "cli");

    private final Language lang;
    private final StringBuilder out = new StringBuilder();

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

    private String result(EvaluationResult r, PolicyDescription policy, boolean withTrace) {
        line(l("header.policy", t(policy.title()), policy.id()));
        line(l("header.applicant", r.subjectName()) + "    " + l("header.as-of", r.asOf()));
        boolean assessment = !r.conditions().isEmpty() && r.awards().isEmpty() && r.excluded().isEmpty();
        // conditions that admit a unit to targets (northeast-2017's scope): once they are met, the targets decide
        boolean gated = assessment && !r.indicators().isEmpty() && r.conditions().stream().allMatch(c -> c.met());
        if (gated) {
            line(l(r.indicatorSummary().allMet() ? "verdict.targets-met" : "verdict.targets-not-met"));
        } else if (r.indicators().isEmpty() || !r.conditions().isEmpty() || !r.awards().isEmpty()) {
            long unmet = r.conditions().stream().filter(c -> !c.met()).count();
            line(assessment ? (r.eligible() ? l("verdict.conditions-met")
                    : l("verdict.conditions-not-met", unmet, r.conditions().size()))
                    : l(r.eligible() ? "verdict.eligible" : "verdict.not-eligible"));
            if (assessment) {
                r.conditions().stream().filter(c -> !c.met())
                        .forEach(c -> line("  ✗ " + c.subject() + "  " + c.code()));
            }
        } else {
            line(l(r.indicatorSummary().allMet() ? "verdict.targets-met" : "verdict.targets-not-met"));
        }
        r.phase().ifPresent(p -> line(p.until() == null ? l("phase.open", t(p.title()), p.from(), p.citation())
                : l("phase", t(p.title()), p.from(), p.until(), p.citation())));
        if (!r.awards().isEmpty() || !r.excluded().isEmpty() || r.conditions().isEmpty() && r.indicators().isEmpty()) {
            section("section.awards");
            if (r.awards().isEmpty()) {
                line("  " + l("none"));
            }
            for (Award a : r.awards()) {
                line("  + " + a.code() + "  " + t(a.subject()) + "  " + amount(a) + "  " + t(a.reason())
                        + (a.eligibilityDetermined() ? "" : "  " + l("award.eligibility-undetermined",
                        a.eligibilityUndeterminedBy()))
                        + "  [" + l("line.cited", a.citation()) + "]");
            }
            if (!r.excluded().isEmpty()) {
                section("section.excluded");
                for (Exclusion x : r.excluded()) {
                    String would = x.amount() == null ? "—" : l("amount.yuan", Yuan.format(x.amount()));
                    line("  - " + x.code() + "  " + t(x.subject()) + "  " + would + "  " + x.reason() + " "
                            + x.reason().text().in(lang)
                            + ": " + t(x.detail()) + "  [" + l("line.excluded-by", x.citation()) + "]");
                }
            }
        }
        if (!r.conditions().isEmpty()) {
            section("section.conditions");
            String subject = null;
            for (Condition c : r.conditions()) {
                if (!c.subject().equals(subject)) {
                    subject = c.subject();
                    line("  " + subject);
                }
                StringBuilder b = new StringBuilder("    ").append(c.met() ? "✓ " : "✗ ").append(c.code())
                        .append("  ").append(l(c.met() ? "condition.met" : "condition.not-met"));
                if (c.actual() != null) {
                    b.append("  ").append(value(c.actual())).append(" / ").append(value(c.required()));
                } else {
                    b.append("  ").append(value(c.required()));
                }
                if (c.gap() != null) {
                    b.append("  ").append(l("condition.gap", c.gap()));
                }
                if (c.detail() != null) {
                    b.append("  ").append(t(c.detail()));
                }
                b.append("  [").append(c.citation()).append(']');
                line(b.toString());
            }
        }
        if (!r.indicators().isEmpty()) {
            section("section.indicators");
            for (Indicator i : r.indicators()) {
                StringBuilder b = new StringBuilder("  ").append(switch (i.status()) {
                    case MET -> "✓ ";
                    case NOT_MET -> "✗ ";
                    case UNKNOWN -> "? ";
                }).append(i.code()).append("  ").append(t(i.title())).append("  ")
                        .append(MessageCatalog.kit().format(lang, "enum.IndicatorStatus." + i.status(), new Object[0]))
                        .append("  ").append(i.yesNo() ? yesNo(i.actual()) : IndicatorFormat.value(i.actual(), i.unit()))
                        .append(" / ").append(i.yesNo() ? yesNo(i.required()) : IndicatorFormat.required(i, lang));
                if (i.due() != null) {
                    b.append("  ").append(l(i.overdue() ? "indicator.overdue" : "indicator.due", i.due()));
                }
                if (i.progress() != null) {
                    b.append("  ").append(l("indicator.progress", IndicatorFormat.progress(i.progress())));
                }
                String status = MessageCatalog.kit().format(lang, "enum.IndicatorStatus." + i.status(), new Object[0]);
                if (i.detail() != null && !t(i.detail()).equals(status)) {
                    b.append("  ").append(t(i.detail()));
                }
                line(b.append("  [").append(i.citation()).append(']').toString());
            }
            var s = r.indicatorSummary();
            line("  " + l("indicators.summary", s.met(), s.notMet(), s.unknown(), s.total()));
        }
        if (!r.deadlines().isEmpty()) {
            section("section.deadlines");
            for (Deadline d : r.deadlines()) {
                StringBuilder b = new StringBuilder("  ").append(d.met() == null ? "? " : d.met() ? "✓ " : "✗ ")
                        .append(d.code()).append("  ").append(d.subject() == null ? "" : d.subject() + "  ")
                        .append(l("deadline." + d.status().name()));
                if (d.deadline() != null) {
                    b.append("  ").append(l("deadline.by", d.deadline()));
                }
                if (d.done() != null) {
                    b.append("  ").append(l("deadline.done", d.done()));
                }
                if (d.workingDaysUsed() != null) {
                    b.append("  ").append(l("deadline.used-days", d.workingDaysUsed()));
                }
                if (d.workingDaysLate() != null) {
                    b.append("  ").append(l("deadline.late-days", d.workingDaysLate()));
                }
                if (d.workingDaysLeft() != null) {
                    b.append("  ").append(l("deadline.left-days", d.workingDaysLeft()));
                }
                if (d.detail() != null) {
                    b.append("  ").append(t(d.detail()));
                }
                b.append("  [").append(d.citation());
                if (!d.calendar().isEmpty()) { // the notices the working days were counted with
                    b.append("; ").append(String.join(", ", d.calendar()));
                }
                line(b.append(']').toString());
            }
        }
        if (!r.measures().isEmpty()) {
            section("section.measures");
            for (Measure m : r.measures()) {
                String place = m.place() == null ? "" : " · " + m.place()
                        + (m.scope().isEmpty() ? "" : " (" + String.join("、", m.scope()) + ")");
                line("  · " + m.addressee() + place + ": " + t(m.text()) + "  [" + m.citation() + "]");
            }
        }
        if (!r.variants().isEmpty()) {
            section("section.variants");
            for (Variant v : r.variants()) {
                line("  " + v.code() + "  [" + v.citation() + "]");
            }
        }
        if (!r.awards().isEmpty() || !r.excluded().isEmpty() || r.conditions().isEmpty() && r.indicators().isEmpty()) {
            out.append('\n');
            line(r.undetermined() == 0 ? l("total", Yuan.format(r.total()))
                    : l("total.undetermined", Yuan.format(r.total()), r.undetermined()));
        }
        if (!r.warnings().isEmpty()) {
            section("section.warnings");
            for (Text w : r.warnings()) {
                line("  ! " + t(w));
            }
        }
        if (withTrace) {
            out.append('\n');
            for (FiredRule f : r.trace()) {
                line("  · " + f.rule() + "  [" + f.citation() + "]");
            }
        }
        return out.toString();
    }

    /** A condition's value as read: a yes/no fact in words, anything else as given. */
    private String value(String v) {
        return "true".equals(v) ? l("condition.yes") : "false".equals(v) ? l("condition.no") : v;
    }

    private String yesNo(java.math.BigDecimal v) {
        return v == null ? "—" : l(v.signum() != 0 ? "yes" : "no");
    }

    private String amount(Award a) {
        return a.determined() ? l("amount.yuan", Yuan.format(a.amount())) : l("amount.undetermined", a.undeterminedBy());
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
