package io.iprules.northeast.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.iprules.northeast.Level;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The measures of northeast-2017 §4–§6 addressed to the Northeast's provinces and places, read from
 * {@code measures.json} (the sentences are data, quoted from the text, not Java), in the file's order: by province
 * as the notice addresses them, then as the text runs.
 *
 * @param citation the part of the text they come from
 * @param note     how they were chosen and quoted ({@code zh}, {@code en})
 * @param measures every measure
 */
public record Measures(String citation, Map<String, String> note, List<Measure> measures) {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** Checks the parts are given. */
    public Measures {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(note, "note");
        measures = List.copyOf(measures);
    }

    /** The module's {@code measures.json}. */
    public static Measures load() {
        try (InputStream in = Measures.class.getResourceAsStream("/io/iprules/northeast/measures.json")) {
            if (in == null) {
                throw new IllegalStateException("io/iprules/northeast/measures.json is missing");
            }
            return JSON.readValue(in, Measures.class);
        } catch (IOException e) {
            throw new UncheckedIOException("io/iprules/northeast/measures.json: " + e.getMessage(), e);
        }
    }

    /**
     * The measures reported for a unit: every one for {@code NORTHEAST}; those addressed to the province for
     * {@code PROVINCE}, none for a province outside the Northeast.
     */
    public List<Measure> forUnit(Level level, String province) {
        if (level == Level.NORTHEAST) {
            return measures;
        }
        return measures.stream().filter(m -> m.addressee().equals(province)).toList();
    }
}
