package io.iprules.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iprules.spi.RequestGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Hostile requests for the fuzz tests: valid requests of every policy (the shipped examples and seeded generated
 * ones) and what is done to them — values replaced by wrong types, special and huge numbers, huge strings, control
 * characters and deep nesting; fields deleted, duplicated, added; lists blown up; bytes truncated, flipped and
 * invalid as UTF-8.
 */
final class Hostile {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARK = "@@HOSTILE@@";

    private Hostile() {
    }

    /** A request to send, and what it is, for the report. */
    record Case(String what, byte[] bytes) {
        @Override
        public String toString() {
            return what + " (" + bytes.length + " bytes)";
        }
    }

    /** A valid request and where it comes from. */
    record Seed(String name, String json) {
        JsonNode tree() {
            try {
                return JSON.readTree(json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        byte[] bytes() {
            return json.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The shipped example requests and {@code perPolicy} generated requests of each policy (seeded). */
    static List<Seed> seeds(int perPolicy) {
        List<Seed> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("requests"))) {
            for (Path f : files.sorted().toList()) {
                out.add(new Seed(f.getFileName().toString(), Files.readString(f)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // every policy module on the class path with a generator: a new module is fuzzed without a change here
        List<String> policies = java.util.ServiceLoader.load(RequestGenerator.class).stream()
                .map(p -> p.get().policy()).sorted().toList();
        for (String policy : policies) {
            RequestGenerator g = RequestGenerator.forPolicy(policy);
            Random random = new Random(42);
            for (int i = 0; i < perPolicy; i++) {
                out.add(new Seed(policy + " generated #" + i, g.next(random)));
            }
        }
        return out;
    }

    // ================================================================== values

    static String repeat(String s, int n) {
        return s.repeat(n);
    }

    /** Raw JSON that replaces a value: wrong types, special and huge numbers, odd strings and dates. */
    static final List<String> CHEAP_VALUES = List.of(
            "null", "true", "false", "0", "-1", "-0", "-0.0", "0.000", "1.5", "2147483648", "-2147483649",
            "9223372036854775808", "1e2", "1E+2", "1e999", "-1e999", "1e-999", "1e999999999", "-1e-999999999",
            "0e999999999", "1e2147483648", "NaN", "Infinity", "-Infinity", "+1", "01", ".5", "1.", "0x10",
            repeat("9", 40), repeat("9", 41), "0." + repeat("0", 38) + "1", repeat("1", 1000),
            "\"\"", "\" \"", "\"x\"", "\"-1\"", "\"NaN\"", "\"1e999999999\"", "\"-1e-999999999\"", "\"0e-999999999\"",
            "\"" + repeat("9", 41) + "\"", "\"12345.678\"", "\"2013-02-30\"", "\"2013-13-01\"", "\"+999999999-12-31\"",
            "\"-999999999-01-01\"", "\"0000-01-01\"", "\"2013-1-1\"", "\"\\u0000\"", "\"\\ud800\"",
            "\"a\\u0007b\\u001fc\"",
            "\"\\\"\"", "\"嘉兴\"", "\"NATIONAL_IP_DEMO_ENTERPRISE \"", "\"national_ip_demo_enterprise\"",
            "[]", "[null]", "[1,2]", "{}", "{\"a\":1}");

    /** Raw JSON that is costly to read: each limit of the contract, at it and just over it. */
    static List<String> costlyValues() {
        return List.of(
                "\"" + repeat("x", 100_000) + "\"",          // at MAX_STRING
                "\"" + repeat("x", 100_001) + "\"",          // over it
                "\"" + repeat("嘉", 1_000_000) + "\"",        // 3 MB of one string
                repeat("[", 31) + repeat("]", 31),           // nesting at the limit with the request's own levels
                repeat("[", 33) + repeat("]", 33),
                repeat("[", 100_000) + repeat("]", 100_000),
                repeat("{\"a\":", 40) + "1" + repeat("}", 40),
                "[" + String.join(",", java.util.Collections.nCopies(50_000, "{}")) + "]",
                "[" + String.join(",", java.util.Collections.nCopies(200_000, "1")) + "]");
    }

    // ================================================================== tree mutations

    /** Every node of {@code root} as a JSON pointer, the root excluded. */
    static List<String> pointers(JsonNode root) {
        List<String> out = new ArrayList<>();
        walk(root, "", out);
        return out;
    }

    private static void walk(JsonNode n, String at, List<String> out) {
        if (!at.isEmpty()) {
            out.add(at);
        }
        if (n.isObject()) {
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                walk(e.getValue(), at + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), out);
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                walk(n.get(i), at + "/" + i, out);
            }
        }
    }

    private static String parent(String pointer) {
        return pointer.substring(0, pointer.lastIndexOf('/'));
    }

    private static String last(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    }

    private static String write(JsonNode n) {
        try {
            return JSON.writeValueAsString(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code seed} with the value at {@code pointer} replaced by the raw JSON {@code raw}. */
    static Case replaced(Seed seed, String pointer, String raw) {
        JsonNode root = seed.tree();
        ContainerNode<?> p = (ContainerNode<?>) root.at(parent(pointer));
        if (p instanceof ObjectNode o) {
            o.put(last(pointer), MARK);
        } else {
            ((ArrayNode) p).set(Integer.parseInt(last(pointer)), JSON.getNodeFactory().textNode(MARK));
        }
        String json = write(root).replace("\"" + MARK + "\"", raw);
        return new Case(seed.name() + ": " + pointer + " = " + abbreviate(raw), json.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code seed} without the field or element at {@code pointer}. */
    static Case deleted(Seed seed, String pointer) {
        JsonNode root = seed.tree();
        JsonNode p = root.at(parent(pointer));
        if (p instanceof ObjectNode o) {
            o.remove(last(pointer));
        } else {
            ((ArrayNode) p).remove(Integer.parseInt(last(pointer)));
        }
        return new Case(seed.name() + ": without " + pointer, write(root).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code seed} with the field at {@code pointer} written twice (the second time with {@code raw}). */
    static Case duplicated(Seed seed, String pointer, String raw) {
        JsonNode root = seed.tree();
        JsonNode p = root.at(parent(pointer));
        if (!(p instanceof ObjectNode o)) {
            return null;
        }
        o.put(MARK, MARK);
        String field = write(JSON.getNodeFactory().textNode(last(pointer)));
        String json = write(root).replace("\"" + MARK + "\":\"" + MARK + "\"", field + ":" + raw);
        return new Case(seed.name() + ": " + pointer + " twice", json.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code seed} with an unknown field in the object at {@code pointer}. */
    static Case extraField(Seed seed, String pointer) {
        JsonNode root = seed.tree();
        JsonNode n = pointer.isEmpty() ? root : root.at(pointer);
        if (!(n instanceof ObjectNode o)) {
            return null;
        }
        o.put("zzUnknown", 1);
        return new Case(seed.name() + ": unknown field in " + pointer, write(root).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code seed} with the list at {@code pointer} blown up to {@code n} copies of its first element. */
    static Case blownUp(Seed seed, String pointer, int n) {
        JsonNode root = seed.tree();
        JsonNode list = root.at(pointer);
        if (!(list instanceof ArrayNode a) || a.isEmpty()) {
            return null;
        }
        JsonNode first = a.get(0);
        a.removeAll();
        for (int i = 0; i < n; i++) {
            a.add(first.deepCopy());
        }
        return new Case(seed.name() + ": " + pointer + " × " + n, write(root).getBytes(StandardCharsets.UTF_8));
    }

    // ================================================================== byte mutations

    /** The first {@code n} bytes. */
    static Case truncated(Seed seed, int n) {
        byte[] b = seed.bytes();
        return new Case(seed.name() + ": first " + n + " bytes", java.util.Arrays.copyOf(b, Math.min(n, b.length)));
    }

    /** Byte {@code at} set to {@code value}. */
    static Case flipped(Seed seed, int at, int value) {
        byte[] b = seed.bytes();
        b[at % b.length] = (byte) value;
        return new Case(seed.name() + ": byte " + (at % b.length) + " = 0x" + Integer.toHexString(value & 0xff), b);
    }

    /** {@code bytes} inserted at {@code at}. */
    static Case inserted(Seed seed, int at, byte[] bytes, String what) {
        byte[] b = seed.bytes();
        int i = at % (b.length + 1);
        byte[] out = new byte[b.length + bytes.length];
        System.arraycopy(b, 0, out, 0, i);
        System.arraycopy(bytes, 0, out, i, bytes.length);
        System.arraycopy(b, i, out, i + bytes.length, b.length - i);
        return new Case(seed.name() + ": " + what + " at byte " + i, out);
    }

    /** Invalid UTF-8, byte-order marks and control characters, to insert anywhere. */
    static final List<byte[]> ODD_BYTES = List.of(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},            // UTF-8 BOM
            new byte[] {(byte) 0xFE, (byte) 0xFF},                         // UTF-16 BOM
            new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0},                   // UTF-32 LE BOM
            new byte[] {(byte) 0xC3, (byte) 0x28},                         // broken 2-byte sequence
            new byte[] {(byte) 0x80},                                      // lone continuation byte
            new byte[] {(byte) 0xC0, (byte) 0xAF},                         // overlong '/'
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},            // a surrogate in UTF-8
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
            new byte[] {0}, new byte[] {7}, new byte[] {0x1b}, new byte[] {'\r'}, new byte[] {'\n'},
            new byte[] {0x7f}, "\u2028".getBytes(StandardCharsets.UTF_8));

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 40) + "…(" + s.length() + " chars)";
    }
}
