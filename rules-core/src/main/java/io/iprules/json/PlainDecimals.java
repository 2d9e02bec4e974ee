package io.iprules.json;

/**
 * The shape of a decimal written as a string in a request, as the request schemas publish it:
 * {@code ^-?[0-9]+(\.[0-9]+)?$} (ASCII digits and an optional fraction; no exponent, plus sign, space or other
 * script's digits, all of which Java's {@code new BigDecimal(String)} would take). The contract's reader holds every
 * decimal field to it, and the kit holds a figure read from a map of any values to it, so that the engine accepts no
 * more than the contract it publishes.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.INTERNAL, since = "0.2.0")
public final class PlainDecimals {
    private PlainDecimals() {
    }

    /**
     * Whether {@code s} matches {@code ^-?[0-9]+(\.[0-9]+)?$}; a loop, not a regular expression: it is on every
     * request's path.
     */
    public static boolean matches(String s) {
        int i = !s.isEmpty() && s.charAt(0) == '-' ? 1 : 0;
        int digits = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == digits) {
            return false;
        }
        if (i < s.length() && s.charAt(i) == '.') {
            int fraction = ++i;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == fraction) {
                return false;
            }
        }
        return i == s.length();
    }
}
