package io.iprules.northeast.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The scope of northeast-2017 (code {@code NE_SCOPE}): the provinces the notice is addressed to (主送; §7(1)
 * 东北地区四省区), and the full names of China's provincial-level units a request may name. Read from
 * {@code scope.json}, so that the list is data with its source, not Java.
 *
 * @param code       the condition's code, {@code NE_SCOPE}
 * @param citation   the clause, {@code northeast-2017 §7(1)}
 * @param scope      内蒙古自治区, 辽宁省, 吉林省, 黑龙江省, in the notice's order
 * @param source     the words the scope is read from
 * @param note       the reading, {@code zh} and {@code en}
 * @param provinces  the 34 provincial-level units by full name (GB/T 2260)
 * @param provincesSource where that list comes from
 * @param shortNames each unit's name without its administrative suffix (辽宁 for 辽宁省), for the warning about a
 *                   {@code name} that is another unit; never accepted as a {@code province}
 * @param shortNamesSource how those names are formed and what they are used for
 */
public record NortheastScope(String code, String citation, List<String> scope, String source, Map<String, String> note,
                             List<String> provinces, String provincesSource, Map<String, String> shortNames,
                             String shortNamesSource) {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** Checks every part is given and the scope is made of known provinces. */
    public NortheastScope {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(provincesSource, "provincesSource");
        Objects.requireNonNull(shortNamesSource, "shortNamesSource");
        scope = List.copyOf(scope);
        provinces = List.copyOf(provinces);
        shortNames = Map.copyOf(shortNames);
        if (!provinces.containsAll(scope)) {
            throw new IllegalArgumentException("scope.json: the scope " + scope + " names an unknown province");
        }
        if (!new java.util.HashSet<>(shortNames.values()).equals(new java.util.HashSet<>(provinces))
                || shortNames.size() != provinces.size()) {
            throw new IllegalArgumentException("scope.json: shortNames must give each of the provinces one short name");
        }
    }

    /** The module's {@code scope.json}. */
    public static NortheastScope load() {
        try (InputStream in = NortheastScope.class.getResourceAsStream("/io/iprules/northeast/scope.json")) {
            if (in == null) {
                throw new IllegalStateException("io/iprules/northeast/scope.json is missing");
            }
            return JSON.readValue(in, NortheastScope.class);
        } catch (IOException e) {
            throw new UncheckedIOException("io/iprules/northeast/scope.json: " + e.getMessage(), e);
        }
    }

    /** Whether {@code province} (a full name) is one of the four. */
    public boolean covers(String province) {
        return scope.contains(province);
    }

    /** Whether {@code province} is the full name of a provincial-level unit. */
    public boolean isProvince(String province) {
        return provinces.contains(province);
    }

    /**
     * The provincial-level unit {@code name} names, by its full name or its short name (辽宁 and 辽宁省 are 辽宁省);
     * {@code null} when it names none (a city, an office, a misspelling).
     */
    public String provinceNamed(String name) {
        return provinces.contains(name) ? name : shortNames.get(name);
    }
}
