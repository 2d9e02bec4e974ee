package io.iprules.examples;

import io.iprules.DataDescription;
import io.iprules.Language;
import io.iprules.ParameterInfo;
import io.iprules.ParameterValue;
import io.iprules.Phase;
import io.iprules.PolicyDescription;
import io.iprules.Provision;
import io.iprules.Target;
import io.iprules.report.SafeText;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The policies an engine knows, as text: document, period in force, provisions and parameters. What a deployment's
 * files put here (a parameter's value and source, a calendar notice's title, a calendar file's name) is escaped
 * ({@link SafeText#escape}), as the officer's text escapes what came from a request: the command escapes the whole
 * listing line by line besides, but a line feed in such a text would otherwise make a line of its own.
 */
final class PolicyListing {
    private PolicyListing() {
    }

    static String render(List<PolicyDescription> policies, Language lang) {
        StringBuilder out = new StringBuilder();
        for (PolicyDescription d : policies) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(d.id()).append("  ").append(d.title().in(lang)).append("  (v").append(d.version()).append(")\n");
            out.append("  ").append(d.documentNumber() == null ? l(lang, "policies.no-document")
                    : l(lang, "policies.document", d.documentNumber())).append('\n');
            out.append("  ").append(d.inForceUntil() == null
                    ? l(lang, "policies.in-force", d.inForceFrom(), d.inForceCitation())
                    : l(lang, "policies.in-force-until", d.inForceFrom(), d.inForceUntil(), d.inForceCitation()))
                    .append('\n');
            out.append("  ").append(l(lang, "policies.requests", d.subjects().stream()
                    .map(k -> k.key() + " (" + k.description().in(lang) + ")").collect(Collectors.joining(", "))))
                    .append('\n');
            out.append("  ").append(l(lang, "policies.provisions")).append('\n');
            for (Provision p : d.provisions()) {
                out.append("    ").append(p.citation()).append("  ").append(p.title().in(lang)).append("  [")
                        .append(l(lang, "policies.status." + p.status())).append(']');
                if (!p.codes().isEmpty()) {
                    out.append("  ").append(String.join(", ", p.codes()));
                }
                out.append('\n');
                String note = p.note().in(lang);
                if (!note.isEmpty()) {
                    out.append("        ").append(note).append('\n');
                }
            }
            if (!d.targets().isEmpty()) {
                out.append("  ").append(l(lang, "policies.targets")).append('\n');
                for (Target t : d.targets()) {
                    String required = t.unit() == io.iprules.ParameterUnit.YES_NO
                            ? l(lang, t.required().signum() != 0 ? "policies.target.yes" : "policies.target.no")
                            : t.reference() == null ? figure(t.required())
                            : t.reference().factor().toPlainString() + " × " + t.reference().key();
                    out.append("    ").append(t.code()).append(" [").append(t.unit()).append("]  ")
                            .append(t.title().in(lang)).append("  ").append(t.comparison().symbol()).append(' ')
                            .append(required);
                    if (t.progressBasis() != null) {
                        out.append(", ").append(l(lang, "policies.target.progress-basis", figure(t.progressBasis())));
                    }
                    if (t.maximum() != null) {
                        out.append(", ").append(l(lang, "policies.target.maximum", figure(t.maximum())));
                    }
                    out.append("  (").append(t.citation()).append(" “").append(t.source()).append("”)\n");
                }
            }
            if (!d.phases().isEmpty()) {
                out.append("  ").append(l(lang, "policies.phases")).append('\n');
                for (Phase p : d.phases()) {
                    out.append("    ").append(p.code()).append("  ").append(p.title().in(lang)).append("  ")
                            .append(p.from()).append(" – ").append(p.until() == null ? "" : p.until().toString())
                            .append("  (").append(p.citation()).append(")\n");
                }
            }
            if (!d.readings().isEmpty()) {
                out.append("  ").append(l(lang, "policies.readings")).append('\n');
                for (io.iprules.Reading r : d.readings()) {
                    out.append("    ").append(r.id()).append("  (").append(r.citation()).append(")\n        ")
                            .append(r.text().in(lang)).append('\n');
                }
            }
            if (!d.exclusionReasons().isEmpty()) {
                out.append("  ").append(l(lang, "policies.exclusion-reasons")).append('\n');
                for (io.iprules.ExclusionReason r : d.exclusionReasons()) {
                    out.append("    ").append(r.code()).append("  ").append(r.text().in(lang)).append("  (")
                            .append(r.citation()).append(")")
                            .append(r.awaitsApplicant() ? "  " + l(lang, "policies.exclusion-reason.awaits") : "")
                            .append(r.paidBefore() ? "  " + l(lang, "policies.exclusion-reason.paid-before") : "")
                            .append('\n');
                }
            }
            if (!d.parameters().isEmpty()) { // a heading over nothing (anning-2022 has no parameter), as the others
                out.append("  ").append(l(lang, "policies.parameters")).append('\n');
            }
            for (ParameterInfo p : d.parameters()) {
                out.append("    ").append(p.name()).append(" [").append(p.unit()).append("]  ")
                        .append(p.description().in(lang)).append("  (").append(p.citation()).append(")\n");
                if (p.values().isEmpty()) {
                    out.append("        ").append(l(lang, "policies.parameter.open-unset")).append('\n');
                }
                for (ParameterValue v : p.values()) {
                    // a deployment's value and source: its file's text, escaped so that it cannot forge a line
                    out.append("        ").append(l(lang, "policies.parameter.value", v.from(),
                            value(p, v.value(), lang), SafeText.escape(v.source()))).append('\n');
                }
            }
            if (!d.data().isEmpty()) {
                out.append("  ").append(l(lang, "policies.data")).append('\n');
                for (DataDescription x : d.data()) {
                    out.append("    ").append(x.kind()).append("  ").append(x.title().in(lang)).append("  ")
                            .append(x.digest()).append('\n');
                    out.append("        ").append(x.covers().isEmpty() ? l(lang, "policies.data.covers-nothing")
                            : l(lang, "policies.data.covers", x.covers().stream()
                                    .map(r -> l(lang, "policies.data.range", r.from(), r.until()))
                                    .collect(Collectors.joining(lang == Language.ZH ? ";" : "; ")))).append('\n');
                    for (DataDescription.Source src : x.sources()) {
                        // a notice's title and a calendar file's name come from the deployment: escaped likewise
                        out.append("        ").append(SafeText.escape(src.name())).append("  ").append(src.bundled()
                                ? l(lang, "policies.data.bundled")
                                : l(lang, "policies.data.file", SafeText.escape(src.file())))
                                .append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * A deployment's value as the officer's text shows an amount: yuan grouped with its unit ({@code 300,000.00 元},
     * where it had printed {@code 300000}), a share as a percentage, a count or a number grouped; anything else (a
     * yes/no switch, a date), or a value that does not read as its unit, as written, escaped. The JSON listing keeps
     * the value as the file gives it.
     */
    static String value(ParameterInfo p, String v, Language lang) {
        java.math.BigDecimal d;
        try {
            d = new java.math.BigDecimal(v);
        } catch (NumberFormatException | NullPointerException notAFigure) {
            return SafeText.escape(v);
        }
        return switch (p.unit()) {
            case YUAN -> l(lang, "policies.parameter.yuan", io.iprules.kit.Yuan.format(d));
            case RATIO -> io.iprules.kit.Percent.format(d);
            case COUNT, NUMBER -> figure(d);
            default -> SafeText.escape(v);
        };
    }

    /** A target's figure with its digits grouped, exactly the places it has: {@code 45000} as {@code 45,000}. */
    static String figure(java.math.BigDecimal v) {
        return io.iprules.kit.Decimal.format(v);
    }

    private static String l(Language lang, String key, Object... args) {
        return Messages.LABELS.format(lang, key, args);
    }
}
