package io.iprules.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.iprules.Language;
import io.iprules.Text;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The JSON parser's messages in the contract's words: without its source excerpts, Java types or feature names. */
final class ParserWords {
    private ParserWords() {
    }

    /**
     * The first line of {@code message}, with the parser's internals taken out; a place it names (where an object
     * or array it could not close began), with its column in characters of {@code source}.
     */
    static String clean(String message, Source source) {
        if (message == null) {
            return "invalid";
        }
        int nl = message.indexOf('\n');
        String m = nl < 0 ? message : message.substring(0, nl);
        m = SOURCE.matcher(m).replaceAll(r -> "line " + r.group(1) + ", column " + characterColumn(
                Integer.parseInt(r.group(1)), Integer.parseInt(r.group(2)), source));
        m = FEATURE.matcher(m).replaceAll("");
        m = BOUND_AS.matcher(m).replaceAll("");
        m = JAVA_TYPE.matcher(m).replaceAll("$1");
        m = ENABLE.matcher(m).replaceAll("");
        m = COMMENT.matcher(m).replaceAll("JSON has no comments");
        return JACKSON_TYPE.matcher(m).replaceAll("a value");
    }

    // compiled once: a batch of a million lines with 1% invalid asks for ten thousand messages
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]");
    private static final Pattern FEATURE = Pattern.compile(" ?\\(`[A-Za-z]+Feature\\.[A-Z_]+` [a-z]+\\)");
    private static final Pattern BOUND_AS = Pattern.compile(" ?\\(bound as `[^`]*`\\)");
    private static final Pattern JAVA_TYPE = Pattern.compile("`java\\.[a-zA-Z.]*\\.([A-Za-z]+)`");
    private static final Pattern JACKSON_TYPE = Pattern.compile("`com\\.fasterxml[^`]*`");
    private static final Pattern LINE_COLUMN = Pattern.compile("line (\\d+), column (\\d+)");
    /** The parser's advice to switch on one of its features: the contract has none to switch on. */
    private static final Pattern ENABLE = Pattern.compile(": enable `[A-Za-z]+Feature\\.[A-Z_]+` to allow");
    private static final Pattern COMMENT = Pattern.compile(
            "maybe a \\(non-standard\\) comment\\? \\(not recognized as one since Feature '[A-Z_]+' not enabled for "
            + "parser\\)");

    /**
     * {@code message} as {@link #clean} leaves it, in the contract's words in both languages: the whole message when
     * it is one of {@link #SHAPES}; otherwise the parser's words, in Chinese with its common phrases translated (the
     * rest, such as a quoted token, as the parser wrote it).
     */
    static Text words(String message, Source source) {
        String m = clean(message, source);
        for (Shape shape : SHAPES) {
            Matcher x = shape.parser.matcher(m);
            if (x.matches()) {
                return Text.bilingual(chineseLineColumn(shape.chinese.apply(x)), shape.english.apply(x));
            }
        }
        String zh = m;
        for (String[] w : CHINESE) {
            zh = zh.replace(w[0], w[1]);
        }
        return Text.bilingual(chineseLineColumn(zh), m);
    }

    private static String chineseLineColumn(String s) {
        return LINE_COLUMN.matcher(s).replaceAll("第 $1 行第 $2 列");
    }

    /**
     * A syntax error the parser reported, in both languages, where it stopped first, then what is wrong there in
     * the contract's words: a field given twice, or one of {@link #SHAPES} (another message of the parser keeps its
     * words, its internals taken out). Content after the document is its reader's to word (a request and a data
     * file say different things), before it calls this.
     */
    static Text syntax(JsonProcessingException e, Source source) {
        String m = String.valueOf(e.getOriginalMessage());
        if (e instanceof JsonParseException && m.startsWith("Duplicate field")) {
            String name = m.replaceFirst("^Duplicate field '(.*)'$", "$1").replaceFirst("^Duplicate field ", "");
            // quoted as every other token here is quoted in each language: “name” and 'name'
            return Text.bilingual("同一字段出现两次:“" + name + "”" + whereZh(e, source),
                    "a field appears twice: '" + name + "'" + where(e, source));
        }
        Text words = words(m, source);
        return Text.bilingual("不是有效的 JSON" + whereZh(e, source) + ":" + words.in(Language.ZH),
                "not valid JSON" + where(e, source) + ": " + words.in(Language.EN));
    }

    /**
     * The bytes a parser read, {@code bytes[from..to)}: what turns the parser's column into the one an editor shows.
     */
    record Source(byte[] bytes, int from, int to) {
        static Source of(byte[] bytes) {
            return new Source(bytes, 0, bytes.length);
        }
    }

    /**
     * Where the parser stopped, {@code " (line 1, column 5)"}, the column counted in characters; empty when it does
     * not say.
     */
    static String where(JsonProcessingException e, Source source) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + characterColumn(e.getLocation(), source) + ")";
    }

    /** {@link #where} in Chinese, {@code "(第 1 行第 5 列)"}. */
    static String whereZh(JsonProcessingException e, Source source) {
        return e.getLocation() == null ? "" : "(第 " + e.getLocation().getLineNr() + " 行第 "
                + characterColumn(e.getLocation(), source) + " 列)";
    }

    /**
     * The parser's column in characters, as an editor counts them. Reading bytes, the parser counts a column in bytes
     * (a Chinese character is three of them, so "column 36" where an editor shows 24), and a byte order mark on the
     * first line as three more; its line is counted as it counts them: a line feed, a carriage return or both
     * together end one.
     */
    static int characterColumn(JsonLocation at, Source source) {
        return characterColumn(at.getLineNr(), at.getColumnNr(), source);
    }

    /** {@link #characterColumn(JsonLocation, Source)} of the parser's {@code line} and (byte) {@code column}. */
    static int characterColumn(int lineNr, int column, Source source) {
        byte[] b = source.bytes();
        int i = source.from();
        int end = source.to();
        for (int line = 1; line < lineNr && i < end; i++) {
            if (b[i] == '\n') {
                line++;
            } else if (b[i] == '\r') {
                line++;
                if (i + 1 < end && b[i + 1] == '\n') {
                    i++;
                }
            }
        }
        int lineStart = i;
        int byteColumnEnd = lineStart + Math.max(column - 1, 0); // the parser's column, 1-based
        int stop = Math.min(byteColumnEnd, end);
        if (lineStart == 0) {
            i += StrictUtf8.byteOrderMarkLength(b, end); // not a character an editor shows
        }
        int characters = 0;
        for (; i < stop; i++) {
            if ((b[i] & 0xC0) != 0x80) { // the lead byte of a character: each character has one
                characters++;
            }
        }
        return characters + (byteColumnEnd - stop) + 1; // past the end, one column per byte the parser counted
    }

    /**
     * One of the parser's messages (as {@link #clean} leaves it), and what it says in the contract's words, whole: in
     * Chinese and in English, each with where the parser stopped before it.
     */
    private record Shape(Pattern parser, Function<Matcher, String> english, Function<Matcher, String> chinese) {
        Shape(String parser, Function<Matcher, String> english, Function<Matcher, String> chinese) {
            // DOTALL: a token or character the parser quotes may be U+0085 or U+2028, which "." would not match
            this(Pattern.compile(parser, Pattern.DOTALL), english, chinese);
        }
    }

    /**
     * A character as the parser describes it, {@code '}' (code 125)} or, for a control character (never shown
     * raw), {@code (CTRL-CHAR, code 9)}: the character in group 1, or the control character's code in group 2.
     */
    private static final String CHARACTER = "(?:'(.+?)' \\(code \\d+[^)]*\\)|\\(CTRL-CHAR, code (\\d+)\\))";
    private static final String UNEXPECTED = "Unexpected character \\(" + CHARACTER + "\\)";
    private static final String ANY_VALUE = "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')";
    private static final String ANY_VALUE_EN = " (a string, number, array, object, true, false or null)";
    private static final String ANY_VALUE_ZH = "(字符串、数值、列表、对象、true、false 或 null)";

    private static String character(Matcher m) {
        return m.group(1) != null ? "“" + m.group(1) + "”" : "控制字符(编码 " + m.group(2) + ")";
    }

    private static String characterEn(Matcher m) {
        return m.group(1) != null ? "'" + m.group(1) + "'" : "control character (code " + m.group(2) + ")";
    }

    private static String container(String objectOrArray) {
        return objectOrArray.equals("Object") ? "对象" : "列表";
    }

    private static String containerEn(String objectOrArray) {
        return objectOrArray.equals("Object") ? "object" : "array";
    }

    // Jackson's messages for what a request can get wrong (jackson-core's parser), each in English and in Chinese
    // as a whole; a message not listed here keeps the parser's words (in Chinese, its common phrases translated:
    // CHINESE below).
    private static final List<Shape> SHAPES = List.of(
            new Shape(UNEXPECTED + ": was expecting double-quote to start field name",
                    m -> "unexpected character " + characterEn(m) + ": a field name in double quotes was expected here",
                    m -> "意外的字符" + character(m) + ":此处应为以双引号开始的字段名"),
            new Shape(UNEXPECTED + ": was expecting a colon to separate field name and value",
                    m -> "unexpected character " + characterEn(m) + ": a colon between the field name and its value"
                            + " was expected here",
                    m -> "意外的字符" + character(m) + ":此处应为分隔字段名和值的冒号"),
            new Shape(UNEXPECTED + ": was expecting comma to separate (Object|Array) entries",
                    m -> "unexpected character " + characterEn(m) + ": a comma between the " + containerEn(m.group(3))
                            + "'s entries was expected here",
                    m -> "意外的字符" + character(m) + ":此处应为分隔" + container(m.group(3)) + "条目的逗号"),
            new Shape(UNEXPECTED + ": expected a value",
                    m -> "unexpected character " + characterEn(m) + ": a value was expected here",
                    m -> "意外的字符" + character(m) + ":此处应为一个值"),
            new Shape(UNEXPECTED + ": expected a valid value " + Pattern.quote(ANY_VALUE),
                    m -> "unexpected character " + characterEn(m) + ": a value" + ANY_VALUE_EN + " was expected here",
                    m -> "意外的字符" + character(m) + ":此处应为一个值" + ANY_VALUE_ZH),
            new Shape(UNEXPECTED + ": JSON has no comments",
                    m -> "unexpected character " + characterEn(m) + ": JSON has no comments",
                    m -> "意外的字符" + character(m) + ":JSON 不允许注释"),
            new Shape(UNEXPECTED + ": expected a hex-digit for character escape sequence",
                    m -> "unexpected character " + characterEn(m) + ": a \\u escape takes four hexadecimal digits",
                    m -> "意外的字符" + character(m) + ":\\u 转义应有四位十六进制数字"),
            new Shape(UNEXPECTED + " in numeric value: Exponent indicator not followed by a digit",
                    m -> "unexpected character " + characterEn(m)
                    + " in a number: a digit must follow the exponent's e",
                    m -> "数值中意外的字符" + character(m) + ":指数符号之后应为数字"),
            new Shape(UNEXPECTED + " in numeric value: expected digit \\(0-9\\) to follow minus sign, for valid "
                    + "numeric value",
                    m -> "unexpected character " + characterEn(m) + " in a number: a digit must follow the minus sign",
                    m -> "数值中意外的字符" + character(m) + ":负号之后应为数字"),
            new Shape(UNEXPECTED + " in numeric value: JSON spec does not allow numbers to have plus signs",
                    m -> "unexpected character " + characterEn(m) + " in a number: a JSON number has no plus sign",
                    m -> "数值中意外的字符" + character(m) + ":JSON 的数值不带加号"),
            new Shape(UNEXPECTED + " in numeric value: Decimal point not followed by a digit",
                    m -> "unexpected character " + characterEn(m) + " in a number: a digit must follow the decimal"
                            + " point",
                    m -> "数值中意外的字符" + character(m) + ":小数点之后应为数字"),
            new Shape("Unrecognized token '(.*)': was expecting " + Pattern.quote(ANY_VALUE),
                    m -> "unrecognised '" + m.group(1) + "': a value" + ANY_VALUE_EN + " was expected here",
                    m -> "无法识别的“" + m.group(1) + "”:此处应为一个值" + ANY_VALUE_ZH),
            new Shape("Unrecognized character escape " + CHARACTER,
                    m -> "an escape a string cannot have: " + characterEn(m) + " after a backslash",
                    m -> "字符串中有无法识别的转义:反斜杠之后的" + character(m)),
            new Shape("Illegal unquoted character \\(" + CHARACTER + "\\): has to be escaped using backslash to be "
                    + "included in string value",
                    m -> "unescaped " + characterEn(m) + " in a string: write it escaped, with a backslash",
                    m -> "字符串中有未转义的" + character(m) + ":须用反斜杠转义书写"),
            new Shape("Illegal unquoted character \\(" + CHARACTER + "\\): has to be escaped using backslash to be "
                    + "included in name",
                    m -> "unescaped " + characterEn(m) + " in a field name: write it escaped, with a backslash",
                    m -> "字段名中有未转义的" + character(m) + ":须用反斜杠转义书写"),
            new Shape("Illegal character \\(" + CHARACTER + "\\): only regular white space \\(\\\\r, \\\\n, "
                    + "\\\\t\\) is allowed between tokens",
                    m -> "unexpected " + characterEn(m) + ": only spaces, tabs and line breaks may stand between JSON's"
                            + " names, values and punctuation",
                    m -> "意外的" + character(m) + ":JSON 的记号之间只允许空格、制表符和换行符"),
            new Shape(UNEXPECTED + ": Expected space separating root-level values",
                    m -> "unexpected character " + characterEn(m) + ": white space was expected after the top-level"
                            + " value",
                    m -> "意外的字符" + character(m) + ":顶层的值之后应为空白"),
            new Shape("Invalid numeric value: Leading zeroes not allowed",
                    m -> "not a number: a number does not start with 0",
                    m -> "无效的数值:数值不能以 0 开头"),
            new Shape("Non-standard token '(.*)'",
                    m -> "'" + m.group(1) + "' is not a JSON value",
                    m -> "“" + m.group(1) + "”不是 JSON 的取值"),
            new Shape("Unexpected close marker '(.)': no open (Object|Array) to close",
                    m -> "unexpected closing '" + m.group(1) + "': no " + containerEn(m.group(2)) + " is open",
                    m -> "意外的结束符“" + m.group(1) + "”:没有尚未结束的" + container(m.group(2))),
            new Shape("Unexpected close marker '(.)': expected '(.)' \\(for (Object|Array) starting at (line \\d+, "
                    + "column \\d+)\\)",
                    m -> "unexpected closing '" + m.group(1) + "': '" + m.group(2)
                    + "' was expected here, to close the "
                            + containerEn(m.group(3)) + " that starts at " + m.group(4),
                    m -> "意外的结束符“" + m.group(1) + "”:此处应为“" + m.group(2) + "”,以结束" + m.group(4) + "开始的"
                            + container(m.group(3))),
            new Shape("Unexpected end-of-input: was expecting closing '\"' for name",
                    m -> "the text ends early: a field name has no closing double quote",
                    m -> "内容意外结束:字段名缺少结尾的双引号"),
            new Shape("Unexpected end-of-input: expected close marker for (Object|Array) \\(start marker at (line "
                    + "\\d+, column \\d+)\\)",
                    m -> "the text ends early: the " + containerEn(m.group(1)) + " that starts at " + m.group(2)
                            + " is not closed",
                    m -> "内容意外结束:" + m.group(2) + "开始的" + container(m.group(1)) + "尚未结束"),
            new Shape("Unexpected end-of-input within/between (Object|Array) entries",
                    m -> "the text ends early, among the entries of an " + containerEn(m.group(1)),
                    m -> container(m.group(1)) + "的条目之间意外结束"),
            new Shape("Unexpected end-of-input in field name",
                    m -> "the text ends early, in a field name", m -> "字段名中意外结束"),
            new Shape("Unexpected end-of-input in VALUE_STRING",
                    m -> "the text ends early, in a string", m -> "字符串中意外结束"));

    private static final String[][] CHINESE = {
            {"Unexpected end-of-input within/between Object entries", "对象的条目之间意外结束"},
            {"Unexpected end-of-input within/between Array entries", "列表的条目之间意外结束"},
            {"Unexpected end-of-input in field name", "字段名中意外结束"},
            {"Unexpected end-of-input in VALUE_STRING", "字符串中意外结束"},
            {"Unexpected end-of-input", "内容意外结束"},
            {"Unexpected character", "意外的字符"},
            {"Unrecognized token", "无法识别的记号"},
            {"Unexpected close marker", "意外的结束符"},
            {"Illegal unquoted character", "未转义的非法字符"},
            {"Invalid numeric value", "无效的数值"},
            {"Leading zeroes not allowed", "数值不能以 0 开头"},
            {"was expecting", "应为"},
    };

    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles
            .byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    /** Whether one of the eight bytes of {@code word} is a backslash (the classic zero-byte test). */
    private static boolean hasBackslash(long word) {
        long x = word ^ 0x5C5C5C5C5C5C5C5CL;
        return ((x - 0x0101010101010101L) & ~x & 0x8080808080808080L) != 0;
    }

    /**
     * The offset of a {@code \\uXXXX} escape that is half of a UTF-16 surrogate pair without its other half, or -1:
     * JSON allows the escape, but it is no character (and would be written back as "?").
     */
    static int loneSurrogateEscape(byte[] json) {
        int i = 0;
        int n = json.length;
        while (i < n) {
            // eight bytes at a time while none is a backslash (most requests have none at all)
            while (i + 8 <= n && !hasBackslash((long) LONGS.get(json, i))) {
                i += 8;
            }
            if (i >= n) {
                break;
            }
            if (json[i] != '\\') {
                i++;
                continue;
            }
            if (i + 1 < n && json[i + 1] == 'u') {
                int c = hex4(json, i + 2);
                if (c >= 0xD800 && c <= 0xDBFF) {
                    int low = i + 7 < n && json[i + 6] == '\\' && json[i + 7] == 'u' ? hex4(json, i + 8) : -1;
                    if (low < 0xDC00 || low > 0xDFFF) {
                        return i;
                    }
                    i += 12;
                    continue;
                }
                if (c >= 0xDC00 && c <= 0xDFFF) {
                    return i;
                }
                i += 6;
            } else {
                i += 2; // \" \\ \n …: the escaped character is not the start of another escape
            }
        }
        return -1;
    }

    private static int hex4(byte[] b, int from) {
        if (from + 4 > b.length) {
            return -1;
        }
        int v = 0;
        for (int k = from; k < from + 4; k++) {
            int d = Character.digit(b[k], 16);
            if (d < 0) {
                return -1;
            }
            v = v << 4 | d;
        }
        return v;
    }
}
