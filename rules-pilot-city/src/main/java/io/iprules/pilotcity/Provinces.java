package io.iprules.pilotcity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * China's 34 provincial-level units by their full and short names, from {@code provinces.json}: 浙江省 and 浙江 name
 * the same province, so a city of a province's set may write its province either way (§2(2): a province recommends its
 * own cities). Read once; the names are data, not Java.
 *
 * @param provinces each unit's names, the full name first, then the short one
 */
record Provinces(List<List<String>> provinces) {

    /** The note in both languages: what the table is for. */
    private record Note(String zh, String en) {
    }

    private record File(Note note, String citation, String source, List<List<String>> provinces) {
    }

    private static final int UNITS = 34;

    static final Provinces OF_CHINA = read();

    /** Each name, full or short, to the unit's full name. */
    private static final Map<String, String> FULL_NAME = fullNames(OF_CHINA.provinces());

    private static Provinces read() {
        try (InputStream in = Provinces.class.getResourceAsStream("provinces.json")) {
            if (in == null) {
                throw new IllegalStateException(Provinces.class.getPackageName() + "/provinces.json is missing");
            }
            File f = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, File.class);
            if (f.note() == null || f.note().zh() == null || f.note().en() == null || f.source() == null
                    || f.provinces() == null || f.provinces().size() != UNITS
                    || f.provinces().stream().anyMatch(n -> n == null || n.size() != 2
                    || n.stream().anyMatch(s -> s == null || s.isBlank() || !s.equals(s.strip())))) {
                throw new IllegalStateException("provinces.json: a note in zh and en, a source, and the " + UNITS
                        + " provincial-level units, each as [full name, short name]");
            }
            fullNames(f.provinces()); // no name twice
            return new Provinces(List.copyOf(f.provinces().stream().map(List::copyOf).toList()));
        } catch (IOException e) {
            throw new IllegalStateException("provinces.json: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> fullNames(List<List<String>> provinces) {
        Map<String, String> full = new HashMap<>();
        for (List<String> names : provinces) {
            for (String name : names) {
                if (full.put(name, names.get(0)) != null) {
                    throw new IllegalStateException("provinces.json: '" + name + "' names two units");
                }
            }
        }
        return Map.copyOf(full);
    }

    /**
     * The unit's full name when {@code name} (spaces around it aside) is a full or short name of the table, else
     * {@code name} as written, spaces around it aside.
     */
    static String fullName(String name) {
        String n = name.strip();
        return FULL_NAME.getOrDefault(n, n);
    }

    /** Whether {@code name} is, exactly, the full name of one of the table's units. */
    static boolean isFullName(String name) {
        return name.equals(FULL_NAME.get(name));
    }

    /** Whether {@code name} (spaces around it aside) is a full or short name of one of the table's units. */
    static boolean known(String name) {
        return FULL_NAME.containsKey(name.strip());
    }

    /** Whether {@code a} and {@code b} name the same provincial-level unit: 浙江省 and 浙江, or the same words. */
    static boolean same(String a, String b) {
        return fullName(a).equals(fullName(b));
    }
}
