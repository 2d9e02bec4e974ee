package io.iprules.kit.china;

/**
 * Chinese patent and application numbers (专利号, 申请号) as requests write them: {@code ZL201310000001.1} is the
 * office's patent number of application {@code 201310000001.1}. One patent may be written with or without the
 * office's ZL, with or without the full stop before its check digit, in full width or in lower case; a request
 * that wrote it two ways had it taken for two patents, each paid (or each certificate reported).
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public final class PatentNumbers {
    private PatentNumbers() {
    }

    /**
     * {@code number} in half-width capitals, {@code 。} a full stop, as the office writes it ({@code ＺＬ２０１３…},
     * {@code zl2013…} and {@code ZL2013…。1} become {@code ZL2013….1}); {@code number} itself where it is written so.
     */
    public static String asTheOfficeWrites(String number) {
        StringBuilder written = null;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            char w = halfWidthUpperCase(c);
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
     * Whether {@code a} and {@code b} name one patent: alike without the office's ZL before them and without full
     * stops, in half-width capitals ({@code ZL201110000001.1}, {@code 201110000001.1}, {@code ZL2011100000011} and
     * {@code ｚｌ201110000001.1} are one). Compared in place: nothing is made, as every request with patents asks.
     * Another prefix ({@code CN}) is another number.
     */
    public static boolean same(String a, String b) {
        int i = afterOffice(a);
        int j = afterOffice(b);
        while (true) {
            while (i < a.length() && halfWidthUpperCase(a.charAt(i)) == '.') {
                i++;
            }
            while (j < b.length() && halfWidthUpperCase(b.charAt(j)) == '.') {
                j++;
            }
            if (i == a.length() || j == b.length()) {
                return i == a.length() && j == b.length();
            }
            if (halfWidthUpperCase(a.charAt(i++)) != halfWidthUpperCase(b.charAt(j++))) {
                return false;
            }
        }
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
