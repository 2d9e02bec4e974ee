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

    /**
     * {@code new BigDecimal(text)}, the same on every Java: an exponent beyond an {@code int} is refused, as Java 17
     * refuses it ("Exponent overflow."), where Java 25 reads {@code 1e2147483648} (scale -2147483648) and
     * {@code 0.1e2147483648}. For text a person wrote that may hold any decimal Java reads; a JSON number is read by
     * Jackson's own parser instead (JsonContract).
     *
     * @throws NumberFormatException when {@code text} is no decimal, or its exponent or scale is beyond an int
     */
    public static java.math.BigDecimal parse(String text) {
        int e = Math.max(text.lastIndexOf('e'), text.lastIndexOf('E'));
        if (e >= 0) {
            // the exponent's digits, its sign aside: a negative one this large puts the scale past an int on every Java
            long exponent = 0;
            for (int i = e + 1; i < text.length(); i++) {
                int digit = Character.digit(text.charAt(i), 10); // Java takes any script's digits here too
                if (digit >= 0 && (exponent = exponent * 10 + digit) > Integer.MAX_VALUE) {
                    throw new NumberFormatException("Exponent overflow.");
                }
            }
        }
        return new java.math.BigDecimal(text);
    }
}
