package io.iprules.kit.china;

import io.iprules.Language;
import io.iprules.Text;
import io.iprules.kit.MessageCatalog;

/**
 * The 统一社会信用代码 (unified social credit code) of GB 32100-2015: 18 characters from
 * {@code 0-9A-Z} without I, O, S, V, Z; the last is a check character computed from the first seventeen with
 * weights 3<sup>i</sup> mod 31.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public final class CreditCode {
    private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    /** A character's value (its position in {@link #CHARS}), or -1: every applicant's code is checked. */
    private static final byte[] VALUES = values();

    private static byte[] values() {
        byte[] v = new byte[128];
        java.util.Arrays.fill(v, (byte) -1);
        for (int i = 0; i < CHARS.length(); i++) {
            v[CHARS.charAt(i)] = (byte) i;
        }
        return v;
    }

    private static int value(char c) {
        return c < 128 ? VALUES[c] : -1;
    }

    private CreditCode() {
    }

    /**
     * What is wrong with {@code code}, or {@code null} when it is a valid code.
     */
    public static String problem(String code) {
        Text t = problemText(code);
        return t == null ? null : t.in(Language.EN);
    }

    /** What is wrong with {@code code} in both languages, or {@code null} when it is a valid code. */
    public static Text problemText(String code) {
        MessageCatalog kit = MessageCatalog.kit();
        if (code == null) {
            return kit.text("problem.required");
        }
        if (code.length() != 18) {
            return kit.text("problem.credit-code-length", code.length());
        }
        for (int i = 0; i < 18; i++) {
            if (value(code.charAt(i)) < 0) {
                return kit.text("problem.credit-code-char", i + 1, String.valueOf(code.charAt(i)));
            }
        }
        char expected = check(code);
        if (code.charAt(17) != expected) {
            return kit.text("problem.credit-code-check", String.valueOf(code.charAt(17)), String.valueOf(expected));
        }
        return null;
    }

    /** The GB 32100-2015 check character for the first seventeen characters of a code. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("needs 17 characters, not " + first17.length());
        }
        for (int i = 0; i < 17; i++) {
            if (value(first17.charAt(i)) < 0) {
                throw new IllegalArgumentException("character '" + first17.charAt(i) + "' is not allowed");
            }
        }
        return check(first17);
    }

    /** The check character of the first seventeen characters of {@code code}, all of them known to be allowed. */
    private static char check(String code) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += value(code.charAt(i)) * WEIGHTS[i];
        }
        return CHARS.charAt((31 - sum % 31) % 31);
    }
}
