package io.iprules.report;

import io.iprules.json.JsonEscapes;
import org.apiguardian.api.API;

/**
 * Text that came from input, made safe to print on a terminal: C0 control characters (but for tab), and the
 * characters JSON output escapes beyond JSON's own ({@link JsonEscapes}: DEL, C1, the bidirectional marks,
 * embeddings, overrides and isolates, the line and paragraph separators) are written as {@code \\uXXXX} (a newline
 * as {@code \\n}), so that a name cannot forge a line of the result, move the cursor, clear the screen or reorder
 * what is shown. Lone surrogates are escaped too, and so are the invisible characters that would make two names
 * look the same (U+200B zero width space, U+2060 word joiner, U+FEFF zero width no-break space): JSON output keeps
 * those as they are, where a reader sees them.
 *
 * <p>The reports ({@link Reports}) apply it already; a system that prints its own lines beside them, or any other
 * text from a request, to a terminal or a log uses it too.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public final class SafeText {
    private SafeText() {
    }

    /** {@code s} with every unsafe character escaped; {@code s} itself when there is none. */
    public static String escape(String s) {
        if (s == null) {
            return null;
        }
        int i = 0;
        while (i < s.length() && !unsafe(s, i)) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!unsafe(s, i)) {
                b.append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            }
        }
        return b.toString();
    }

    /**
     * As {@link #escape}, but keeps the newlines of a text made of several lines (a whole report): only for text the
     * program composed, whose input parts were escaped already — so this is the last line of defence for the rest.
     */
    public static String escapeKeepingLines(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '\n') {
                b.append(escape(s.substring(start, i)));
                if (i < s.length()) {
                    b.append('\n');
                }
                start = i + 1;
            }
        }
        return b.toString();
    }

    private static boolean unsafe(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) {
            return c != '\t';
        }
        if (c >= 0x7F && JsonEscapes.escaped(c)) { // DEL, C1, bidi controls, U+2028/9: what JSON output escapes too
            return true;
        }
        if (c == 0x200B || c == 0x2060 || c == 0xFEFF) { // invisible: 甲\u200B公司 would read as 甲公司
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }
}
