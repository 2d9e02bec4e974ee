package io.iprules.report;

import org.apiguardian.api.API;

/**
 * Terminal columns, as the text report counts them when it wraps its lines and lines up its amounts: a Chinese
 * character (and any CJK or full-width form) takes two columns, any other character one. A system that prints its
 * own table beside a report (the command's batch budget does) pads with these, so that both line up alike.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public final class TextColumns {
    private TextColumns() {
    }

    /**
     * Terminal columns of a code point: two for CJK and full-width forms, one otherwise. The wide ranges are those
     * of Unicode's East Asian Width (W and F) that Chinese text uses: Hangul jamo, the CJK blocks from the radicals
     * to Yi (but U+303F, a half-width space), Hangul syllables, the compatibility ideographs, the angle brackets
     * 〈 〉 (U+2329, U+232A), the vertical forms (︐ ︑ ︒, U+FE10–FE19), the compatibility and small forms
     * (﹐ ﹑ ﹔, U+FE30–FE6F), the full-width forms and the ideographs of planes 2 and 3.
     */
    public static int columns(int cp) {
        return cp >= 0x1100 && (cp <= 0x115F || cp == 0x2329 || cp == 0x232A
                || cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F
                || cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE10 && cp <= 0xFE19
                || cp >= 0xFE30 && cp <= 0xFE6F || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6
                || cp >= 0x20000 && cp <= 0x3FFFD) ? 2 : 1;
    }

    /** Terminal columns of a string. */
    public static int columns(String s) {
        return s.codePoints().map(TextColumns::columns).sum();
    }

    /** Pads {@code s} on the left to {@code width} columns: amounts line up on their last digit. */
    public static String padLeft(String s, int width) {
        int w = columns(s);
        return w >= width ? s : " ".repeat(width - w) + s;
    }

    /** Pads {@code s} on the right to {@code width} columns. */
    public static String padRight(String s, int width) {
        int w = columns(s);
        return w >= width ? s : s + " ".repeat(width - w);
    }
}
