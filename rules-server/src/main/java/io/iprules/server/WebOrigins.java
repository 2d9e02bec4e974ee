package io.iprules.server;

import java.net.IDN;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web origin as a browser serializes it in its {@code Origin} header (the URL and Fetch standards), so that an
 * origin given by the service's operator can be compared with what browsers send, character for character.
 */
final class WebOrigins {
    /** A scheme, {@code ://}, an authority without a user name, and at most a {@code /} after it: no path. */
    private static final Pattern ORIGIN = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*)://([^/?#@\\s]+)/?");
    /** What the URL standard forbids in a host, besides controls and spaces. */
    private static final String FORBIDDEN_IN_HOST = "#%/:<>?@[\\]^|";

    private WebOrigins() {
    }

    /**
     * {@code given} as a browser writes it — {@code scheme://host[:port]}, the scheme {@code http} or {@code https},
     * the host in lower case (a Chinese domain name in its punycode form, an IPv6 address in its shortest form), the
     * scheme's default port left out — or {@code *}; empty when it is not an origin.
     */
    static Optional<String> serialized(String given) {
        if (given == null) {
            return Optional.empty();
        }
        String s = given.strip();
        if (s.equals("*")) {
            return Optional.of(s);
        }
        Matcher m = ORIGIN.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.empty();
        }
        String authority = m.group(2);
        Optional<String> host;
        String port;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            String after = close < 0 ? "" : authority.substring(close + 1);
            if (close < 0 || !after.isEmpty() && !after.startsWith(":")) {
                return Optional.empty();
            }
            host = ipv6(authority.substring(1, close)).map(a -> "[" + a + "]");
            port = after.isEmpty() ? "" : after.substring(1);
        } else {
            int colon = authority.lastIndexOf(':');
            host = domain(colon < 0 ? authority : authority.substring(0, colon));
            port = colon < 0 ? "" : authority.substring(colon + 1);
        }
        if (host.isEmpty()) {
            return Optional.empty();
        }
        if (port.isEmpty()) {
            return Optional.of(scheme + "://" + host.get());
        }
        if (port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        int number = Integer.parseInt(port);
        if (number < 1 || number > 65535) {
            return Optional.empty(); // no page is served from port 0 or beyond 65535
        }
        boolean defaultPort = number == (scheme.equals("http") ? 80 : 443);
        return Optional.of(scheme + "://" + host.get() + (defaultPort ? "" : ":" + number));
    }

    /** A domain name in lower-case ASCII (IDNA's punycode for a Chinese name, as browsers send it), or empty. */
    private static Optional<String> domain(String name) {
        String ascii;
        try {
            ascii = IDN.toASCII(name, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (ascii.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (c <= ' ' || c >= 0x7F || FORBIDDEN_IN_HOST.indexOf(c) >= 0) {
                return Optional.empty();
            }
        }
        return Optional.of(ascii);
    }

    /**
     * An IPv6 address as the URL standard serializes it: lower-case hexadecimal without leading zeros, the first
     * longest run of two or more zero groups written {@code ::}, an IPv4-mapped address in hexadecimal too
     * ({@code ::ffff:7f00:1}); empty for anything else, a zone ({@code %eth0}) included, which browsers do not send.
     */
    private static Optional<String> ipv6(String literal) {
        if (literal.isEmpty() || !literal.chars().allMatch(c -> c == ':' || c == '.' || Character.digit(c, 16) >= 0)) {
            return Optional.empty();
        }
        byte[] address;
        try {
            address = InetAddress.getByName("[" + literal + "]").getAddress(); // a literal: nothing is looked up
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
        if (address.length == 4) { // Java reads ::ffff:a.b.c.d as IPv4; the browser keeps it an IPv6 address
            byte[] mapped = new byte[16];
            mapped[10] = (byte) 0xFF;
            mapped[11] = (byte) 0xFF;
            System.arraycopy(address, 0, mapped, 12, 4);
            address = mapped;
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = (address[2 * i] & 0xFF) << 8 | address[2 * i + 1] & 0xFF;
        }
        int runStart = -1;
        int runLength = 1; // a single zero group is written 0, not ::
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > runLength) {
                runStart = i;
                runLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == runStart) {
                b.append(i == 0 ? "::" : ":");
                i += runLength - 1;
                continue;
            }
            b.append(Integer.toHexString(groups[i]));
            if (i < 7) {
                b.append(':');
            }
        }
        return Optional.of(b.toString());
    }
}
