package io.iprules.kit.china;

/**
 * Chinese patent and application numbers (专利号, 申请号) as requests write them: {@code ZL201310000001.1} is the
 * office's patent number of application {@code 201310000001.1}. One patent may be written with or without the
 * office's ZL, with or without the full stop before its check digit (or with a middle dot or a hyphen where that
 * stop stands), in full width or in lower case; a request that wrote it two ways had it taken for two patents, each
 * paid (or each certificate reported).
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public final class PatentNumbers {
    private PatentNumbers() {
    }

    /**
     * {@code number} in half-width capitals, {@code 。} a full stop, as the office writes it ({@code ＺＬ２０１３…},
     * {@code zl2013…} and {@code ZL2013…。1} become {@code ZL2013….1}), and a full stop written as another mark
     * ({@link #stopWrittenOtherwise}: {@code 201310000001·1}, {@code 201310000001-1}) a full stop; {@code number}
     * itself where it is written so.
     */
    public static String asTheOfficeWrites(String number) {
        int stop = stopWrittenOtherwise(number);
        StringBuilder written = null;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            char w = i == stop ? '.' : halfWidthUpperCase(c);
            if (w != c && written == null) {
                written = new StringBuilder(number.length()).append(number, 0, i);
            }
            if (written != null) {
                written.append(w);
            }
        }
        return written == null ? number : written.toString();
    }

    /**
     * Where {@code number} writes the full stop before its check character as another mark, as the office does not: a
     * middle dot ({@code ·}, {@code ・}, {@code ･}, {@code ‧}, {@code •}), a hyphen or a dash ({@code -}, {@code －},
     * {@code ‐} to {@code ―}, {@code −}) after the application's 12 digits (or, before 2003, 8), with or without the
     * office's ZL, and before its one check character ({@code 201310000001·1}, {@code ZL98100001-2}): that mark's
     * index, else -1 (a number with {@code .}, {@code 。} or no stop, or with such a mark anywhere else). Read where the
     * full stop stands, it is that stop ({@link #same}, {@link #kindOf}, {@link #applicationYear}): one application
     * written so beside its number with a full stop had been two applications (two certificates, one on time and one
     * late; a payment for one that did not exclude the other).
     */
    public static int stopWrittenOtherwise(String number) {
        int begins = afterOffice(number);
        int i = begins;
        while (i < number.length() && digit(halfWidthUpperCase(number.charAt(i)))) {
            i++;
        }
        int digits = i - begins;
        if (digits != 12 && digits != 8 || i != number.length() - 2 || !anotherStop(number.charAt(i))) {
            return -1;
        }
        char check = halfWidthUpperCase(number.charAt(i + 1));
        return digit(check) || check == 'X' ? i : -1;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A middle dot, a hyphen or a dash (in any width): what a request may write for the full stop of a number. */
    private static boolean anotherStop(char c) {
        return switch (c) {
            case '\u00b7', '\u0387', '\u2022', '\u2027', '\u2219', '\u22c5', '\u30fb', '\uff65', // middle dots
                 '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe63', // dashes
                 '\uff0d' -> true;
            default -> false;
        };
    }

    /**
     * Whether {@code a} and {@code b} name one patent: alike without the office's ZL before them and without full
     * stops (or a middle dot or hyphen where the full stop stands, {@link #stopWrittenOtherwise}), in half-width
     * capitals ({@code ZL201110000001.1}, {@code 201110000001.1}, {@code ZL2011100000011} and
     * {@code ｚｌ201110000001.1} are one); and alike in the application's own digits, 12 (since 2003) or 8, whatever
     * follows them: the check character after them is worked out from them (ZC 0007-2003), so {@code
     * ZL201110345678}, without it, and {@code ZL201110345678.X}, with another, are {@code ZL201110345678.9} again,
     * not two more patents each paid. Compared in place: nothing is made, as every request with patents asks.
     * Another prefix ({@code CN}) is another number.
     */
    public static boolean same(String a, String b) {
        int i = afterOffice(a);
        int j = afterOffice(b);
        int compared = 0;
        while (true) {
            i = skipStops(a, i);
            j = skipStops(b, j);
            if (i == a.length() || j == b.length()) {
                return i == a.length() && j == b.length()
                        || compared >= 8 && sameDigits(a, b, compared); // one of them ends where its digits do
            }
            if (halfWidthUpperCase(a.charAt(i++)) != halfWidthUpperCase(b.charAt(j++))) {
                // they differ at their last character: two check characters of one application's digits?
                return compared >= 8 && skipStops(a, i) == a.length() && skipStops(b, j) == b.length()
                        && sameDigits(a, b, compared);
            }
            compared++;
        }
    }

    /**
     * 申请种类: the kind of patent an application's number says, by its kind digit (申请种类号, ZC 0006-2003): the fifth of
     * the 12 digits since 2003 ({@code 201310000001.1}: 1), the third of the 8 before ({@code 98100001.2}: 1), where
     * 1 is an invention (发明) and 8 an international (PCT) one entering China, 2 a utility model (实用新型) and 9 a PCT
     * one, 3 a design (外观设计). Read as {@link #same} reads a number (with or without ZL or its full stop, in any
     * width or case); empty for anything else, or another kind digit.
     */
    public static java.util.Optional<Kind> kindOf(String number) {
        int length = applicationDigits(number, 12) ? 12 : applicationDigits(number, 8) ? 8 : 0;
        if (length == 0) {
            return java.util.Optional.empty();
        }
        int seen = 0;
        for (int i = afterOffice(number); i < number.length(); i++) {
            char c = halfWidthUpperCase(number.charAt(i));
            if (c != '.' && ++seen == (length == 12 ? 5 : 3)) {
                return java.util.Optional.ofNullable(switch (c) {
                    case '1', '8' -> Kind.INVENTION;
                    case '2', '9' -> Kind.UTILITY_MODEL;
                    case '3' -> Kind.DESIGN;
                    default -> null;
                });
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * 申请年号: the year an application was filed, as its number says (ZC 0006-2003): the first four of the 12 digits
     * since 2003-10-01 ({@code ZL201310001234.5}: 2013), the first two of the 8 before, 85 to 99 for 1985 to 1999 and
     * 00 to 03 for 2000 to 2003 ({@code 98100001.2}: 1998, {@code 02100001.X}: 2002). Read as {@link #same} reads a
     * number (with or without ZL or its full stop, in any width or case). Empty for anything else: a number of no
     * known shape, 12 digits whose year is before 2003, or 8 whose two digits are no year of that numbering (04 to
     * 84). A patent is granted, and an application completed or certified, no earlier than it was applied for.
     */
    public static java.util.OptionalInt applicationYear(String number) {
        int length = applicationDigits(number, 12) ? 12 : applicationDigits(number, 8) ? 8 : 0;
        if (length == 0) {
            return java.util.OptionalInt.empty();
        }
        int digits = length == 12 ? 4 : 2;
        int year = 0;
        for (int i = afterOffice(number), seen = 0; seen < digits; i++) {
            char c = halfWidthUpperCase(number.charAt(i));
            if (c != '.') {
                year = year * 10 + (c - '0');
                seen++;
            }
        }
        if (length == 12) {
            return year >= 2003 ? java.util.OptionalInt.of(year) : java.util.OptionalInt.empty();
        }
        return year >= 85 ? java.util.OptionalInt.of(1900 + year)
                : year <= 3 ? java.util.OptionalInt.of(2000 + year) : java.util.OptionalInt.empty();
    }

    /** The kinds of patent an application's number tells apart (专利的种类). */
    public enum Kind {
        /** 发明. */
        INVENTION,
        /** 实用新型. */
        UTILITY_MODEL,
        /** 外观设计. */
        DESIGN
    }

    /**
     * Whether {@code a} and {@code b}, alike in their first {@code digits} characters, are one application's number
     * each with or without its check character: those characters are an application's 12 or 8 digits, and what
     * follows them in each is at most one check character (a digit or X).
     */
    private static boolean sameDigits(String a, String b, int digits) {
        return (digits == 12 || digits == 8) && applicationDigits(a, digits) && applicationDigits(b, digits);
    }

    /**
     * Whether {@code n} is {@code digits} digits, then at most a check character (a digit or X); a full stop, where
     * one is written, stands before the check character ({@code 20111000000.1} is 11 digits and a check character,
     * not {@code 201110000001} without one).
     */
    private static boolean applicationDigits(String n, int digits) {
        int count = 0;
        int beforeStop = -1;
        for (int i = afterOffice(n); i < n.length(); i++) {
            char c = halfWidthUpperCase(n.charAt(i));
            if (stopAt(n, i)) {
                beforeStop = count;
            } else if (count < digits ? c < '0' || c > '9' : count > digits || c != 'X' && (c < '0' || c > '9')) {
                return false;
            } else {
                count++;
            }
        }
        return beforeStop < 0 ? count == digits || count == digits + 1 : beforeStop == digits && count == digits + 1;
    }

    private static int skipStops(String n, int i) {
        while (i < n.length() && stopAt(n, i)) {
            i++;
        }
        return i;
    }

    /**
     * Whether {@code n}'s character at {@code i} is a full stop, in any width, or a middle dot or a hyphen standing
     * where the full stop does ({@link #stopWrittenOtherwise}; looked for only at such a mark, which few numbers have).
     */
    private static boolean stopAt(String n, int i) {
        char c = n.charAt(i);
        return halfWidthUpperCase(c) == '.' || anotherStop(c) && stopWrittenOtherwise(n) == i;
    }

    /** Where a number begins after the office's ZL, in any width or case (0 without it). */
    private static int afterOffice(String number) {
        return number.length() >= 2 && halfWidthUpperCase(number.charAt(0)) == 'Z'
                && halfWidthUpperCase(number.charAt(1)) == 'L' ? 2 : 0;
    }

    /** {@code c} in half width ({@code 。} a full stop) and, if a letter, a capital. */
    private static char halfWidthUpperCase(char c) {
        char w = c >= '\uff01' && c <= '\uff5e' ? (char) (c - 0xfee0) : c == '\u3002' ? '.' : c;
        return w >= 'a' && w <= 'z' ? (char) (w - 'a' + 'A') : w;
    }
}
