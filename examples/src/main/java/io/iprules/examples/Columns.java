package io.iprules.examples;

/**
 * Terminal columns, for the command's own tables (the batch budget, its progress bar): a Chinese character counts
 * two. The officer's reports wrap their lines with the same widths, in rules-report; these are the command's, so
 * that the library's public API need not carry terminal layout.
 */
final class Columns {
    private Columns() {
    }

    /** Terminal columns of a character: two for CJK and full-width forms, one otherwise. */
    static int columns(int cp) {
        return cp >= 0x1100 && (cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F
                || cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000 && cp <= 0x3FFFD) ? 2 : 1;
    }

    /** Terminal columns of a string. */
    static int columns(String s) {
        return s.codePoints().map(Columns::columns).sum();
    }

    /** Pads {@code s} on the left to {@code width} columns: amounts line up on their last digit. */
    static String padLeft(String s, int width) {
        int w = columns(s);
        return w >= width ? s : " ".repeat(width - w) + s;
    }

    /** Pads {@code s} on the right to {@code width} columns. */
    static String padRight(String s, int width) {
        int w = columns(s);
        return w >= width ? s : s + " ".repeat(width - w);
    }
}
