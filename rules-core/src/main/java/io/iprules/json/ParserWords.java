package io.iprules.json;

import java.util.regex.Pattern;

/** The JSON parser's messages in the contract's words: without its source excerpts, Java types or feature names. */
final class ParserWords {
    private ParserWords() {
    }

    /** The first line of {@code message}, with the parser's internals taken out. */
    static String clean(String message) {
        if (message == null) {
            return "invalid";
        }
        int nl = message.indexOf('\n');
        String m = nl < 0 ? message : message.substring(0, nl);
        m = SOURCE.matcher(m).replaceAll("line $1, column $2");
        m = FEATURE.matcher(m).replaceAll("");
        m = BOUND_AS.matcher(m).replaceAll("");
        m = JAVA_TYPE.matcher(m).replaceAll("$1");
        return JACKSON_TYPE.matcher(m).replaceAll("a value");
    }

    // compiled once: a batch of a million lines with 1% invalid asks for ten thousand messages
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]");
    private static final Pattern FEATURE = Pattern.compile(" ?\\(`[A-Za-z]+Feature\\.[A-Z_]+` [a-z]+\\)");
    private static final Pattern BOUND_AS = Pattern.compile(" ?\\(bound as `[^`]*`\\)");
    private static final Pattern JAVA_TYPE = Pattern.compile("`java\\.[a-zA-Z.]*\\.([A-Za-z]+)`");
    private static final Pattern JACKSON_TYPE = Pattern.compile("`com\\.fasterxml[^`]*`");
    private static final Pattern LINE_COLUMN = Pattern.compile("line (\\d+), column (\\d+)");

    /**
     * {@link #clean} with the parser's common phrases in Chinese (the rest, such as a quoted token, as the parser
     * wrote it): for the Chinese wording of "not valid JSON".
     */
    static String cleanChinese(String message) {
        String m = clean(message);
        for (String[] w : CHINESE) {
            m = m.replace(w[0], w[1]);
        }
        return LINE_COLUMN.matcher(m).replaceAll("第 $1 行第 $2 列");
    }

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
