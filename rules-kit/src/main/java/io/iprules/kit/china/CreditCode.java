package io.iprules.kit.china;

/**
 * The 统一社会信用代码 (unified social credit code) of GB 32100-2015: 18 characters from
 * {@code 0-9A-Z} without I, O, S, V, Z; the last is a check character computed from the first seventeen with
 * weights 3<sup>i</sup> mod 31.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public final class CreditCode {
    private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /**
     * What is wrong with {@code code}, or {@code null} when it is a valid code.
     */
    public static String problem(String code) {
        if (code == null) {
            return "is required";
        }
        if (code.length() != 18) {
            return "must be the 18-character 统一社会信用代码, but has " + code.length() + " characters";
        }
        for (int i = 0; i < 18; i++) {
            if (CHARS.indexOf(code.charAt(i)) < 0) {
                return "character " + (i + 1) + " ('" + code.charAt(i) + "') is not allowed in a 统一社会信用代码 "
                        + "(digits and upper-case letters except I, O, S, V, Z)";
            }
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            return "check character is '" + code.charAt(17) + "' but GB 32100-2015 gives '" + expected
                    + "' for the first 17 characters: the code is mistyped";
        }
        return null;
    }

    /** The GB 32100-2015 check character for the first seventeen characters of a code. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("needs 17 characters, not " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CHARS.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("character '" + first17.charAt(i) + "' is not allowed");
            }
            sum += v * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return CHARS.charAt(check);
    }
}
