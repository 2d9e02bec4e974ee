package io.iprules.json;

/**
 * The characters that show nothing where they stand in a name: Unicode's controls (Cc) and format characters (Cf: a
 * zero-width space U+200B, a word joiner U+2060, a byte order mark U+FEFF, a direction mark), line (Zl) and paragraph
 * (Zp) separators, a surrogate standing alone (Cs), the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), which
 * Unicode counts as letters but which show as blank, and the rest of Unicode's default-ignorable code points
 * (Default_Ignorable_Code_Point, DerivedCoreProperties.txt) that are marks or unassigned: the combining grapheme joiner
 * U+034F, the Khmer inherent vowels U+17B4 and U+17B5, the Mongolian variation selectors U+180B–U+180D and U+180F, the
 * variation selectors U+FE00–U+FE0F and U+E0100–U+E01EF (北京银行 followed by U+FE0F reads as 北京银行 and was a
 * second bank, its interest paid again), U+2065, U+FFF0–U+FFF8 and the rest of U+E0000–U+E0FFF (unassigned,
 * reserved as default-ignorable). A name holding one reads as the name without it on every page, so two such spellings
 * would be two items (two brands paid, two applicants met once each). The kit refuses them in the names a decision
 * compares, the batch's repeat check reads an applicant without them, and the request schemas' patterns exclude those
 * of the Basic Multilingual Plane (rules-schema's {@code InvisibleCharactersTest} holds the patterns to this class):
 * one definition for all three.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.INTERNAL, since = "0.2.0")
public final class InvisibleCharacters {
    private InvisibleCharacters() {
    }

    /** Whether the code point {@code c} shows nothing in a name (a surrogate here is one standing alone). */
    public static boolean showsNothing(int c) {
        if (c >= 0x20 && c < 0x7F || c >= 0x4E00 && c <= 0x9FFF) {
            return false; // printable ASCII and the CJK ideographs, most of every name, without Unicode's tables
        }
        if (c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0) {
            return true; // the Hangul fillers: letters (Lo) that show nothing
        }
        if (c == 0x034F || c == 0x2065 || c == 0x17B4 || c == 0x17B5 || c >= 0x180B && c <= 0x180F
                || c >= 0xFE00 && c <= 0xFE0F || c >= 0xFFF0 && c <= 0xFFF8 || c >= 0xE0000 && c <= 0xE0FFF) {
            return true; // default-ignorable marks (variation selectors, the grapheme joiner) and reserved ones
        }
        switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE: // read by code point, a pair is its character: only a lone half is here
                return true;
            default:
                return false;
        }
    }

    /**
     * Whether the code point {@code c} is a space as a name is read: Unicode's white space or a space separator (a
     * no-break space U+00A0, U+202F, the ideographic space U+3000), where {@link Character#isWhitespace} alone misses
     * the no-break ones. A name of spaces alone names nothing; one with spaces around it is another name.
     */
    public static boolean isSpace(int c) {
        if (c > 0x20 && c < 0x7F || c > 0x3000) {
            return false; // no space is printable ASCII or after the ideographic space: no table looked up
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * {@code value} without the spaces around it ({@link #isSpace}: a no-break or an ideographic one too, which
     * {@link String#strip} keeps); {@code value} itself when it has none.
     */
    public static String strip(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isSpace(value.codePointAt(start))) {
            start += Character.charCount(value.codePointAt(start));
        }
        while (end > start && isSpace(value.codePointBefore(end))) {
            end -= Character.charCount(value.codePointBefore(end));
        }
        return value.substring(start, end);
    }

    /** A code point as Unicode names it, for a message that tells which character it refuses ({@code U+200B}). */
    public static String named(int c) {
        return String.format(java.util.Locale.ROOT, "U+%04X", c);
    }

    /**
     * {@code value} as a free name is compared with the names it may mean (a module's place names): without its
     * spaces ({@link #isSpace}: a no-break or an ideographic one too) and the characters that show nothing, so that
     * {@code " 吉林省 "} and {@code 吉林省\u200B} read 吉林省. One pass, no pattern: a module may read it on every
     * decision.
     */
    public static String withoutSpacesOrInvisible(String value) {
        return withoutAny(value, c -> showsNothing(c) || isSpace(c));
    }

    /** {@code value} without the characters that show nothing; {@code value} itself when it has none. */
    public static String without(String value) {
        return withoutAny(value, InvisibleCharacters::showsNothing);
    }

    /** {@code value} without the code points {@code drop} names; {@code value} itself when it has none. */
    private static String withoutAny(String value, java.util.function.IntPredicate drop) {
        StringBuilder b = null;
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (drop.test(c)) {
                if (b == null) {
                    b = new StringBuilder(value.length()).append(value, 0, i);
                }
            } else if (b != null) {
                b.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return b == null ? value : b.toString();
    }
}
