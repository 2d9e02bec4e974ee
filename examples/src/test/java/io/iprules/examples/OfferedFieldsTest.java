package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iprules.InvalidRequestException;
import io.iprules.Language;
import io.iprules.Problem;
import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * An unknown field is answered with the fields the object may carry ({@code 未知字段;可用字段:a、b 或 c}): each field that
 * list offers must be one a request may carry. A derived accessor of a request type (beijing-2012's
 * {@code getStrategicIndustries()}) was offered, and refused as unknown when written.
 */
class OfferedFieldsTest {
    private static final RulesEngine ENGINE = RulesEngine.builder().build();
    private static final JsonContract CONTRACT = new JsonContract(ENGINE);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNKNOWN = "zzNoSuchField";
    private static final String OFFERED = "unknown field; expected ";
    /** Values of every JSON type: an offered field refused as unknown is so whatever its value. */
    private static final List<String> VALUES = List.of("null", "[]", "[\"NEW_ENERGY\"]", "{}", "\"x\"", "0", "true");

    /**
     * In every object of the shipped requests and of generated ones of every policy (each request kind, and the
     * objects inside them: parks, green-channel entries, patents, periods…), an unknown field is answered with a
     * list, and no field of that list is refused as unknown.
     */
    @Test
    void everyFieldTheUnknownFieldMessageOffersIsAccepted() throws Exception {
        Set<String> checked = new TreeSet<>();
        List<String> refused = new ArrayList<>();
        for (Hostile.Seed seed : Hostile.seeds(30)) {
            ObjectNode request = (ObjectNode) JSON.readTree(seed.json());
            String policy = request.path("policy").asText();
            List<String> pointers = new ArrayList<>();
            objects(request, "", pointers);
            for (String pointer : pointers) {
                String path = problemPath(pointer);
                String kind = policy + " " + path.replaceAll("\\[\\d+]", "[]");
                if (checked.contains(kind)) {
                    continue;
                }
                ObjectNode withUnknown = request.deepCopy();
                ((ObjectNode) withUnknown.at(pointer)).put(UNKNOWN, 1);
                Problem p = problemAt(withUnknown, join(path, UNKNOWN));
                if (p == null || !p.message(Language.EN).startsWith(OFFERED)) {
                    continue; // a map of figures: its keys are codes, told by the module
                }
                checked.add(kind);
                // the fields as words (a、b 或 c), not a Java list's [a, b, c]
                assertThat(p.message(Language.ZH)).startsWith("未知字段;").doesNotContain("[", "]");
                String list = p.message(Language.EN).substring(OFFERED.length());
                JsonNode object = request.at(pointer);
                for (String field : Arrays.stream(list.split(", | or ")).map(String::trim).toList()) {
                    if (object.has(field)) {
                        continue; // carried by a request the engine accepts
                    }
                    for (String value : VALUES) {
                        ObjectNode with = request.deepCopy();
                        ((ObjectNode) with.at(pointer)).set(field, JSON.readTree(value));
                        Problem q = problemAt(with, join(path, field));
                        if (q != null && q.message(Language.EN).startsWith("unknown field")) {
                            refused.add(kind + "." + field + " = " + value + ": offered by '" + p.message(Language.EN)
                                    + "', then refused: " + q.message(Language.ZH));
                            break;
                        }
                    }
                }
            }
        }
        assertThat(refused).as("fields offered by the unknown-field message and refused when written").isEmpty();
        // every policy's request kinds and the objects inside them were reached
        assertThat(checked).contains("beijing-2012 applicant", "beijing-2012 applicant.greenChannel[]",
                "jiaxing-2012 applicant", "jiaxing-2012 city", "pilot-city-2017 applicant",
                "pilot-city-2017 applicant.parks[]", "pilot-city-2017 recommendation", "anning-2022 applicant",
                "northeast-2017 applicant", "northeast-2017 applicant.period");
    }

    /** The JSON pointer of every object in {@code node}, {@code node} itself included. */
    private static void objects(JsonNode node, String pointer, List<String> out) {
        if (node.isObject()) {
            out.add(pointer);
            node.fieldNames().forEachRemaining(name -> objects(node.get(name), pointer + "/" + name, out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                objects(node.get(i), pointer + "/" + i, out);
            }
        }
    }

    /** {@code /applicant/parks/0} as a problem path, {@code applicant.parks[0]}. */
    private static String problemPath(String pointer) {
        return pointer.isEmpty() ? "" : pointer.substring(1).replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.');
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** The problem reading and evaluating {@code request} finds at {@code path}, or null. */
    private static Problem problemAt(JsonNode request, String path) throws Exception {
        try {
            CONTRACT.evaluate(JSON.writeValueAsString(request).getBytes(StandardCharsets.UTF_8),
                    LocalDate.of(2020, 1, 1), null);
            return null;
        } catch (InvalidRequestException e) {
            return e.problems().stream().filter(x -> x.path().equals(path)).findFirst().orElse(null);
        }
    }
}
