package io.iprules.report;

import io.iprules.Language;
import io.iprules.PolicyDescription;
import io.iprules.Provision;
import io.iprules.Reading;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text as an officer reads it (issue #17): codes and JSON names turned into the policy's own words where the policy
 * names them, numbers with thousands separators, one comparison style (≥ ≤ ≠) and lines that fit 100 columns,
 * counting a Chinese character as two. The codes stay in the JSON output; this is only for zh/en text and HTML.
 */
final class OfficerText {
    /** The widest line the text output writes, in terminal columns. */
    static final int WIDTH = 100;

    /** A code such as {@code JX_CITY_PATENT_DEMO_ENTERPRISE} or a parameter {@code JX_PATENT_GRANT.INVENTION}. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?:\\.[A-Z][A-Z0-9_]*)?\\b");
    /**
     * A bare integer of five digits or more, not part of a patent number, a credit code, a standard's number, a
     * digest, a date or a number that is already grouped: {@code 人口1000000} reads {@code 人口1,000,000}; years (four
     * digits) stay as they are. A colon or a comma between words ({@code 专利:42590000 名}, {@code 拥有 120000,每万人},
     * as the modules' messages write them) ends a number, and so does a colon after a number (northeast-2017's
     * {@code 差距 -95.05:500000 × …} reads {@code -95.05:500,000}); a comma between digits ({@code 12345,67890}) holds
     * the numbers on both sides whole, a colon before digits the number before it ({@code ISO/IEC 27001:2013}), and
     * a colon after a word of letters, optionally followed by digits ({@code sha256:…}), what follows it: a code's
     * tail. A minus sign before a number is its sign ({@code 差额 -20000} reads {@code -20,000}, and so does
     * {@code 增长-12345}); a dash right after a Latin letter, a digit, {@code .}, {@code /} or another dash joins the two
     * ({@code YD/T 2600-20130}, {@code ZL-12345}), which stay as written.
     */
    private static final Pattern BARE_INTEGER = Pattern.compile(
            "(?<![0-9A-Za-z./])(?<![0-9A-Za-z./\\-]-)(?<![A-Za-z][0-9]{0,32}:)(?<!\\d,)"
                    + "(\\d{5,})(?![0-9A-Za-z./\\-]|[,:]\\d)");

    private final PolicyDescription policy;
    private final Language lang;

    OfficerText(PolicyDescription policy, Language lang) {
        this.policy = policy;
        this.lang = lang;
    }

    /** The policy's words for a code (a parameter's description, a target's or a provision's title), if any. */
    Optional<String> name(String code) {
        if (policy == null || code == null) {
            return Optional.empty();
        }
        var parameter = policy.parameter(code);
        if (parameter.isPresent() && parameter.get().description() != null) {
            return Optional.of(parameter.get().description().in(lang));
        }
        var target = policy.target(code);
        if (target.isPresent()) {
            return Optional.of(target.get().title().in(lang));
        }
        var reason = policy.exclusionReason(code);
        if (reason.isPresent()) {
            return Optional.of(reason.get().text().in(lang));
        }
        for (Provision p : policy.provisions()) {
            if (p.codes().contains(code)) {
                return Optional.of(p.title().in(lang));
            }
        }
        return Optional.empty();
    }

    /**
     * The parts of the clauses {@code r}'s conditions cite that the policy leaves unformalised (pilot-city-2017
     * §1(2)1's 知识产权工作基础扎实, decided by the national experts' review): "every condition is met" holds for the
     * conditions assessed, not for these, and the verdict says so. In the policy's order; empty without a policy.
     */
    List<Provision> notAssessed(io.iprules.EvaluationResult r) {
        if (policy == null) {
            return List.of();
        }
        java.util.Set<String> cited = new java.util.HashSet<>();
        r.conditions().forEach(c -> cited.add(c.citation()));
        return policy.provisions().stream()
                .filter(p -> p.status() == io.iprules.ProvisionStatus.NOT_FORMALISED && cited.contains(p.citation()))
                .toList();
    }

    /**
     * The measure word (量词) the clause counts an indicator's figures in, as its target gives it ({@link
     * io.iprules.Target#measure()}: 件 of 45件以上, 家, 人次), with the space the text sets between a figure and it:
     * {@code " 件"}, so that 实际 45,要求 ≥ 45 reads 实际 45 件,要求 ≥ 45 件. {@code ""} where the target gives none (a
     * clause that names no measure word: 人均拥有量, 各街道), for a rate or a yes/no figure, and in English, which has
     * no measure words.
     */
    String measure(io.iprules.Indicator i) {
        if (policy == null || lang != Language.ZH
                || i.unit() != io.iprules.ParameterUnit.COUNT && i.unit() != io.iprules.ParameterUnit.NUMBER) {
            return "";
        }
        return policy.target(i.code()).map(io.iprules.Target::measure).map(m -> " " + m).orElse("");
    }

    /**
     * What the header calls the result's subject, in the words its policy gives the kind of subject it is ({@link
     * io.iprules.SubjectKind#label()}: 评估对象 for a city, a county or a province assessed against targets, 申报城市,
     * 推荐省份), where it gives any; empty for an applicant (申请人), and for a result not made by an engine, whose
     * kind is not known.
     */
    Optional<String> subjectLabel(io.iprules.EvaluationResult r) {
        if (policy == null) {
            return Optional.empty();
        }
        return r.subjectKey().flatMap(key -> policy.subjects().stream().filter(k -> k.key().equals(key)).findFirst())
                .map(io.iprules.SubjectKind::label).map(label -> label.in(lang));
    }

    /** The unit of {@code parameter} (yuan, a share…) when it is the policy's; else empty. */
    Optional<io.iprules.ParameterUnit> unitOf(String parameter) {
        return policy == null ? Optional.empty() : policy.parameter(parameter).map(io.iprules.ParameterInfo::unit);
    }

    /**
     * A variant applied in words: the reading that describes it ({@link io.iprules.Variant#readingId()}), else the
     * policy's words for its code, else the code.
     */
    String variant(io.iprules.Variant v) {
        if (policy != null) {
            Optional<Reading> r = policy.reading(v.readingId());
            if (r.isPresent()) {
                return r.get().text().in(lang);
            }
        }
        return nameOr(v.code());
    }

    /**
     * The clause that would grant an excluded item, when it is not the one that holds it back (jiaxing-2012 §6(5)2
     * beside §7(1)), else {@code null}: the reports cite both, or the one.
     */
    static String grantingClauseBeside(io.iprules.Exclusion x) {
        String granted = x.awardCitation();
        return granted == null || granted.equals(x.citation()) ? null : granted;
    }

    /**
     * The clause of the maximum limit that holds an award's known amount open (jiaxing-2012 §7(1), beside the §6(5)1
     * that grants it), as its reason names it ({@link io.iprules.kit.Decision.CapHeld}), when it is not the clause the
     * award cites; else {@code null}: the reports cite both, or the one.
     */
    static String limitClauseBeside(io.iprules.Award a) {
        return io.iprules.kit.Decision.CapHeld.of(a.reason()).map(io.iprules.kit.Decision.CapHeld::citation)
                .filter(limit -> !limit.equals(a.citation())).orElse(null);
    }

    /**
     * The first day a deployment set {@code parameter} from, when it set it only after {@code date} (none in force on
     * that day): an amount then awaits a value the deployment has given for later days, not one it has yet to give.
     * Empty when it set none, or one in force on {@code date}, or when the date is not known.
     */
    Optional<java.time.LocalDate> setOnlyAfter(String parameter, java.time.LocalDate date) {
        if (policy == null || parameter == null || date == null) {
            return Optional.empty();
        }
        // values are oldest first (ParameterInfo checks it): with none in force on the date, the first comes after it
        return policy.parameter(parameter).filter(p -> !p.values().isEmpty() && p.valueOn(date).isEmpty())
                .map(p -> p.values().get(0).from());
    }

    /** A code in words when the policy has words for it, else the code (better a code than nothing). */
    String nameOr(String code) {
        return name(code).orElse(code);
    }

    /**
     * How a provision's note in a module's policy.json points at the module's readings, after naming their ids:
     * {@code 解释:annual-fees、one-matter(readings.json)。}, {@code Readings: annual-fees, one-matter (readings.json).}
     */
    static final String READINGS_FILE = "(readings.json)";

    /**
     * The policy's readings whose ids the texts name, each id as a whole token (not within a longer id or word:
     * {@code one-matter} names no reading {@code matter}), in the order the policy declares them.
     */
    List<Reading> readingsNamedIn(Collection<String> texts) {
        List<Reading> named = new ArrayList<>();
        if (policy == null) {
            return named;
        }
        for (Reading reading : policy.readings()) {
            Pattern id = Pattern.compile("(?<![A-Za-z0-9_-])" + Pattern.quote(reading.id()) + "(?![A-Za-z0-9_-])");
            if (texts.stream().anyMatch(t -> t != null && id.matcher(t).find())) {
                named.add(reading);
            }
        }
        return named;
    }

    /** How the modules write a set of alternatives in a condition's value: {@code 内蒙古自治区 | 辽宁省}. */
    private static final String ALTERNATIVES = " | ";

    /**
     * A condition's actual or required value as an officer reads it, for the text output and the HTML page alike: a
     * figure or a date with its digits grouped and comparisons as signs, a code in the policy's words, a set of
     * alternatives as northeast-2017 and pilot-city-2017 write it ({@code 内蒙古自治区 | 辽宁省 | 吉林省 | 黑龙江省})
     * as "one of" in words ({@code 内蒙古自治区、辽宁省、吉林省、黑龙江省之一}, {@code one of 内蒙古自治区, 辽宁省, …}), a
     * yes/no fact ({@code "true"}, {@code "false"}) as 是 or 否. {@code null} when it does not read so: the name of a
     * JSON value, or a set with one among its members (such as pilot-city-2017's applicant types, codes its policy has
     * no words for), which the renderings leave out. The JSON output keeps the value as the module gives it.
     */
    String value(String v) {
        if ("true".equals(v) || "false".equals(v)) {
            return TextReport.LABELS.format(lang, "true".equals(v) ? "condition.yes" : "condition.no", new Object[0]);
        }
        if (v == null || !v.contains(ALTERNATIVES)) {
            return alternative(v);
        }
        List<String> words = new ArrayList<>();
        for (String member : v.split(Pattern.quote(ALTERNATIVES), -1)) {
            String w = alternative(member.strip());
            if (w == null) {
                return null;
            }
            words.add(w);
        }
        return TextReport.LABELS.format(lang, "value.one-of",
                new Object[] {String.join(TextReport.LABELS.format(lang, "list.sep", new Object[0]), words)});
    }

    /** One value or one member of a set: in the policy's words, else as a figure or date, else {@code null}. */
    private String alternative(String v) {
        if (v == null || v.isEmpty()) {
            return null;
        }
        Optional<String> words = name(v);
        if (words.isPresent()) {
            return words.get();
        }
        return readableValue(v) ? figure(numbers(signs(v))) : null;
    }

    /** A value that is a figure with decimals, after a comparison sign or not: {@code 3333.33}, {@code ≥ -1588.4}. */
    private static final Pattern DECIMAL_VALUE = Pattern.compile("([≥≤≠<>=]*\\s?)(-?\\d+\\.\\d+)");

    /**
     * A condition's value or gap that is wholly a figure with decimals, grouped as the module's message beside it
     * groups it (the kit's {@link io.iprules.kit.Decimal}): 每万人口发明专利拥有量 3,333.33 件 had stood beside 实际
     * 3333.33. Only a whole value, which is a figure: in prose {@link #numbers} leaves a decimal as written, since an
     * application number (203010000001.1) reads as one there. Anything else as given.
     */
    static String figure(String v) {
        if (v == null) {
            return null;
        }
        Matcher m = DECIMAL_VALUE.matcher(v);
        return m.matches() ? m.group(1) + io.iprules.kit.Decimal.format(new java.math.BigDecimal(m.group(2))) : v;
    }

    /**
     * Free text made readable: codes the policy names replaced by their names, comparisons as signs, numbers grouped.
     * In Chinese the name is set in “ ” without the spaces the message put around the code, as Chinese writes a
     * quotation: {@code 按 JX_CITY_PATENT_DEMO_ENTERPRISE 享受补助} reads {@code 按“市专利示范企业补助”享受补助}; a
     * quotation in the name is then set in ‘ ’ ({@link #inner}).
     */
    String prose(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = CODE.matcher(s);
        StringBuilder b = new StringBuilder(s.length() + 16);
        int at = 0;
        while (m.find()) {
            Optional<String> words = name(m.group());
            if (words.isEmpty()) {
                continue; // better a code than nothing: it stays as written, its spaces with it
            }
            int from = m.start();
            int to = m.end();
            if (lang == Language.ZH) {
                if (from > at && s.charAt(from - 1) == ' ') {
                    from--;
                }
                if (to < s.length() && s.charAt(to) == ' ') {
                    to++;
                }
            }
            b.append(s, at, from)
                    .append(lang == Language.ZH ? "“" + inner(words.get()) + "”" : "‘" + words.get() + "’");
            at = to;
        }
        b.append(s, at, s.length());
        return numbers(signs(b.toString()));
    }

    /**
     * Chinese words that go inside “ ”, with the quotations they hold as Chinese sets a quotation within a quotation
     * (GB/T 15834-2011 4.1.3.2): in ‘ ’. jiaxing-2012's limit, named in its words within the CAP line's “ ”, had read
     * {@code “每家企业补助总额的最高限额(“本意见实行最高限额”,未定数额)”}, one mark closing what it seemed to open; it
     * reads {@code “每家企业补助总额的最高限额(‘本意见实行最高限额’,未定数额)”}. Words not quoted keep their “ ”.
     */
    static String inner(String words) {
        return words == null ? null : words.replace('“', '‘').replace('”', '’');
    }

    /** {@code >=} as {@code ≥}, {@code <=} as {@code ≤}, {@code !=} as {@code ≠}: one comparison style throughout. */
    static String signs(String s) {
        return s == null ? null : s.replace(">=", "≥").replace("<=", "≤").replace("!=", "≠");
    }

    /** Bare integers of five digits or more with thousands separators. */
    static String numbers(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = BARE_INTEGER.matcher(s);
        StringBuilder b = new StringBuilder(s.length() + 8);
        while (m.find()) {
            m.appendReplacement(b, String.format(Locale.ROOT, "%,d", new java.math.BigInteger(m.group(1))));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** Whether a value reads as a figure or a date (no letters): shown; names of JSON values are not. */
    static boolean readableValue(String v) {
        return v != null && !v.isEmpty() && v.chars().noneMatch(c -> c < 128 && Character.isLetter(c));
    }

    /** Closing punctuation that must not start a line (避头点). */
    private static boolean noLineStart(int cp) {
        return "，。、；：？！）》」』】〕］〉”’,.;:?!)]%".indexOf(cp) >= 0;
    }

    /** Opening brackets and quotes that must not end a line (避尾点): they go to the next line with what they open. */
    private static boolean noLineEnd(char c) {
        return "（(［[【〔《〈「『“‘".indexOf(c) >= 0;
    }

    /** Marks a run that must stay on one line, such as a citation {@code [依据 jiaxing-2012 §6(5)2]}. */
    static String keep(String s) {
        return KEEP_START + s + KEEP_END;
    }

    /*
     * Unicode noncharacters, which the standard reserves for a program's internal use and no text interchanges: a
     * private-use character (U+E000, U+E001 were the markers) can be a name's own, as GB18030 maps its user-defined
     * area there for rare characters of names, and was dropped from the text.
     */
    private static final char KEEP_START = '\uFDD0';
    private static final char KEEP_END = '\uFDD1';

    /**
     * Tokens a line must not split, wherever they occur in a text: a notice number (文号) such as
     * {@code 国办发明电〔2012〕33号} — up to six characters of the issuer's abbreviation (国知办发管字), the year in
     * brackets, the number; a character or two before a shorter abbreviation may come along, which Chinese allows —
     * and a clause citation such as {@code §6(5)1}.
     */
    private static final Pattern UNBROKEN = Pattern.compile(
            "[\\u4E00-\\u9FFF]{1,6}[〔\\[［(（]\\d{4}[〕\\]］)）]\\d+号|§[0-9A-Za-z()（）.\\-–]*[0-9A-Za-z)）]");

    /**
     * Splits text into units that do not break: a kept run, a notice number or clause citation ({@link #UNBROKEN}), a
     * Latin word or figure (a figure with the space and the Chinese character after it, its unit; a range of figures,
     * 1–2, is one), a space, any other character.
     */
    private static List<String> units(String text, boolean keepHanWords) {
        List<String> units = new ArrayList<>();
        Matcher unbroken = UNBROKEN.matcher(text);
        int i = 0;
        int longRunEnd = 0; // the end of a run of Chinese characters too long to be one word
        while (i < text.length()) {
            char c = text.charAt(i);
            int j = i + 1;
            if (c != KEEP_START && unbroken.region(i, text.length()).lookingAt()) {
                j = unbroken.end();
            } else if (keepHanWords && isHan(c) && i >= longRunEnd) {
                // in English, a Chinese name is a word: 内蒙古自治区 was broken as 内蒙 ⏎ 古自治区; a longer run (a quoted
                // clause) still breaks between its characters, all of them
                while (j < text.length() && isHan(text.charAt(j))) {
                    j++;
                }
                if (j - i > MAX_HAN_WORD) {
                    longRunEnd = j;
                    j = i + 1;
                }
            } else if (c == KEEP_START) {
                int close = text.indexOf(KEEP_END, i);
                j = close < 0 ? text.length() : close + 1;
            } else if (c > ' ' && c < 0x7F) {
                // a Latin run ends at a space; a run that starts by closing a bracket opened in Chinese text ends
                // there when another opens: "转发)(beijing-2012)" may break as "转发)" and "(beijing-2012)" (not
                // "§7(1)(2)", a run of its own)
                while (j < text.length() && (text.charAt(j) > ' ' && text.charAt(j) < 0x7F || rangeDash(text, j))
                        && !(j == i + 1 && c == ')' && text.charAt(j) == '(')) {
                    j++;
                }
                // a figure keeps the Chinese word after it, its unit (48.4 件, 3 名, 10,000.00 元): a line does not
                // end with the figure and start with 件
                if (Character.isDigit(text.charAt(j - 1)) && j + 1 < text.length() && text.charAt(j) == ' '
                        && isHan(text.charAt(j + 1))) {
                    j += 2;
                }
            } else if (Character.isHighSurrogate(c) && j < text.length()) {
                j++;
            }
            units.add(text.substring(i, j));
            i = j;
        }
        return units;
    }

    /**
     * Whether the character at {@code j} is the en dash of a range of figures (要求 1–2, 2–3 个): it joins them, since
     * a line broken at it began "–2", which reads as minus two. A dash between words may still end a line.
     */
    private static boolean rangeDash(String text, int j) {
        return text.charAt(j) == '\u2013' && j > 0 && j + 1 < text.length() && Character.isDigit(text.charAt(j - 1))
                && Character.isDigit(text.charAt(j + 1));
    }

    /** The longest run of Chinese characters English text keeps on one line: a place's or an office's name. */
    private static final int MAX_HAN_WORD = 12;

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static String plain(String unit) {
        return unit.replace(String.valueOf(KEEP_START), "").replace(String.valueOf(KEEP_END), "");
    }

    /**
     * {@code text} in lines of at most {@link #WIDTH} columns, the first starting with {@code first} and the others
     * with {@code rest} (a hanging indent). Breaks between Chinese characters and between Latin words, never inside a
     * figure, a word or a kept run (unless it alone is wider than a line), never before closing punctuation and never
     * after an opening bracket. The spaces where a line breaks are dropped: a line after the first starts with
     * {@code rest}, never with them.
     */
    static List<String> wrap(String first, String rest, String text) {
        return wrap(first, rest, text, false);
    }

    /**
     * As {@link #wrap(String, String, String)}; with {@code keepHanWords} (English text), a run of up to
     * {@link #MAX_HAN_WORD} Chinese characters is a word, not broken inside.
     */
    static List<String> wrap(String first, String rest, String text, boolean keepHanWords) {
        List<String> lines = new ArrayList<>();
        List<String> units = units(text, keepHanWords);
        StringBuilder line = new StringBuilder(first);
        int indent = first.length();
        int used = TextColumns.columns(first);
        boolean empty = true;
        for (int k = 0; k < units.size(); k++) {
            String u = plain(units.get(k));
            int w = TextColumns.columns(u);
            if (empty && !lines.isEmpty() && u.equals(" ")) {
                // a line after a break starts at its indent: the second of the two spaces before a citation, when
                // the first did not fit, is dropped as the first was
                continue;
            }
            if (used + w > WIDTH && !empty) {
                // a closing mark takes the unit before it to the next line, and that unit's own closing mark the
                // one before it ("发）。"); so does a Latin run that starts with one (")(beijing-2012)")
                String carry = "";
                for (int j = k; j > 0 && noLineStart((j == k ? u : carry).codePointAt(0)); j--) {
                    String prev = plain(units.get(j - 1));
                    if (prev.isBlank() || line.length() - prev.length() <= indent
                            || !line.toString().endsWith(prev)) {
                        break;
                    }
                    line.setLength(line.length() - prev.length());
                    carry = prev + carry;
                }
                // an opening bracket goes with what it opens, also from the end of a figure or a word ("2013-04-10(")
                while (line.length() - 1 > indent && noLineEnd(line.charAt(line.length() - 1))) {
                    carry = line.charAt(line.length() - 1) + carry;
                    line.setLength(line.length() - 1);
                }
                lines.add(line.toString().stripTrailing());
                line = new StringBuilder(rest).append(carry);
                indent = rest.length();
                used = TextColumns.columns(rest) + TextColumns.columns(carry);
                empty = carry.isEmpty();
                if (u.equals(" ")) {
                    continue;
                }
            }
            if (used + w > WIDTH) {
                // wider than a whole line: character by character
                for (int cp : u.codePoints().toArray()) {
                    if (used + TextColumns.columns(cp) > WIDTH) {
                        lines.add(line.toString().stripTrailing());
                        line = new StringBuilder(rest);
                        indent = rest.length();
                        used = TextColumns.columns(rest);
                    }
                    line.appendCodePoint(cp);
                    used += TextColumns.columns(cp);
                }
            } else {
                line.append(u);
                used += w;
            }
            empty = false;
        }
        lines.add(line.toString().stripTrailing());
        return lines;
    }
}
