package io.iprules.report;

import org.apiguardian.api.API;

/**
 * Terminal columns, as the text report counts them when it wraps its lines and lines up its amounts: a Chinese
 * character (and any CJK or full-width form) and an emoji drawn as one (😀) take two columns, any other character one. A
 * system that prints its own table beside a report (the command's batch budget does) pads with these, so that both line
 * up alike.
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
     * (﹐ ﹑ ﹔, U+FE30–FE6F), the full-width forms and the ideographs of planes 2 and 3; and the emoji that are wide
     * ({@link #EMOJI}).
     */
    public static int columns(int cp) {
        return cp >= 0x1100 && (cp <= 0x115F || cp == 0x2329 || cp == 0x232A
                || cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F
                || cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE10 && cp <= 0xFE19
                || cp >= 0xFE30 && cp <= 0xFE6F || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6
                || cp >= 0x20000 && cp <= 0x3FFFD || emoji(cp)) ? 2 : 1;
    }

    /**
     * The emoji East Asian Width makes wide (W), those of emoji presentation (Emoji_Presentation=Yes), which terminals
     * draw two columns wide: a bank named 😀😀😀😀银行 was counted four columns short and the amount after it stood
     * out of line. First and last code point of each range, from Unicode 14's EastAsianWidth.txt (the last block,
     * Symbols and Pictographs Extended-A's emoji, whole, as later versions fill it). Text-presentation symbols stay
     * one column: ☀ (U+2600), ✓ and ✗ (U+2713, U+2717), the report's own signs.
     */
    private static final int[] EMOJI = {
            0x231A, 0x231B, 0x23E9, 0x23EC, 0x23F0, 0x23F0, 0x23F3, 0x23F3, 0x25FD, 0x25FE, 0x2614, 0x2615,
            0x2648, 0x2653, 0x267F, 0x267F, 0x2693, 0x2693, 0x26A1, 0x26A1, 0x26AA, 0x26AB, 0x26BD, 0x26BE,
            0x26C4, 0x26C5, 0x26CE, 0x26CE, 0x26D4, 0x26D4, 0x26EA, 0x26EA, 0x26F2, 0x26F3, 0x26F5, 0x26F5,
            0x26FA, 0x26FA, 0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B, 0x2728, 0x2728, 0x274C, 0x274C,
            0x274E, 0x274E, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797, 0x27B0, 0x27B0, 0x27BF, 0x27BF,
            0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55, 0x1F004, 0x1F004, 0x1F0CF, 0x1F0CF, 0x1F18E, 0x1F18E,
            0x1F191, 0x1F19A, 0x1F200, 0x1F320, 0x1F32D, 0x1F335, 0x1F337, 0x1F37C, 0x1F37E, 0x1F393,
            0x1F3A0, 0x1F3CA, 0x1F3CF, 0x1F3D3, 0x1F3E0, 0x1F3F0, 0x1F3F4, 0x1F3F4, 0x1F3F8, 0x1F43E,
            0x1F440, 0x1F440, 0x1F442, 0x1F4FC, 0x1F4FF, 0x1F53D, 0x1F54B, 0x1F54E, 0x1F550, 0x1F567,
            0x1F57A, 0x1F57A, 0x1F595, 0x1F596, 0x1F5A4, 0x1F5A4, 0x1F5FB, 0x1F64F, 0x1F680, 0x1F6C5,
            0x1F6CC, 0x1F6CC, 0x1F6D0, 0x1F6D2, 0x1F6D5, 0x1F6DF, 0x1F6EB, 0x1F6EC, 0x1F6F4, 0x1F6FC,
            0x1F7E0, 0x1F7F0, 0x1F90C, 0x1F93A, 0x1F93C, 0x1F945, 0x1F947, 0x1F9FF, 0x1FA70, 0x1FAFF,
    };

    /** Whether {@code cp} is in a range of {@link #EMOJI}: a binary search of the ranges' ends. */
    private static boolean emoji(int cp) {
        if (cp < EMOJI[0] || cp > EMOJI[EMOJI.length - 1]) {
            return false;
        }
        int at = java.util.Arrays.binarySearch(EMOJI, cp);
        // found: an end of a range; else between two ends, inside a range when the end after it is a range's last
        return at >= 0 || (-at - 1) % 2 == 1;
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
