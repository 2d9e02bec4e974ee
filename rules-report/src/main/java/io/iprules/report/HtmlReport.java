package io.iprules.report;

import io.iprules.EvaluationResult;
import io.iprules.Indicator;
import io.iprules.IndicatorStatus;
import io.iprules.IndicatorSummary;
import io.iprules.Language;
import io.iprules.Phase;
import io.iprules.PolicyDescription;
import io.iprules.Provision;
import io.iprules.Reading;
import io.iprules.Text;
import io.iprules.kit.Count;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A result's target indicators as one self-contained HTML page for officials: a summary of what is met, the phase
 * of the plan on a timeline, each indicator as a bar against its target, and the clauses cited.
 *
 * <p>Self-contained on purpose: inline CSS and SVG only, no script, no font, image, link or URL to fetch, so the
 * file can be mailed, archived and opened offline. Status is never shown by colour alone: each row carries a sign
 * and a word (✓ met, ✗ not met, ? no figure) and its bar a pattern (solid, hatched, empty dashed box).
 *
 * <p>Printed, as officers file it: on A4 within the printable width (Chromium shrinks a whole page that is wider),
 * the status colours kept where the browser leaves backgrounds out, no row, tile or deadline split across pages, no
 * heading left at the foot of one, column headings repeated and the total printed once; at the foot of every page,
 * where the browser draws {@code @page} margin boxes, the subject, the evaluation date and the policy's version (a
 * page parted from its file still says whose it is) and the page number. Rules for print only: the screen is drawn
 * as before.
 *
 * <p>On a narrow screen (a phone, or a window zoomed to 400%: 320 CSS px, WCAG 1.4.10 Reflow) the page does not
 * scroll sideways: tiles stack, charts scale to the width, long strings wrap, and each table, at its paper width,
 * scrolls in a box of its own, a named region that takes the keyboard's focus. The wide screen is drawn as before.
 */
final class HtmlReport {
    /** A full bar is this multiple of the target, so that the target line sits at 80% and overshoot shows. */
    private static final BigDecimal SCALE = new BigDecimal("1.25");

    /** The longest subject name the foot of a printed page shows whole (two lines of 9 pt on 180 mm with it). */
    private static final int FOOT_NAME_LENGTH = 40;

    private final Language lang;
    private final StringBuilder out = new StringBuilder(32_000);
    private OfficerText names;
    /** The policy's readings that the notes on this page name, listed after the clauses cited. */
    private List<Reading> readings = List.of();

    private HtmlReport(Language lang) {
        this.lang = lang;
    }

    /** The page for {@code r}: every kind of result it holds. */
    static String render(EvaluationResult r, PolicyDescription policy, Language lang) {
        return new HtmlReport(lang).page(r, policy);
    }

    private String l(String key, Object... args) {
        return TextReport.LABELS.format(lang, key, args);
    }

    private String t(Text text) {
        return text.in(lang);
    }

    private static String esc(String text) {
        // control characters and bidirectional overrides from input shown as \\uXXXX, as on the terminal: a name
        // must not reorder the page's text (U+202E) nor reach a terminal raw through --html -; a newline too, as \\n
        // (the text output's way): raw, the browser showed it as a space in the title and the heading. The page
        // passes no text of several lines through here
        String s = SafeText.escape(text);
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * {@code text} as a CSS string: quotes and backslashes escaped, and {@code <} too, so that no text closes the
     * {@code <style>} element it is written in; control characters are escaped already ({@link SafeText}).
     */
    static String cssString(String text) {
        StringBuilder b = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"', '\\' -> b.append('\\').append(c);
                case '<' -> b.append("\\3C ");
                case '\n', '\r', '\f' -> b.append("\\A ");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /**
     * {@code name} for the foot of a printed page, where it shares a line with the page number: its first
     * {@value #FOOT_NAME_LENGTH} characters and an ellipsis when longer; the page's heading has it whole.
     */
    static String shortened(String name) {
        if (name == null || name.codePointCount(0, name.length()) <= FOOT_NAME_LENGTH) {
            return name;
        }
        return name.substring(0, name.offsetByCodePoints(0, FOOT_NAME_LENGTH - 1)) + "…";
    }

    private String page(EvaluationResult r, PolicyDescription policy) {
        IndicatorSummary s = r.indicatorSummary();
        out.append("<!DOCTYPE html>\n<html lang=\"").append(lang == Language.ZH ? "zh-CN" : "en")
                .append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(r.subjectName() + " · " + l("report.heading") + " · " + r.asOf()))
                .append("</title>\n<style>\n")
                .append(CSS.replace("PAGE_FOOTER", cssString(SafeText.escape(l("report.printFooter",
                        shortened(r.subjectName()),
                        r.asOf(), policy.id(), policy.version())))))
                .append("</style>\n</head>\n<body>\n<main>\n");
        names = new OfficerText(policy, lang);
        Map<String, Set<String>> codes = new HashMap<>();
        Map<String, List<String>> clauses = clauses(r, codes);
        Map<String, List<Provision>> meant = new HashMap<>();
        clauses.keySet().forEach(c -> meant.put(c, provisions(policy, c, codes.get(c))));
        readings = names.readingsNamedIn(notes(policy, meant));
        header(r, policy, s);
        timeline(r, policy);
        awards(r);
        conditions(r);
        if (!r.indicators().isEmpty()) {
            indicators(r);
        }
        deadlines(r);
        measures(r);
        variants(r, policy);
        warnings(r);
        citations(clauses, meant);
        readings();
        out.append("<footer>").append(esc(l("report.footer", policy.id(), policy.version()))).append("</footer>\n")
                .append("</main>\n</body>\n</html>\n");
        int body = out.indexOf("<body>");
        String page = out.substring(body);
        return out.substring(0, body) + keepFiguresWhole(lang == Language.EN ? markChinese(page) : page);
    }

    /**
     * The Chinese words a figure is read with: a unit or measure word (元, 件, 项, 个 of 2 个工作日, 名, 次, 年, 天, 倍,
     * 人…, 计 of 以 20 计) and, after a date, the word that makes it a bound (2022-10-18 起, 至, 止, 前, 后). Any other
     * word after a figure is a word of its own, which the span had cut: its first character went with the figure
     * (<code>2013-10-09 尚</code>未出具, <code>342,155 变</code>为, <code>2022-10-18 印</code>发).
     */
    private static final String UNIT = "[元万亿件个项名次年月日天周倍人家位条款份篇部户所岁分号届期批类种笔张本计起至止前后]";

    /**
     * A figure with the space and its unit after it ({@link #UNIT}: 48.4 件, 10,000.00 元, 2 个工作日): read as one,
     * where the page would break the line at the space. The text report keeps a figure on one line with the character
     * after it, whatever it is ({@code OfficerText}).
     */
    private static final String FIGURE_AND_UNIT =
            "(?<![\\p{L}\\p{N}])(?<!\\p{N}[.,:/-])\\d(?:[\\d.,:/-]*\\d)? " + UNIT;

    /**
     * A date as the page writes it, 2013-04-10, with or without a word after it (at a cell's end, before a comma or a
     * bracket, in English, 2022-08-01至2022-10-17). Chromium breaks a line after a hyphen between digits, so a date in a
     * narrow column was split on a wide screen too (试点企业认定(2013- ⏎ 03-15) in the budget's table at 1280 px), and a
     * narrow screen's {@code overflow-wrap: anywhere} may break it anywhere. Not a part of a longer token: an
     * identifier or a longer number (CN2013-04-10A, 12013-04-105, 2013-04-10-01, a path's …/2013-04-10/…). A Chinese
     * character may touch it (自2012-11-05施行), and so may a dash between two dates (2021-01-01–2022-12-31), where the
     * line may break.
     */
    private static final String DATE = "(?<![\\p{IsLatin}\\p{N}_])(?<![\\p{IsLatin}\\p{N}_][-./:])"
            + "\\d{4}-\\d{2}-\\d{2}(?![\\p{IsLatin}\\p{N}_])(?![-./:][\\p{IsLatin}\\p{N}_])";

    /**
     * A figure and its unit or, where no unit follows, a date: a date with its word (2022-10-18 起) is one match of the
     * first, so it is in one span, not a span in a span; a date before another word (2013-04-10 推定) is kept whole
     * alone.
     */
    private static final Pattern KEPT_WHOLE = Pattern.compile(FIGURE_AND_UNIT + "|" + DATE);

    /**
     * {@code html} (a page's body, escaped) with each figure and its unit ({@link #FIGURE_AND_UNIT}), and each date
     * ({@link #DATE}), in a {@code nw} span (no wrap): the text stays as it was, for copying and for a screen reader.
     * Not inside a tag or a chart.
     */
    static String keepFiguresWhole(String html) {
        return spanInText(html, KEPT_WHOLE, "<span class=\"nw\">");
    }

    /**
     * {@code html} (a page's body, escaped) with each match of {@code pattern} in its text put in a span that opens
     * with {@code open}: not inside a tag (an attribute) nor a chart ({@code <svg>}), whose text is drawn, not laid
     * out, and not read by a screen reader (role="img", named in its label).
     */
    private static String spanInText(String html, Pattern pattern, String open) {
        StringBuilder b = new StringBuilder(html.length() + 1024);
        java.util.regex.Matcher m = pattern.matcher(html).useTransparentBounds(true);
        int i = 0;
        while (i < html.length()) {
            if (html.charAt(i) == '<') {
                int end = html.startsWith("<svg", i) ? html.indexOf("</svg>", i) + "</svg>".length()
                        : html.indexOf('>', i) + 1;
                b.append(html, i, end);
                i = end;
                continue;
            }
            int next = html.indexOf('<', i);
            next = next < 0 ? html.length() : next;
            m.region(i, next);
            int done = i;
            while (m.find()) {
                b.append(html, done, m.start()).append(open).append(m.group()).append("</span>");
                done = m.end();
            }
            b.append(html, done, next);
            i = next;
        }
        return b.toString();
    }

    /** Chinese characters and the punctuation marks of CJK and full-width forms (〔〕、。《》, the full-width comma). */
    private static final String HAN = "\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF";

    /**
     * Chinese as it is met in English text: a run that starts and ends with a Chinese character or punctuation mark,
     * with the figures, spaces and ASCII punctuation that Chinese text here is written with between (国办发明电〔2012〕33号,
     * 到2015年,本市…翻一番).
     */
    private static final Pattern CHINESE = Pattern.compile("[" + HAN + "](?:[" + HAN + "0-9.,;:()%·×— -]*[" + HAN
            + "])?");

    /**
     * {@code html} (a page's body, escaped) with each run of Chinese in its text marked {@code lang="zh-CN"}: on the
     * English page the subject's name, the clauses quoted, places, addressees and terms in the readings are Chinese,
     * and a screen reader speaks them in Chinese only when told so (WCAG 3.1.2). Not inside a chart, whose text a
     * screen reader does not read (role="img", named in its label), nor in an attribute.
     */
    static String markChinese(String html) {
        return spanInText(html, CHINESE, "<span lang=\"zh-CN\">");
    }

    private void header(EvaluationResult r, PolicyDescription policy, IndicatorSummary s) {
        out.append("<header>\n<p class=\"policy\">").append(esc(t(policy.title()))).append(" <span class=\"id\">(")
                .append(esc(policy.id())).append(")</span></p>\n<h1>").append(esc(r.subjectName()))
                .append(" · ").append(esc(l("report.heading"))).append("</h1>\n<p class=\"meta\">")
                .append(esc(l("report.as-of"))).append(" <time datetime=\"").append(r.asOf()).append("\">")
                .append(r.asOf()).append("</time>");
        if (!policy.phases().isEmpty()) {
            Phase p = r.phase().orElse(null);
            out.append(" · ").append(esc(l("report.phase"))).append(" ").append(p == null ? esc(l("report.no-phase"))
                    : "<b>" + esc(t(p.title())) + "</b> <span class=\"cite\">[" + esc(p.citation()) + "]</span>");
        }
        out.append("</p>\n</header>\n");
        if (r.indicators().isEmpty()) {
            verdict(r);
            return;
        }

        boolean allMet = s.allMet();
        // named in the page's language: a screen reader lists it among the page's regions
        out.append("<section class=\"summary\" aria-label=\"").append(esc(l("report.summary")))
                .append("\">\n<p class=\"verdict ")
                .append(allMet ? "ok" : "ko").append("\">").append(allMet ? "✓ " : "✗ ")
                .append(esc(allMet ? l("report.verdict.all-met", new Count(s.total()))
                        : l("report.verdict.not-all-met", new Count(s.total()), new Count(s.met()))))
                        .append("</p>\n<div class=\"tiles\">\n");
        tile("met", "✓", s.met(), l("report.met"));
        tile("not-met", "✗", s.notMet(), l("report.not-met"));
        tile("unknown", "?", s.unknown(), l("report.unknown"));
        out.append("</div>\n");
        // what fell short first, then what could not be assessed
        List<Indicator> attention = new ArrayList<>(r.indicators().stream()
                .filter(i -> i.status() == IndicatorStatus.NOT_MET).toList());
        attention.addAll(r.indicators().stream().filter(i -> i.status() == IndicatorStatus.UNKNOWN).toList());
        if (!attention.isEmpty()) {
            out.append("<div class=\"attention\"><h2>").append(esc(l("report.attention"))).append("</h2>\n<ul>\n");
            for (Indicator i : attention) {
                out.append("<li class=\"").append(css(i.status())).append("\"><span class=\"sign\">")
                        .append(sign(i.status())).append("</span> <a href=\"#").append(esc(i.code())).append("\">")
                        .append(esc(t(i.title()))).append("</a>: ").append(esc(values(i)))
                        .append(" <span class=\"cite\">[")
                        .append(esc(i.citation())).append("]</span></li>\n");
            }
            out.append("</ul></div>\n");
        }
        out.append("</section>\n");
    }

    private void tile(String css, String sign, int n, String label) {
        out.append("<div class=\"tile ").append(css).append("\"><span class=\"n\">").append(Count.format(n))
                .append("</span><span class=\"label\">").append(sign).append(' ').append(esc(label))
                .append("</span></div>\n");
    }

    private static String css(IndicatorStatus s) {
        return switch (s) {
            case MET -> "met";
            case NOT_MET -> "not-met";
            case UNKNOWN -> "unknown";
        };
    }

    private static String sign(IndicatorStatus s) {
        return switch (s) {
            case MET -> "✓";
            case NOT_MET -> "✗";
            case UNKNOWN -> "?";
        };
    }

    private String status(IndicatorStatus s) {
        return l(switch (s) {
            case MET -> "report.met";
            case NOT_MET -> "report.not-met";
            case UNKNOWN -> "report.unknown";
        });
    }

    private String values(Indicator i) {
        if (i.yesNo()) {
            return yesNo(i.actual()) + " / " + yesNo(i.required());
        }
        String measure = names.measure(i);
        return IndicatorFormat.actual(i, lang, measure) + " / " + IndicatorFormat.required(i, lang, measure);
    }

    /** A yes/no figure in words: yes, no, or a dash when not supplied. */
    private String yesNo(BigDecimal v) {
        return v == null ? "—" : l(v.signum() != 0 ? "yes" : "no");
    }

    // ------------------------------------------------------------------ timeline

    private void timeline(EvaluationResult r, PolicyDescription policy) {
        List<Phase> phases = policy.phases();
        if (phases.isEmpty()) {
            return;
        }
        LocalDate start = phases.get(0).from();
        Phase last = phases.get(phases.size() - 1);
        LocalDate closedEnd = last.until() != null ? last.until() : last.from();
        long closedDays = ChronoUnit.DAYS.between(start, closedEnd) + 1;
        // an open-ended last phase gets a sixth of the drawing, shown fading out
        long openDays = last.until() == null ? Math.max(60, closedDays / 5) : 0;
        long total = closedDays + openDays;
        double x0 = 20;
        double width = 960;
        Phase current = r.phase().orElse(null);

        out.append("<section class=\"timeline\">\n<h2>").append(esc(l("report.timeline"))).append("</h2>\n")
                .append("<svg viewBox=\"0 0 1000 118\" width=\"100%\" role=\"img\" aria-label=\"")
                .append(esc(timelineLabel(r, phases))).append("\">\n")
                .append("<defs><linearGradient id=\"fade\" x1=\"0\" x2=\"1\"><stop offset=\"0\" "
                        + "stop-color=\"#dbe4f0\"/>")
                .append("<stop offset=\"1\" stop-color=\"#dbe4f0\" stop-opacity=\"0\"/></linearGradient>")
                // the current phase's white label keeps its full colour under it (6.6:1): an open end fades after 60%
                .append("<linearGradient id=\"fadeNow\" x1=\"0\" x2=\"1\"><stop offset=\"0\" stop-color=\"#2f5d9e\"/>")
                .append("<stop offset=\"0.6\" stop-color=\"#2f5d9e\"/>")
                .append("<stop offset=\"1\" stop-color=\"#2f5d9e\" stop-opacity=\"0.15\"/></linearGradient></defs>\n");
        for (int n = 0; n < phases.size(); n++) {
            Phase p = phases.get(n);
            long from = ChronoUnit.DAYS.between(start, p.from());
            long to = p.until() == null ? total : ChronoUnit.DAYS.between(start, p.until()) + 1;
            double x = x0 + width * from / total;
            double w = width * (to - from) / total;
            boolean now = p.equals(current);
            String fill = p.until() == null ? (now ? "url(#fadeNow)" : "url(#fade)") : now ? "#2f5d9e" : "#dbe4f0";
            out.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"34\" width=\"%.1f\" height=\"34\" fill=\"%s\" "
                    + "stroke=\"#ffffff\" stroke-width=\"2\"%s/>\n", x, w, fill, now ? " class=\"now\"" : ""));
            String label = (n + 1) + " " + t(p.title());
            // an open end's label is centred on its first 60%; the current one's, white, stays within it
            double room = p.until() == null && now ? w * 0.6 : w;
            String text = room >= label.length() * 13 + 8 ? label : String.valueOf(n + 1);
            out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"56\" text-anchor=\"middle\" "
                    + "class=\"%s\">%s</text>\n",
                    x + Math.min(w, p.until() == null ? w * 0.6 : w) / 2, now ? "seg now" : "seg", esc(text)));
            // first days on alternate rows, so that the dates of a short phase never run into the next
            out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"68\" y2=\"%d\" "
                    + "class=\"tick\"/>\n",
                    x, x, n % 2 == 0 ? 76 : 92));
            out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"date\">%s</text>\n", x + 3,
                    n % 2 == 0 ? 84 : 100, p.from()));
        }
        if (last.until() != null) {
            out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"84\" text-anchor=\"end\" "
                    + "class=\"date\">%s</text>\n",
                    x0 + width, last.until()));
        }
        long asOf = ChronoUnit.DAYS.between(start, r.asOf());
        double ax = x0 + width * Math.max(0, Math.min(total, asOf)) / total;
        boolean right = ax > x0 + width * 0.7;
        out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"22\" y2=\"74\" class=\"asof\"/>\n",
                ax, ax))
                .append(String.format(Locale.ROOT, "<polygon points=\"%.1f,30 %.1f,20 %.1f,20\" "
                        + "class=\"asof-mark\"/>\n",
                        ax, ax - 6, ax + 6))
                .append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"14\" text-anchor=\"%s\" "
                        + "class=\"asof-label\">%s</text>\n",
                        ax, right ? "end" : ax < x0 + 60 ? "start" : "middle",
                        esc(l("report.timeline.as-of", r.asOf()))))
                .append("</svg>\n<ol class=\"phases\">\n");
        for (Phase p : phases) {
            boolean now = p.equals(current);
            out.append("<li").append(now ? " class=\"now\"" : "").append("><b>").append(esc(t(p.title())))
                    .append("</b> ")
                    .append(p.from()).append(' ').append(p.until() == null ? esc(l("report.timeline.open"))
                            : esc(l("report.timeline.until")) + " " + p.until());
            if (now) {
                out.append(" <span class=\"badge-now\">").append(esc(l("report.timeline.current"))).append("</span>");
            }
            out.append(" <span class=\"cite\">[").append(esc(p.citation())).append("] <q>").append(esc(p.source()))
                    .append("</q></span>");
            String note = t(p.note());
            if (!note.isEmpty()) {
                out.append("<br><small>").append(note(note)).append("</small>");
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n</section>\n");
    }

    /**
     * What the timeline shows, for those who cannot see it: how many phases, which one the evaluation date falls in;
     * the list below it gives each phase's dates.
     */
    private String timelineLabel(EvaluationResult r, List<Phase> phases) {
        Phase p = r.phase().orElse(null);
        int n = p == null ? -1 : phases.indexOf(p);
        return n < 0 ? l("report.timeline.chart.none", phases.size(), r.asOf())
                : l("report.timeline.chart", phases.size(), r.asOf(), n + 1, OfficerText.inner(t(p.title())));
    }

    // ------------------------------------------------------------------ indicators

    private void indicators(EvaluationResult r) {
        out.append("<section class=\"indicators\">\n<h2>").append(esc(l("report.indicators"))).append("</h2>\n")
                .append("<p class=\"legend\">").append(esc(l("report.legend"))).append("</p>\n");
        openTable(l("report.indicators"), null, "report.col.status", "report.col.indicator",
                "barcol:report.col.progress", "report.col.values", "report.col.citation");
        for (Indicator i : r.indicators()) {
            row(i);
        }
        out.append("</tbody>\n");
        closeTable();
        out.append("</section>\n");
    }

    private void row(Indicator i) {
        String css = css(i.status());
        String measure = names.measure(i); // 件, 家…: what the clause counts the figures in, where it says
        out.append("<tr id=\"").append(esc(i.code())).append("\" class=\"ind ").append(css).append("\" data-status=\"")
                .append(i.status()).append("\">\n<td class=\"status\"><span class=\"badge ").append(css).append("\">")
                .append(sign(i.status())).append(' ').append(esc(status(i.status()))).append("</span></td>\n")
                .append("<td class=\"name\"><div class=\"title\">").append(esc(t(i.title())))
                .append("</div></td>\n<td class=\"barcol\">");
        if (i.yesNo()) {
            yesNoBox(i); // a fact, not a quantity: no bar
        } else {
            bar(i);
        }
        out.append("</td>\n<td class=\"values\"><span class=\"actual\">")
                .append(esc(i.yesNo() ? yesNo(i.actual()) : IndicatorFormat.actual(i, lang, measure)))
                .append("</span> / <span class=\"required\">")
                .append(esc(i.yesNo() ? yesNo(i.required()) : IndicatorFormat.required(i, lang, measure)))
                .append("</span>");
        if (i.due() != null) {
            out.append("<br><small class=\"").append(i.overdue() ? "overdue" : "due").append("\">")
                    .append(esc(l(IndicatorFormat.dueKey(i), i.due()))).append("</small>");
        }
        if (i.reference() != null && i.reference().value() != null) {
            out.append("<br><small>").append(esc(l("report.reference", t(i.reference().title()),
                    IndicatorFormat.value(i.reference().value(), i.unit(), measure)))).append("</small>");
        }
        String basis = IndicatorFormat.progressBasis(i, measure);
        if (basis != null) {
            String key = measure.isEmpty() ? "report.progress-basis" : "report.progress-basis.measured";
            out.append("<br><small>").append(esc(l(key, basis))).append("</small>");
        }
        if (i.detail() != null && !t(i.detail()).equals(l("report.no-figure"))) {
            out.append("<br><small class=\"detail\">").append(esc(names.prose(t(i.detail())))).append("</small>");
        }
        out.append("</td>\n<td class=\"cite\"><a href=\"#clause-").append(anchor(i.citation())).append("\">")
                .append(esc(i.citation())).append("</a></td>\n</tr>\n");
    }

    /**
     * A yes/no target as what it is, a fact: the answer in a box with its sign and word (yes ✓, no ✗, not supplied
     * ?), a dashed box when unknown, and the due date with "overdue" when it has passed unmet. No bar: a fact has no
     * progress to draw.
     */
    private void yesNoBox(Indicator i) {
        String css = css(i.status());
        out.append("<div class=\"yesno ").append(css).append(i.overdue() ? " overdue" : "").append("\">")
                .append(sign(i.status())).append(' ')
                .append(esc(i.actual() == null ? l("report.no-figure") : yesNo(i.actual()))).append("</div>");
        if (i.overdue()) {
            out.append("<div class=\"pct overdue\">").append(esc(l("indicator.overdue", i.due()))).append("</div>");
        } else if (i.due() != null) {
            out.append("<div class=\"pct\">").append(esc(l(IndicatorFormat.dueKey(i), i.due()))).append("</div>");
        }
    }

    /**
     * A bar of progress on a scale where the full width is {@link #SCALE} times the progress basis. A target decided
     * without progress (measured against a basis of 0 or none, as a nation that did not grow) has no fill and says
     * so; "no figure supplied" is said only of an unknown one.
     */
    private void bar(Indicator i) {
        String css = css(i.status());
        out.append("<div class=\"track ").append(css).append("\">");
        if (i.progress() != null) {
            BigDecimal shown = i.progress();
            if (i.status() == IndicatorStatus.NOT_MET && shown.compareTo(BigDecimal.ONE) >= 0) {
                // not met although at the limit (a strict "超过"): the bar stops short of the line, never full
                shown = new BigDecimal("0.99");
            }
            out.append("<div class=\"fill ").append(css).append("\" style=\"width:").append(percentOfScale(shown))
                    .append("%\"></div>");
        }
        // a basis of 0 or below (a nation that did not grow, or holds none) draws no line: nothing is measured against
        // it
        if (i.required() != null && i.progressBasis() != null && i.progressBasis().signum() > 0) {
            BigDecimal line = i.required().divide(i.progressBasis(), MathContext.DECIMAL64);
            out.append("<div class=\"target\" style=\"left:").append(percentOfScale(line)).append("%\"></div>");
            if (line.compareTo(BigDecimal.ONE) != 0) {
                out.append("<div class=\"basis\" style=\"left:").append(percentOfScale(BigDecimal.ONE))
                        .append("%\"></div>");
            }
        }
        if (i.progress() != null && i.progress().compareTo(SCALE) > 0) {
            out.append("<span class=\"over\">»</span>");
        }
        out.append("</div><div class=\"pct\">").append(esc(i.progress() != null ? TextReport.progress(i, lang)
                : l(i.status() == IndicatorStatus.UNKNOWN ? "report.no-figure" : "report.no-progress")))
                .append("</div>");
    }

    /**
     * A table, up to the start of its body, in the box it is drawn in ({@link #closeTable} closes both): on a narrow
     * screen (a phone, a window zoomed to 400%) the table scrolls sideways within the box and the page does not (WCAG
     * 1.4.10 lets a data table keep its columns). The box is a region named for the table ({@code name}, its
     * section's heading) in the page's language, and reachable with the keyboard, so that it can be scrolled without
     * a mouse. Each heading the header of its column ({@code scope="col"}, which screen readers announce with each
     * cell), named by its label's key, after {@code class:} where it has one.
     *
     * @param cssClass the table's class, or {@code null}
     */
    private void openTable(String name, String cssClass, String... headings) {
        out.append("<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"")
                .append(esc(l("report.table", name))).append("\">\n<table")
                .append(cssClass == null ? "" : " class=\"" + cssClass + "\"").append(">\n<thead><tr>");
        for (String h : headings) {
            int colon = h.indexOf(':');
            out.append("<th scope=\"col\"").append(colon < 0 ? "" : " class=\"" + h.substring(0, colon) + "\"")
                    .append('>').append(esc(l(h.substring(colon + 1)))).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
    }

    /** Ends the table {@link #openTable} began, after its body (and foot), and its box. */
    private void closeTable() {
        out.append("</table>\n</div>\n");
    }

    private static String percentOfScale(BigDecimal v) {
        BigDecimal p = v.min(SCALE).max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(100))
                .divide(SCALE, 2, RoundingMode.DOWN);
        return p.stripTrailingZeros().toPlainString();
    }

    // ------------------------------------------------------------------ warnings and clauses

    private void warnings(EvaluationResult r) {
        if (r.warnings().isEmpty()) {
            return;
        }
        out.append("<section class=\"warnings\">\n<h2>").append(esc(l("report.warnings"))).append("</h2>\n<ul>\n");
        for (Text w : r.warnings()) {
            out.append("<li>").append(esc(TextReport.warning(w, lang, names))).append("</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    /**
     * Every clause the result cites, in the order first cited, each with what the page lists under it (HTML); the
     * codes cited under each go into {@code codes}.
     */
    private Map<String, List<String>> clauses(EvaluationResult r, Map<String, Set<String>> codes) {
        Map<String, List<String>> byClause = new LinkedHashMap<>();
        for (Indicator i : r.indicators()) {
            cited(byClause, codes, i.citation(), i.code()).add(
                    "<span class=\"sign " + css(i.status()) + "\">" + sign(i.status()) + "</span> " + esc(t(i.title()))
                            + " <q>" + esc(i.source()) + "</q>");
        }
        r.awards().forEach(a -> {
            String line = "+ " + esc(t(a.subject()));
            cited(byClause, codes, a.citation(), a.code()).add(line);
            String limit = OfficerText.limitClauseBeside(a);
            if (limit != null) {
                cited(byClause, codes, limit, a.code()).add(line); // the clause that holds its amount open
            }
        });
        r.excluded().forEach(x -> {
            // ?: held out until the applicant chooses, not refused
            String line = (x.reason().awaitsApplicant() ? "? " : "− ") + esc(t(x.subject())) + l("bracket")
                    + esc(x.reason().text().in(lang)) + ")";
            cited(byClause, codes, x.citation(), x.code()).add(line);
            String granted = OfficerText.grantingClauseBeside(x);
            if (granted != null) {
                cited(byClause, codes, granted, x.code()).add(line); // the clause that would grant it
            }
        });
        r.conditions().forEach(c -> cited(byClause, codes, c.citation(), c.code()));
        r.deadlines().forEach(d -> cited(byClause, codes, d.citation(), d.code()));
        r.measures().forEach(m -> cited(byClause, codes, m.citation(), null));
        r.variants().forEach(v -> cited(byClause, codes, v.citation(), v.code()));
        return byClause;
    }

    /** The page's list under {@code citation}, noting {@code code} (may be null) as cited under it. */
    private static List<String> cited(Map<String, List<String>> byClause, Map<String, Set<String>> codes,
                                      String citation, String code) {
        Set<String> under = codes.computeIfAbsent(citation, k -> new HashSet<>());
        if (code != null) {
            under.add(code);
        }
        return byClause.computeIfAbsent(citation, k -> new ArrayList<>());
    }

    /**
     * The provisions the page means by {@code citation}, under which it cites {@code codes}. One paragraph of a text
     * may hold several provisions (jiaxing's §6(5)2 holds the enterprises' recognitions and the pledge-loan
     * interest): those whose codes were cited under it; where none was, those of it that are implemented and have no
     * code of their own (§7(1)'s limits, whose exclusions name the award they hold back), else its first. Empty when
     * the policy does not list the citation.
     */
    private static List<Provision> provisions(PolicyDescription policy, String citation, Set<String> codes) {
        List<Provision> all = policy.provisions().stream().filter(x -> x.citation().equals(citation)).toList();
        if (all.size() < 2) {
            return all;
        }
        List<Provision> named = all.stream().filter(x -> x.codes().stream().anyMatch(codes::contains)).toList();
        if (!named.isEmpty()) {
            return named;
        }
        List<Provision> general = all.stream()
                .filter(x -> x.codes().isEmpty() && x.status() == io.iprules.ProvisionStatus.IMPLEMENTED).toList();
        return general.isEmpty() ? all.subList(0, 1) : general;
    }

    /**
     * The notes this page prints: each phase's (on the timeline) and each cited provision's, in the page's language.
     */
    private List<String> notes(PolicyDescription policy, Map<String, List<Provision>> meant) {
        List<String> notes = new ArrayList<>();
        policy.phases().forEach(p -> notes.add(t(p.note())));
        meant.values().forEach(ps -> ps.forEach(p -> notes.add(t(p.note()))));
        return notes;
    }

    /**
     * A note as HTML: escaped, and its pointer to the module's file of readings ({@code (readings.json)}), which an
     * officer has no way to open, a link to this page's section of those readings instead.
     */
    private String note(String note) {
        int at = note.indexOf(OfficerText.READINGS_FILE);
        if (at < 0 || readings.isEmpty()) {
            return esc(note);
        }
        return esc(note.substring(0, at)) + "<a href=\"#readings\">"
                + esc(l("report.readings.see", l("report.readings")))
                + "</a>" + note(note.substring(at + OfficerText.READINGS_FILE.length()));
    }

    /** Every clause the result cites, in the order first cited, with the titles and notes of the provisions meant. */
    private void citations(Map<String, List<String>> byClause, Map<String, List<Provision>> meant) {
        if (byClause.isEmpty()) {
            return; // nothing cited (a request with no facts): no heading over an empty list
        }
        out.append("<section class=\"citations\">\n<h2>").append(esc(l("report.citations"))).append("</h2>\n<dl>\n");
        for (var e : byClause.entrySet()) {
            List<Provision> ps = meant.get(e.getKey());
            out.append("<dt id=\"clause-").append(anchor(e.getKey())).append("\">").append(esc(e.getKey()));
            for (int k = 0; k < ps.size(); k++) {
                out.append(k == 0 ? " · " : l("sep")).append(esc(t(ps.get(k).title())));
            }
            out.append("</dt>\n<dd>");
            if (!e.getValue().isEmpty()) {
                out.append("<ul>\n");
                for (String item : e.getValue()) {
                    out.append("<li>").append(item).append("</li>\n");
                }
                out.append("</ul>");
            }
            for (Provision p : ps) {
                if (!t(p.note()).isEmpty()) {
                    out.append("<p class=\"note\">").append(note(t(p.note()))).append("</p>");
                }
            }
            out.append("</dd>\n");
        }
        out.append("</dl>\n</section>\n");
    }

    /**
     * The readings that the notes on this page name (the clauses' notes cite them by id only), each with its id, the
     * clause it reads and its text, in the order the policy declares them; nothing when the notes name none.
     */
    private void readings() {
        if (readings.isEmpty()) {
            return;
        }
        out.append("<section class=\"readings\" id=\"readings\">\n<h2>").append(esc(l("report.readings")))
                .append("</h2>\n<dl>\n");
        for (Reading reading : readings) {
            out.append("<dt><code>").append(esc(reading.id())).append("</code> <span class=\"cite\">[")
                    .append(esc(reading.citation())).append("]</span></dt>\n<dd>").append(marked(t(reading.text())))
                    .append("</dd>\n");
        }
        out.append("</dl>\n</section>\n");
    }

    /**
     * A reading's text as HTML: its words as written, with comparisons as signs and figures grouped as on the rest of
     * the page, escaped; the names it gives in backticks (the readings are Markdown, written for the README too:
     * {@code `BEFORE_IN_FORCE`}) set as code, without the backticks. An unpaired backtick is text.
     */
    private static String marked(String text) {
        String[] parts = text.split("`", -1);
        if (parts.length % 2 == 0) {
            return esc(OfficerText.numbers(OfficerText.signs(text)));
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            b.append(i % 2 == 0 ? esc(OfficerText.numbers(OfficerText.signs(parts[i])))
                    : "<code>" + esc(parts[i]) + "</code>");
        }
        return b.toString();
    }

    /** A citation as an HTML id: letters and digits kept, anything else as its code point. */
    private static String anchor(String citation) {
        StringBuilder b = new StringBuilder();
        citation.codePoints().forEach(c -> {
            if (c < 128 && Character.isLetterOrDigit(c)) {
                b.append((char) c);
            } else {
                b.append('_').append(Integer.toHexString(c));
            }
        });
        return b.toString();
    }

    private String cite(String citation) {
        return "<a class=\"cite\" href=\"#clause-" + anchor(citation) + "\">" + esc(citation) + "</a>";
    }

    // ------------------------------------------------------------------ verdict, awards, conditions

    /** The verdict of a result without indicators: what is due, or how many conditions are not met. */
    private void verdict(EvaluationResult r) {
        Verdict verdict = Verdict.of(r);
        // nothing due yet while eligibility is open is not a refusal: its look is unknown, not red
        out.append("<section class=\"summary\" aria-label=\"").append(esc(l("report.summary")))
                .append("\">\n<p class=\"verdict ").append(verdict.look.cssClass).append("\">")
                .append(verdict.look.sign).append(' ').append(esc(l(verdict.key, verdict.arguments(r))))
                .append("</p>\n");
        if (verdict == Verdict.CONDITIONS_MET) {
            for (Provision p : names.notAssessed(r)) {
                out.append("<p class=\"not-assessed\">").append(esc(l("verdict.not-assessed", p.citation(),
                        OfficerText.inner(t(p.title()))))).append("</p>\n");
            }
        }
        long toNoAvail = Verdict.awaitingToNoAvail(r);
        if (toNoAvail > 0) { // a choice that adds nothing, said as the text says it
            out.append("<p class=\"meta\">").append(esc(l("verdict.awaiting-adds-nothing", new Count(toNoAvail))))
                    .append("</p>\n");
        }
        long missed = Verdict.missedDeadlines(r);
        if (missed > 0) {
            out.append("<p class=\"deadlines-missed\"><a href=\"#deadlines\">")
                    .append(esc(l("verdict.deadlines-missed", new Count(missed)))).append("</a></p>\n");
        }
        long unmet = Verdict.unmet(r);
        if (!r.conditions().isEmpty()) {
            out.append("<div class=\"tiles\">\n");
            tile("met", "✓", (int) (r.conditions().size() - unmet), l("report.conditions.met"));
            tile("not-met", "✗", (int) unmet, l("report.conditions.not-met"));
            out.append("</div>\n");
        }
        out.append("</section>\n");
    }

    /** Awards and exclusions as a budget: what is due, what is held back and why, what cannot be counted yet. */
    private void awards(EvaluationResult r) {
        if (!TextReport.showsBudget(r)) {
            return;
        }
        // an item held out only until the applicant chooses is not a refusal: neither held back nor due
        List<io.iprules.Exclusion> awaiting = r.excluded().stream().filter(x -> x.reason().awaitsApplicant()).toList();
        List<io.iprules.Exclusion> heldRows = heldRows(r);
        long paidBefore = r.excluded().stream().filter(x -> x.reason().paidBefore()).count();
        out.append("<section class=\"budget\">\n<h2>").append(esc(l("report.budget")))
                .append("</h2>\n<div class=\"tiles\">\n");
        long eligibility = TextReport.eligibilityUndetermined(r);
        dueTile(r, eligibility);
        // none undetermined is none left out: "0 项金额待定(未计入)" said something was
        moneyTile("unknown", r.undetermined() == 0 ? l("report.budget.undetermined.none")
                : l(TextReport.undeterminedKey("report.budget.undetermined", r), new Count(eligibility)),
                String.valueOf(r.undetermined()));
        // an amount not known is not 0.00: the known ones are summed and the others counted, or "—" if none is known
        Held held = held(heldRows, r.awards(), r.variants().stream().map(io.iprules.Variant::citation).toList());
        moneyTile("not-met", heldLabel(held, heldRows.stream().anyMatch(TextReport::isCut)),
                held.noneKnown() ? "—" : l("amount.yuan", io.iprules.kit.Yuan.format(held.known())));
        if (paidBefore > 0) { // counted, not summed: their would-be amounts were not what was paid before
            moneyTile("unknown", l("report.budget.paid-before"), String.valueOf(paidBefore));
        }
        if (!awaiting.isEmpty()) {
            long open = awaiting.stream().filter(x -> x.amount() == null).count();
            // under a maximum limit with no room left, choosing adds nothing: the tile says so, as the verdict does
            String toNoAvail = Verdict.choiceAddsNothing(r) ? ".adds-nothing" : "";
            moneyTile("unknown", open == 0 ? l("report.budget.awaiting" + toNoAvail, new Count(awaiting.size()))
                            : l("report.budget.awaiting.undetermined" + toNoAvail, new Count(awaiting.size()),
                                    new Count(open)),
                    open == awaiting.size() ? "—" : l("amount.yuan", io.iprules.kit.Yuan.format(amountOf(awaiting))));
        }
        out.append("</div>\n");
        openTable(l("report.budget"), "money", "report.col.status", "report.col.item", "num:report.col.amount",
                "report.col.why", "report.col.citation");
        if (r.awards().isEmpty() && r.excluded().isEmpty()) {
            out.append("<tr><td></td><td colspan=\"4\">").append(esc(l("none"))).append("</td></tr>\n");
        }
        Map<io.iprules.Award, TextReport.CapWait> capWaits = TextReport.capWaits(r);
        for (io.iprules.Award a : r.awards()) {
            String why = TextReport.awardWhy(a, lang, names, capWaits.get(a));
            // whether it is owed at all may be open (资格待定), which is not an amount still to be set (金额待定)
            boolean due = a.owed();
            out.append("<tr class=\"").append(due ? "met" : "unknown").append("\"><td><span class=\"badge ")
                    .append(due ? "met\">✓ " + esc(l("report.award.due")) : "unknown\">? " + esc(l(
                            a.eligibilityDetermined() ? "amount.undetermined.short"
                            : "eligibility.undetermined.short")))
                    .append("</span></td><td>").append(esc(t(a.subject()))).append("</td><td class=\"num\">")
                    .append(a.determined() ? esc(io.iprules.kit.Yuan.format(a.amount())) : "—").append("</td><td>")
                    .append(esc(why)).append("</td><td>").append(awardCitations(a)).append("</td></tr>\n");
        }
        for (io.iprules.Exclusion x : r.excluded()) {
            String why = TextReport.exclusionWhy(x, r.awards(), lang, names);
            boolean waits = x.reason().awaitsApplicant();
            // a matter paid before is not a refusal: badged as such, and not among the rows the held-back tile sums
            boolean paid = x.reason().paidBefore();
            String look = waits || paid ? "unknown" : "not-met";
            String badge = waits ? "? " + l("report.award.awaiting") : paid ? "− " + l("report.award.paid-before")
                    : "✗ " + l("report.award.held");
            out.append("<tr class=\"").append(look).append("\"><td><span class=\"badge ").append(look).append("\">")
                    .append(esc(badge))
                    .append("</span></td><td>").append(esc(t(x.subject()))).append(waits ? "</td><td class=\"num\">"
                            : "</td><td class=\"num struck\">")
                    .append(x.amount() == null ? "—" : esc(io.iprules.kit.Yuan.format(x.amount()))).append("</td><td>")
                    .append(esc(why)).append("</td><td>").append(exclusionCitations(x)).append("</td></tr>\n");
        }
        out.append("</tbody>\n<tfoot><tr><td></td><th scope=\"row\">").append(esc(l("report.budget.total")))
                .append("</th><td class=\"num\"><b>")
                .append(esc(io.iprules.kit.Yuan.format(r.total()))).append("</b></td><td colspan=\"2\">")
                .append(r.undetermined() == 0 ? "" : esc(l(TextReport.undeterminedKey(
                        "report.budget.plus-undetermined", r), new Count(r.undetermined()), new Count(eligibility))))
                .append("</td></tr></tfoot>\n");
        closeTable();
        out.append("</section>\n");
    }

    /**
     * An award's clauses: the one that grants it, then, in words, the maximum limit's that holds its known amount open
     * (jiaxing-2012 §7(1)), when one does.
     */
    private String awardCitations(io.iprules.Award a) {
        String limit = OfficerText.limitClauseBeside(a);
        if (limit == null) {
            return cite(a.citation());
        }
        String marker = "\uE000"; // a private-use character: no request's text is in the template
        return cite(a.citation()) + "<br><small>" + esc(l("line.cited", marker)).replace(marker, cite(limit))
                + "</small>";
    }

    /**
     * An excluded item's clauses: the one that would grant it, then, in words, the one that holds it back (the
     * text's "由 §7(3) 排除"); one link when they are the same clause.
     */
    private String exclusionCitations(io.iprules.Exclusion x) {
        String granted = OfficerText.grantingClauseBeside(x);
        if (granted == null) {
            return cite(x.citation());
        }
        String marker = "\uE000"; // a private-use character: no request's text is in the template
        String by = esc(l(x.reason().awaitsApplicant() ? "line.cited" : "line.excluded-by", marker))
                .replace(marker, cite(x.citation()));
        return cite(granted) + "<br><small>" + by + "</small>";
    }

    /**
     * The rows the held-back tile sums: the items excluded, but those held out until the applicant acts and those not
     * paid because their matter was paid before ({@link io.iprules.ExclusionReason#paidBefore()}), which refuse no
     * money the applicant has not had (the tile had counted jiaxing-2012's 已享受过补助 rows as held back).
     */
    static List<io.iprules.Exclusion> heldRows(EvaluationResult r) {
        return r.excluded().stream().filter(x -> !x.reason().awaitsApplicant() && !x.reason().paidBefore()).toList();
    }

    /**
     * What the held-back tile shows: {@code known}, the sum over the items whose amounts are known;
     * {@code listed}, the rows' known amounts as listed, before anything paid all the same is taken off; {@code rows},
     * how many rows are held back; {@code undetermined}, how many of them have no amount ({@code null}: a reward not
     * set, a limit used up), which were summed as nothing (0.00 元 for jiaxing-one-mark-two-honours); what the
     * tile takes off {@code listed}: {@code paid}, what is still awarded of an item held back (a top-up), and
     * {@code twice}, the parts a limit cut of an item already held back whole (a top-up cut), so that {@code known} is
     * {@code listed - paid - twice}.
     */
    record Held(BigDecimal known, BigDecimal listed, int rows, int undetermined, BigDecimal paid, BigDecimal twice) {
        /** Whether every row held back has no amount: the tile shows "—", not 0.00. */
        boolean noneKnown() {
            return undetermined > 0 && undetermined == rows;
        }
    }

    /**
     * What the items held back would have been, less what is paid of them all the same: an item excluded as paid
     * before but topped up (jiaxing-2012's top-up variant) is held back by its would-be amount less the top-up, not by
     * all of it, which the "due" tile counts too (where its reason is not marked {@code paidBefore}: one marked so is
     * not among the rows held back at all, {@link #heldRows}, and the top-up's cut or refusal stands alone). A
     * limit's exclusion ({@code CAP}) is the part cut, held back whole, unless it cuts a top-up of an item already
     * held back whole, which counts it already; so does a top-up line held back whole (the applicant chose the other
     * policy line): it is part of its item's would-be amount.
     * <p>
     * An item is its code, subject id and date ({@link TextReport#item}), not its subject, which is words: the engine
     * names the top-up line, and a limit's cut of it, as the top-up of the item (…的差额补足), where the item held back
     * keeps its own name. A top-up is the line of a variant the result applied: granted under the variant's clause
     * ({@code variantClauses}, jiaxing-2012's TOP_UP under §7(1), where §6(5)2 grants the item;
     * {@link TextReport#grantedBy}); an award of the item under its own clause is another item of that day, not paid
     * of it (one brand honoured 浙江省著名商标 and 中国驰名商标 on one day, the better standing). One brand's two honours,
     * or two recognitions of one type on other days, are no part of each other. That sum is the {@link Held#known} of
     * the held-back tile's figures.
     */
    static Held held(List<io.iprules.Exclusion> held, List<io.iprules.Award> awards,
                     java.util.Collection<String> variantClauses) {
        java.util.Set<String> ofVariant = new java.util.HashSet<>(variantClauses); // HashSet: a null clause is none
        Map<List<Object>, List<io.iprules.Exclusion>> byItem = new java.util.LinkedHashMap<>();
        for (io.iprules.Exclusion x : held) {
            byItem.computeIfAbsent(TextReport.item(x), k -> new ArrayList<>()).add(x);
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal twice = BigDecimal.ZERO;
        for (Map.Entry<List<Object>, List<io.iprules.Exclusion>> item : byItem.entrySet()) {
            Map<Boolean, List<io.iprules.Exclusion>> byVariant = item.getValue().stream().collect(
                    java.util.stream.Collectors.partitioningBy(x -> ofVariant.contains(TextReport.grantedBy(x))));
            List<io.iprules.Exclusion> own = byVariant.get(false).stream().filter(x -> !TextReport.isCut(x)).toList();
            if (own.isEmpty()) {
                total = total.add(amountOf(item.getValue())); // cuts of awards, or a top-up whose item is not held
                continue;
            }
            BigDecimal paidAllTheSame = awards.stream().filter(a -> a.determined()
                            && item.getKey().equals(TextReport.item(a)) && ofVariant.contains(TextReport.grantedBy(a)))
                    .map(io.iprules.Award::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal ownAmount = amountOf(own);
            List<io.iprules.Exclusion> ownCuts = byVariant.get(false).stream().filter(TextReport::isCut).toList();
            total = total.add(ownAmount.subtract(paidAllTheSame).max(BigDecimal.ZERO)).add(amountOf(ownCuts));
            paid = paid.add(paidAllTheSame.min(ownAmount));
            twice = twice.add(amountOf(byVariant.get(true))); // the top-up's lines, cut or held whole
        }
        int undetermined = (int) held.stream().filter(x -> x.amount() == null).count();
        return new Held(total, amountOf(held), held.size(), undetermined, paid, twice);
    }

    /** What {@code items} would be in all (those with an amount). */
    private static BigDecimal amountOf(List<io.iprules.Exclusion> items) {
        return items.stream().map(io.iprules.Exclusion::amount).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The held-back tile's words: exactly what its figure sums, the amounts of the rows held back, and what it takes
     * off them, with the figures, where the rows' sum is not the tile's (a top-up paid of an item held back); how many
     * rows have no amount. 不予补助(本应) over two tiers of one matter read as 350,000 the applicant would have had; it
     * stays where it is exact, over one row's whole would-be amount.
     */
    private String heldLabel(Held held, boolean cuts) {
        if (held.rows() == 0) { // nothing held back: 不予补助(本应) over 0.00 read as something that would have been
            return l("report.budget.held.none");
        }
        if (held.noneKnown()) {
            return l("report.budget.held.none-known", new Count(held.undetermined()));
        }
        String more = held.undetermined() == 0 ? "" : l("report.budget.held.more", new Count(held.undetermined()));
        if (held.paid().signum() == 0 && held.twice().signum() == 0) {
            // one item's would-be amount is what 本应 says; rows of one matter, or a limit's cut, are not
            return l(held.rows() == 1 && !cuts ? "report.budget.held.one" : "report.budget.held", more);
        }
        return l("report.budget.held.listed", io.iprules.kit.Yuan.format(held.listed()),
                held.paid().signum() == 0 ? "" : l("report.budget.held.less-paid",
                        io.iprules.kit.Yuan.format(held.paid())),
                held.twice().signum() == 0 ? ""
                        : l("report.budget.held.less-twice", io.iprules.kit.Yuan.format(held.twice())), more);
    }

    /**
     * The tile of what is due (应予补助合计): green over the total where every award's amount and eligibility are known.
     * Where some are still open (金额待定, 资格待定) the total is not the sum to pay, and the tile is grey, as the
     * verdict of amounts all open is: over the sum of the amounts known (已定金额合计), saying what it leaves out in the
     * words the text's total and the table's foot use; or, none known, over "—", as the held-back tile is, not 0.00
     * (jiaxing-2012 with no parameter set had shown 应予补助合计 0.00 元 in green beside a grey 金额待定). A known amount
     * whose eligibility is open is not known to be due: with none other, the tile is "—" too. Green is money due: a
     * total of 0.00 is grey too, where nothing is due or nothing yet (jiaxing-2012 with every item held back, or with
     * one awaiting the applicant's choice, had shown 0.00 元 in green beside a verdict ✗ or ?).
     */
    private void dueTile(EvaluationResult r, long eligibility) {
        String total = l("amount.yuan", io.iprules.kit.Yuan.format(r.total()));
        if (r.undetermined() == 0) {
            moneyTile(r.total().signum() > 0 ? "met" : "unknown", l("report.budget.due"), total);
        } else if (r.awards().stream().noneMatch(io.iprules.Award::owed)) {
            moneyTile("unknown", l(TextReport.undeterminedKey("report.budget.due.none-known", r),
                    new Count(r.undetermined()), new Count(eligibility)), "—");
        } else {
            String leftOut = l(TextReport.undeterminedKey("report.budget.plus-undetermined", r),
                    new Count(r.undetermined()), new Count(eligibility));
            moneyTile("unknown", l("report.budget.due.known", leftOut), total);
        }
    }

    private void moneyTile(String css, String label, String value) {
        out.append("<div class=\"tile ").append(css).append("\"><span class=\"n money\">").append(esc(value))
                .append("</span><span class=\"label\">").append(esc(label)).append("</span></div>\n");
    }

    /** Conditions grouped by whom they are about, each met or not with actual, required and gap. */
    private void conditions(EvaluationResult r) {
        if (r.conditions().isEmpty()) {
            return;
        }
        out.append("<section class=\"conditions\">\n<h2>").append(esc(l("section.conditions"))).append("</h2>\n");
        openTable(l("section.conditions"), null, "report.col.status", "report.col.condition", "num:report.col.actual",
                "num:report.col.required", "num:report.col.gap", "report.col.citation");
        String subject = null;
        for (io.iprules.Condition c : r.conditions()) {
            if (!c.subject().equals(subject)) {
                // each city's or park's rows a group of their own, headed by its name: a screen reader says whose
                // condition a cell is, as the eye sees from the group's row above
                out.append(subject == null ? "" : "</tbody>\n<tbody>\n");
                subject = c.subject();
                out.append("<tr class=\"group\"><th colspan=\"6\" scope=\"rowgroup\">").append(esc(subject))
                        .append("</th></tr>\n");
            }
            String css = c.met() ? "met" : "not-met";
            out.append("<tr class=\"").append(css).append("\"><td><span class=\"badge ").append(css).append("\">")
                    .append(c.met() ? "✓ " : "✗ ").append(esc(l(c.met() ? "condition.met" : "condition.not-met")))
                    .append("</span></td><td>").append(esc(c.detail() != null ? names.prose(t(c.detail()))
                            : names.nameOr(c.code())))
                    .append("</td><td class=\"num\">").append(esc(conditionValue(c.actual())))
                    .append("</td><td class=\"num\">")
                    .append(esc(conditionValue(c.required()))).append("</td><td class=\"num\">")
                    .append(c.gap() == null ? "" : esc(OfficerText.figure(OfficerText.numbers(c.gap()))))
                    .append("</td><td>")
                    .append(cite(c.citation())).append("</td></tr>\n");
        }
        out.append("</tbody>\n");
        closeTable();
        out.append("</section>\n");
    }

    /**
     * A condition's actual or required value as read ({@link OfficerText#value}), else "—", as the indicators' table
     * marks a figure it has not: a value not given, or one the condition's own words tell (a JSON name such as
     * pilot-city-2017's {@code ipOffice+smeAuthority}). An empty cell beside rows reading 是 / 是 had left the officer
     * to guess whether something was missing.
     */
    private String conditionValue(String v) {
        String read = names.value(v);
        return read == null ? "—" : read;
    }

    // ------------------------------------------------------------------ deadlines, measures, readings

    /** The longest run of days a deadline's timeline draws; longer spans are cut at the end, marked "…". */
    private static final int MAX_DAYS = 70;

    /**
     * Each deadline as a timeline of days from its start to the later of the deadline and the day done (or the
     * evaluation date while pending): rest days shaded from the official calendar, the deadline marked.
     */
    private void deadlines(EvaluationResult r) {
        if (r.deadlines().isEmpty()) {
            return;
        }
        io.iprules.kit.calendar.WorkingDayCalendar calendar = calendarOf(r);
        out.append("<section class=\"deadlines\" id=\"deadlines\">\n<h2>").append(esc(l("section.deadlines")))
                .append("</h2>\n")
                .append("<p class=\"legend\">").append(esc(l("report.deadline.legend"))).append("</p>\n");
        for (io.iprules.Deadline d : r.deadlines()) {
            Boolean met = d.met();
            String css = met == null ? "unknown" : met ? "met" : "not-met";
            // which deadline, in the policy's words, else its code: a heading of the status alone said not which
            String what = names.nameOr(d.code());
            out.append("<div class=\"deadline ").append(css).append("\"><p><span class=\"badge ").append(css)
                    .append("\">")
                    .append(met == null ? "? " : met ? "✓ " : "✗ ").append(esc(l("deadline." + d.status().name())))
                    .append("</span> <b>").append(esc(what)).append("</b> ")
                    .append(d.subject() == null ? "" : esc(d.subject()) + " ").append(cite(d.citation()))
                    .append("</p>\n");
            List<String> parts = TextReport.deadlineFacts(d, lang, names);
            out.append("<p class=\"facts\">").append(esc(String.join(l("sep"), parts))).append("</p>\n");
            if (d.start() != null && calendar != null) {
                LocalDate end = d.deadline() == null ? r.asOf() : d.deadline();
                if (d.done() != null && d.done().isAfter(end)) {
                    end = d.done();
                }
                if (d.done() == null && r.asOf().isAfter(end)) {
                    end = r.asOf();
                }
                days(calendar, d, r.asOf(), d.start(), end);
            }
            if (!d.calendar().isEmpty()) {
                out.append("<p class=\"cite\">").append(esc(l("report.deadline.calendar",
                        String.join(l("list.sep"), d.calendar()))))
                        .append("</p>\n");
            }
            out.append("</div>\n");
        }
        out.append("</section>\n");
    }

    /**
     * The calendar the result's deadlines were counted on, which the timeline shades its days from: the one whose
     * digest the receipt records (a deployment's {@code --calendar} years included: the bundled notices alone drew
     * the days of a deployment's 2027 as not covered, beside a deadline counted on them), the bundled notices for a
     * result without a receipt (one built by hand); {@code null} when the receipt names a calendar not built in this
     * JVM, whose days the page then does not draw rather than draw them from another calendar.
     */
    static io.iprules.kit.calendar.WorkingDayCalendar calendarOf(EvaluationResult r) {
        String digest = r.receipt().map(x -> x.data().get(io.iprules.kit.KitModule.CALENDAR)).orElse(null);
        return digest == null ? io.iprules.kit.calendar.WorkingDayCalendar.china()
                : io.iprules.kit.calendar.WorkingDayCalendar.withDigest(digest).orElse(null);
    }

    private void days(io.iprules.kit.calendar.WorkingDayCalendar calendar, io.iprules.Deadline d, LocalDate asOf,
                      LocalDate from, LocalDate to) {
        long n = Math.min(MAX_DAYS, ChronoUnit.DAYS.between(from, to) + 1);
        if (n <= 0) {
            return;
        }
        double cell = Math.min(28, 960.0 / n);
        // its label names the days drawn; the line above it gives the deadline and the working days counted
        out.append(String.format(Locale.ROOT, "<svg viewBox=\"0 0 %.1f 62\" width=\"%.1f\" class=\"days\" role=\"img\" "
                + "aria-label=\"%s\">\n", cell * n + 2, cell * n + 2,
                esc(l("report.deadline.days", from, from.plusDays(n - 1), n))));
        for (int k = 0; k < n; k++) {
            LocalDate day = from.plusDays(k);
            var kind = calendar.dayKind(day);
            String kindKey = kind == io.iprules.kit.calendar.DayKind.REST ? "rest"
                    : kind == io.iprules.kit.calendar.DayKind.WORKING ? "work" : "unk";
            String cls = kindKey;
            if (day.equals(d.deadline())) {
                cls += " due";
            }
            if (day.equals(d.done())) {
                cls += " done";
            }
            double x = 1 + k * cell;
            out.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"14\" width=\"%.1f\" height=\"22\" class=\"%s\">"
                    + "<title>%s %s</title></rect>\n", x, cell - 1, cls, day,
                    esc(l("report.deadline.day." + kindKey))));
            if (day.getDayOfMonth() == 1 || k == 0 || day.equals(d.deadline()) || day.equals(d.done())) {
                out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"50\" class=\"dd\">%s</text>\n", x,
                        day.getMonthValue() + "/" + day.getDayOfMonth()));
            }
            if (day.equals(d.deadline())) {
                out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"10\" class=\"due-label\">%s</text>\n",
                        x, esc(l("report.deadline.due"))));
            }
            if (day.equals(d.done())) {
                out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"60\" class=\"done-label\">%s</text>\n",
                        x, esc(l("report.deadline.done"))));
            }
            if (day.equals(asOf) && d.done() == null) {
                out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"12\" y2=\"38\" "
                        + "class=\"asof\"/>\n",
                        x + cell / 2, x + cell / 2));
            }
        }
        out.append("</svg>\n");
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            out.append("<span class=\"cite\">… ").append(esc(to.toString())).append("</span>\n");
        }
    }

    private void measures(EvaluationResult r) {
        if (r.measures().isEmpty()) {
            return;
        }
        out.append("<section class=\"measures\">\n<h2>").append(esc(l("section.measures"))).append("</h2>\n");
        openTable(l("section.measures"), null, "report.col.addressee", "report.col.measure", "report.col.citation");
        for (io.iprules.Measure m : r.measures()) {
            out.append("<tr><td class=\"addressee\">").append(esc(m.addressee()));
            // a place within the addressee, with the scope the text gives it (蒙东地区: five leagues)
            if (m.place() != null) {
                out.append("<br><small class=\"place\">").append(esc(m.place()))
                        .append(m.scope().isEmpty() ? "" : esc("(" + String.join(l("list.sep"), m.scope()) + ")"))
                        .append("</small>");
            }
            out.append("</td><td>")
                    .append(esc(names.prose(t(m.text())))).append("</td><td>").append(cite(m.citation()))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n");
        closeTable();
        out.append("</section>\n");
    }

    private void variants(EvaluationResult r, PolicyDescription policy) {
        if (r.variants().isEmpty()) {
            return;
        }
        out.append("<section class=\"variants\">\n<h2>").append(esc(l("section.variants"))).append("</h2>\n<ul>\n");
        for (io.iprules.Variant v : r.variants()) {
            out.append("<li>").append(esc(TextReport.variantWhy(v, lang, names)))
                    .append(" ").append(cite(v.citation())).append("</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    private static final String CSS = """
            /* --unk, the grey of "no figure" and "undetermined": 4.5:1 (WCAG AA) on its tile and on a row not met */
            :root { --met: #1a7f37; --met-bg: #dafbe1; --ko: #c62828; --ko-bg: #ffebe9; --unk: #67707a; \
            --unk-bg: #f2f3f5;
                    --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --accent: #2f5d9e; }
            * { box-sizing: border-box; }
            body { margin: 0; background: #f6f8fa; color: var(--ink);
                   font: 15px/1.5 "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", \
            "SimSun", system-ui, sans-serif; }
            /* a word longer than its line (a name without spaces, a long number) breaks at the line's end instead of
               running past the page's edge, on the screen and on paper; a table's columns are laid out as before */
            main { max-width: 1180px; margin: 0 auto; padding: 24px 28px 40px; background: #fff; \
            overflow-wrap: break-word; }
            header .policy { margin: 0; color: var(--muted); }
            header .id { font-family: ui-monospace, monospace; font-size: 13px; }
            h1 { margin: 4px 0 6px; font-size: 26px; }
            h2 { font-size: 18px; margin: 26px 0 10px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
            .meta { margin: 0; color: var(--muted); }
            .cite { color: var(--muted); font-size: 13px; }
            q { quotes: "“" "”"; }
            .summary { margin-top: 18px; }
            .verdict { font-size: 20px; font-weight: 700; margin: 8px 0 12px; }
            .verdict.ok { color: var(--met); } .verdict.ko { color: var(--ko); } .verdict.unknown { color: var(--unk); }
            .not-assessed { margin: -6px 0 12px; color: var(--muted); }
            .deadlines-missed { margin: -6px 0 12px; color: var(--ko); font-weight: 600; }
            .deadlines-missed a { color: inherit; }
            .tiles { display: flex; gap: 12px; }
            .tile { flex: 1; border-radius: 8px; padding: 10px 14px; border: 2px solid; display: flex; \
            align-items: baseline; gap: 10px;
              flex-wrap: wrap; }
            /* the words beside the figure where five characters fit there, else under it (five tiles in a row left a
               figure of 300,000.00 元 a character's width for its words, one per line) */
            .tile .label { flex: 1 1 5em; }
            .tile .n { font-size: 34px; font-weight: 800; line-height: 1; }
            .tile.met { border-color: var(--met); background: var(--met-bg); color: var(--met); }
            .tile.not-met { border-color: var(--ko); color: var(--ko);
                background: repeating-linear-gradient(135deg, var(--ko-bg) 0 8px, #fff 8px 14px); }
            .tile.unknown { border: 2px dashed var(--unk); background: var(--unk-bg); color: var(--unk); }
            .attention { margin-top: 14px; border-left: 4px solid var(--ko); padding: 2px 14px; background: #fffafa; }
            .attention h2 { border: 0; margin: 8px 0 4px; font-size: 16px; }
            .attention ul { margin: 4px 0 10px; padding-left: 4px; list-style: none; }
            .attention li.not-met .sign { color: var(--ko); font-weight: 800; }
            .attention li.unknown .sign { color: var(--unk); font-weight: 800; }
            .attention a { color: inherit; font-weight: 600; }
            svg text { font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "SimSun", system-ui, \
            sans-serif; }
            svg .seg { font-size: 13px; fill: #24364f; }
            svg .seg.now { fill: #fff; font-weight: 700; }
            svg .date { font-size: 11px; fill: var(--muted); }
            svg .tick { stroke: #8c959f; stroke-width: 1; }
            svg .asof { stroke: #d4380d; stroke-width: 2.5; }
            svg .asof-mark { fill: #d4380d; }
            svg .asof-label { font-size: 12px; fill: #d4380d; font-weight: 700; }
            ol.phases { margin: 4px 0 0; padding-left: 22px; color: var(--muted); font-size: 14px; }
            ol.phases li.now { color: var(--ink); }
            .badge-now { background: var(--accent); color: #fff; border-radius: 4px; padding: 0 6px; font-size: 12px; }
            .legend { color: var(--muted); font-size: 13px; margin: 0 0 8px; }
            table { width: 100%; border-collapse: collapse; }
            th { text-align: left; font-size: 13px; color: var(--muted); border-bottom: 2px solid var(--line); \
            padding: 6px 8px; }
            td { border-bottom: 1px solid var(--line); padding: 8px; vertical-align: top; }
            tr.not-met td { background: #fff8f7; }
            .badge { display: inline-block; white-space: nowrap; border-radius: 4px; padding: 1px 8px; \
            font-weight: 700; font-size: 13px; border: 1.5px solid; }
            .badge.met { color: var(--met); border-color: var(--met); background: var(--met-bg); }
            .badge.not-met { color: #fff; border-color: var(--ko); background: var(--ko); }
            .badge.unknown { color: var(--unk); border-style: dashed; border-color: var(--unk); background: #fff; }
            .name .title { font-weight: 600; }
            .name .code { font-family: ui-monospace, monospace; font-size: 11px; color: var(--muted); }
            .barcol { width: 32%; }
            .track { position: relative; height: 18px; border-radius: 4px; background: #eaeef2; overflow: hidden; \
            margin-top: 3px; }
            .track.unknown { background: #fff; border: 2px dashed var(--unk); }
            .fill { height: 100%; }
            .yesno { display: inline-block; margin-top: 3px; padding: 1px 10px; border-radius: 4px; font-weight: 700; \
            border: 1.5px solid; }
            .yesno.met { color: var(--met); border-color: var(--met); background: var(--met-bg); }
            .yesno.not-met { color: #fff; border-color: var(--ko); background: var(--ko); }
            .yesno.unknown { color: var(--unk); border-style: dashed; border-color: var(--unk); background: #fff; }
            .overdue { color: var(--ko); font-weight: 700; }
            .fill.met { background: var(--met); }
            .fill.not-met { background: repeating-linear-gradient(135deg, var(--ko) 0 6px, #f4a09a 6px 10px); }
            .target { position: absolute; top: -2px; bottom: -2px; width: 3px; margin-left: -1px; \
            background: var(--ink); }
            .basis { position: absolute; top: 0; bottom: 0; width: 0; border-left: 2px dotted var(--muted); }
            .over { position: absolute; right: 4px; top: -2px; color: #fff; font-weight: 800; }
            .pct { font-size: 12px; color: var(--muted); margin-top: 2px; }
            .values { white-space: nowrap; font-variant-numeric: tabular-nums; }
            .values .actual { font-weight: 700; }
            .values small { color: var(--muted); white-space: normal; }
            .values .detail { color: var(--unk); }
            td.cite q { color: var(--ink); }
            .warnings ul { padding-left: 20px; }
            .citations dt { font-weight: 700; margin-top: 10px; }
            .citations dd { margin: 2px 0 0 0; }
            .citations ul { list-style: none; padding-left: 8px; margin: 2px 0; }
            .citations .sign.met { color: var(--met); } .citations .sign.not-met { color: var(--ko); \
            } .citations .sign.unknown { color: var(--unk); }
            .citations code { font-size: 12px; }
            .citations .note { margin: 2px 0 0 8px; color: var(--muted); font-size: 13px; }
            .citations .note a, ol.phases small a { color: inherit; }
            .readings dt { margin-top: 10px; }
            .readings dt code { font-size: 13px; font-weight: 700; }
            .readings dd { margin: 2px 0 0 8px; font-size: 14px; }
            .readings dd code { font-size: 12px; }
            .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
            .nw { white-space: nowrap; }
            .struck { text-decoration: line-through; color: var(--muted); }
            .tile .n.money { font-size: 22px; white-space: nowrap; }
            /* whose rows follow: a name from the request, which spans the table and must not widen it */
            tr.group th { background: #f6f8fa; color: var(--ink); font-size: 14px; padding-top: 10px; \
            overflow-wrap: anywhere; }
            tfoot th, tfoot td { border-top: 2px solid var(--line); padding: 8px; }
            td.cite, a.cite { white-space: nowrap; color: var(--muted); font-size: 13px; }
            .deadline { margin: 10px 0 16px; }
            .deadline p { margin: 2px 0; }
            .deadline .facts { color: var(--muted); font-size: 14px; }
            svg.days rect.work { fill: #ffffff; stroke: #8c959f; }
            /* a rest day stands apart from a working day's white at 3.4:1 (WCAG 1.4.11; its former grey, 1.5:1), and
               each day's title names its kind, so that colour is not the only sign of it (1.4.1) */
            svg.days rect.rest { fill: #848d97; stroke: #848d97; }
            svg.days rect.unk { fill: #fff; stroke: #8c959f; stroke-dasharray: 2 2; }
            svg.days rect.due { stroke: var(--ko); stroke-width: 3; }
            svg.days rect.done { fill: var(--accent); }
            svg.days .dd { font-size: 10px; fill: var(--muted); }
            svg.days .due-label { font-size: 10px; fill: var(--ko); font-weight: 700; }
            svg.days .done-label { font-size: 10px; fill: var(--accent); font-weight: 700; }
            td.addressee { white-space: nowrap; font-weight: 600; }
            footer { margin-top: 28px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); \
            padding-top: 8px; }
            /* a line of 180 mm, about 680 px: on paper, and on a narrow screen, where a table keeps its paper width and
               scrolls in its box (below). Charts scale down to the line (what they show is also said in words beside
               them), columns share it, long values wrap */
            @media print, screen and (max-width: 1000px) {
              svg { max-width: 100%; height: auto; }
              th, td, tfoot th, tfoot td { padding-left: 6px; padding-right: 6px; }
              td.values, td.addressee .place { white-space: normal; }
              .values .actual { white-space: nowrap; }
              :lang(en) table.money th.num { white-space: normal; }
              /* in English a status badge may take two lines (? amount / undetermined), leaving the reason its
                 width; a Chinese badge is short, and wrapped it would break inside a word */
              :lang(en) table.money .badge { white-space: normal; }
              /* the required value: a list of alternatives wraps, a date (≤ 2017-07-31) does not */
              .conditions td.num:nth-child(4) { white-space: normal; min-width: 7.5em; }
              .indicators td.name { width: 22%; }
              .indicators .barcol { width: 18%; }
            }
            /* a narrow screen, a phone or a window zoomed in (320 CSS px at 400%: WCAG 1.4.10 Reflow): the page does \
            not
               scroll sideways. Below 1000 px, where an English row of four tiles or the northeast targets' table no
               longer fits; never on paper, nor on the wide screen, which is drawn as before */
            @media screen and (max-width: 1000px) {
              /* the padding goes to the text; a long unbroken string (a code, a citation, an address) wraps */
              main { padding: 16px 12px 32px; overflow-wrap: anywhere; }
              /* a table keeps the width it has on paper, where its columns were measured, and scrolls sideways in its
                 box (a named region that takes the keyboard's focus); its words break only between words */
              .scroll { overflow-x: auto; overflow-wrap: normal; }
              .scroll > table { min-width: 680px; }
              /* tiles stack, a tile's figure above its words when they do not fit beside it */
              .tiles { flex-wrap: wrap; }
              .tile { flex: 1 1 12em; flex-wrap: wrap; }
            }
            /* paper, as officers file the page: A4; nothing from here on changes the screen */
            @page { size: A4; margin: 15mm 15mm 16mm;
                    @bottom-left { content: PAGE_FOOTER; font: 9pt sans-serif; color: #454d56; }
                    @bottom-right { content: counter(page) " / " counter(pages); font: 9pt sans-serif; color: #454d56;
                                    white-space: nowrap; } }
            @media print {
              /* white paper and the page's full width: the screen's grey surround, centred column and padding go */
              body { background: #fff; }
              main { max-width: none; margin: 0; padding: 0; }
              /* greys a shade darker: small grey text fades on a laser printer and on a copy */
              :root { --muted: #454d56; --unk: #59616b; --line: #afb8c1; }
              /* the colours that carry status print even where the browser leaves backgrounds out, its default */
              .tile, .badge, .yesno, .track, .badge-now { -webkit-print-color-adjust: exact; \
            print-color-adjust: exact; }
              /* not split across two pages: a row, a tile, a deadline with its days, an item with its note, a chart */
              tr, .tile, .deadline, .attention li, ol.phases li, .citations dd, .readings dd, svg {
                  break-inside: avoid; }
              /* a heading, a legend, a group's row or a clause stays with what follows it */
              h1, h2, .legend, tr.group, .citations dt, .readings dt { break-after: avoid; }
              /* column headings again on each page; the total once, after the last row: Chromium repeats a tfoot at
                 the foot of every page, where it reads as that page's total */
              thead { display: table-header-group; }
              tfoot { display: table-row-group; }
              /* its words are at the foot of every page (@bottom-left), where they do not take a page of their own */
              footer { display: none; }
              /* a link leads nowhere on paper */
              a { color: inherit; text-decoration: none; }
              /* 180 mm is about 680 px, and anything wider makes Chromium shrink the whole page: the timeline is
                 scaled to two thirds (the columns' rules above), hence its dates a size up; tiles wrap */
              svg .date { font-size: 13px; }
              .tiles, .tile { flex-wrap: wrap; }
              .tiles + .scroll { margin-top: 10px; }
            }
            """;
}
