package io.iprules.schema;

import static io.iprules.schema.ContractSchemasTest.ANY;
import static io.iprules.schema.ContractSchemasTest.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iprules.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Generated invalid (and valid) requests: every example request, changed at every place in every way a caller
 * gets wrong — an unknown field, a field left out or {@code null}, a wrong type, a negative or fractional number,
 * an impossible or misformatted date, an unknown code, a blank text — and each judged by the schema and by the
 * strict reader. They must agree: the schema refuses exactly what the reader refuses, except for the reader's
 * checks that JSON Schema cannot say ({@link ContractSchemasTest#READER_ONLY}).
 */
class SchemaAgreesWithReaderTest {
    private static final JsonNodeFactory NODES = new JsonNodeFactory(true);

    record Mutant(String what, String json) {
    }

    @Test
    void schemaAndReaderRefuseTheSameGeneratedRequests() throws IOException {
        List<Mutant> mutants = new ArrayList<>();
        for (Path p : ContractSchemasTest.exampleRequests()) {
            JsonNode base = JSON.readTree(p.toFile());
            mutate(base, base, "", p.getFileName().toString(), mutants);
        }
        List<String> disagreements = new ArrayList<>();
        int refusedByBoth = 0;
        int acceptedByBoth = 0;
        int readerOnly = 0;
        for (Mutant m : mutants) {
            boolean schemaRefuses = !ANY.problems(m.json()).isEmpty();
            List<Problem> reader = ContractSchemasTest.refusal(m.json().getBytes(StandardCharsets.UTF_8));
            boolean readerRefuses = reader != null;
            if (schemaRefuses == readerRefuses) {
                if (schemaRefuses) {
                    refusedByBoth++;
                } else {
                    acceptedByBoth++;
                }
            } else if (readerRefuses && reader.stream().allMatch(ContractSchemasTest::readerOnly)) {
                readerOnly++;
            } else {
                disagreements.add(m.what() + ": schema " + (schemaRefuses ? "refuses " + ANY.problems(m.json())
                        : "accepts") + ", reader " + (readerRefuses ? "refuses " + reader : "accepts"));
            }
        }
        System.out.printf("%d generated: %d refused by both, %d accepted by both, %d refused by the reader only "
                + "(checks JSON Schema cannot say)%n", mutants.size(), refusedByBoth, acceptedByBoth, readerOnly);
        assertThat(disagreements).as("schema and reader disagree").isEmpty();
        assertThat(mutants).hasSizeGreaterThan(500);
        assertThat(refusedByBoth).isGreaterThan(300);
        assertThat(acceptedByBoth).isGreaterThan(50);
        assertThat(readerOnly).isLessThan(refusedByBoth / 10);
    }

    /** Every change at every place under {@code node} ({@code path}), each applied to a copy of {@code root}. */
    private static void mutate(JsonNode root, JsonNode node, String path, String file, List<Mutant> out) {
        if (node instanceof ObjectNode o) {
            add(root, path, file + " " + path + ": unknown field", out, n -> ((ObjectNode) n).put("unexpected", 1));
            add(root, path, file + " " + path + ": an array instead", out, null);
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String at = path + "/" + name;
                add(root, path, file + " " + at + ": left out", out, n -> ((ObjectNode) n).remove(name));
                add(root, path, file + " " + at + ": null", out, n -> ((ObjectNode) n).putNull(name));
                mutate(root, o.get(name), at, file, out);
            }
        } else if (node instanceof ArrayNode a) {
            add(root, path, file + " " + path + ": an object instead", out, null);
            for (int i = 0; i < a.size() && i < 2; i++) {
                mutate(root, a.get(i), path + "/" + i, file, out);
            }
        } else if (node.isTextual()) {
            String s = node.asText();
            replace(root, path, file, "a number", NODES.numberNode(42), out);
            replace(root, path, file, "blank", NODES.textNode("  "), out);
            replace(root, path, file, "true", NODES.booleanNode(true), out);
            replace(root, path, file, "a space before it", NODES.textNode(" " + s), out);
            replace(root, path, file, "a zero-width space after it", NODES.textNode(s + "\u200B"), out);
            replace(root, path, file, "a no-break space after it", NODES.textNode(s + "\u00A0"), out);
            replace(root, path, file, "a newline after it", NODES.textNode(s + "\n"), out);
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                replace(root, path, file, "an impossible date", NODES.textNode(s.substring(0, 5) + "02-30"), out);
                replace(root, path, file, "a date with slashes", NODES.textNode(s.replace('-', '/')), out);
            } else if (s.matches("[A-Z][A-Z0-9_]+")) {
                replace(root, path, file, "an unknown code", NODES.textNode(s + "_X"), out);
                replace(root, path, file, "lower case", NODES.textNode(s.toLowerCase(java.util.Locale.ROOT)), out);
                // Jackson's enum reader tries a value again trimmed: the schema's enum does not
                replace(root, path, file, "a space after it", NODES.textNode(s + " "), out);
            } else if (s.matches("-?\\d+(\\.\\d+)?")) {
                replace(root, path, file, "negative", NODES.textNode("-" + s), out);
                replace(root, path, file, "not a number", NODES.textNode("12a"), out);
            }
        } else if (node.isNumber()) {
            replace(root, path, file, "a string", NODES.textNode(node.asText()), out);
            replace(root, path, file, "negative", NODES.numberNode(node.decimalValue().negate().subtract(
                    java.math.BigDecimal.ONE)), out);
            replace(root, path, file, "zero", NODES.numberNode(0), out);
            replace(root, path, file, "a fraction", NODES.numberNode(new java.math.BigDecimal("0.5")), out);
            replace(root, path, file, "too large", NODES.numberNode(new java.math.BigDecimal("100000")), out);
        } else if (node.isBoolean()) {
            replace(root, path, file, "a string", NODES.textNode(node.asText()), out);
            replace(root, path, file, "the other answer", NODES.booleanNode(!node.asBoolean()), out);
        }
    }

    private static void replace(JsonNode root, String path, String file, String what, JsonNode value,
                                List<Mutant> out) {
        int slash = path.lastIndexOf('/');
        String parent = path.substring(0, slash);
        String key = path.substring(slash + 1);
        add(root, parent, file + " " + path + ": " + what, out, n -> {
            if (n instanceof ObjectNode o) {
                o.set(key, value);
            } else {
                ((ArrayNode) n).set(Integer.parseInt(key), value);
            }
        });
    }

    /** A copy of {@code root} with {@code change} applied at {@code path} ({@code null}: the node replaced). */
    private static void add(JsonNode root, String path, String what, List<Mutant> out, Consumer<JsonNode> change) {
        JsonNode copy = root.deepCopy();
        if (change == null) {
            int slash = path.lastIndexOf('/');
            if (slash < 0) {
                return; // the whole request as another type: the reader's first check, not a schema matter
            }
            JsonNode parent = copy.at(path.substring(0, slash));
            String key = path.substring(slash + 1);
            JsonNode replacement = copy.at(path).isArray() ? NODES.objectNode() : NODES.arrayNode();
            if (parent instanceof ObjectNode o) {
                o.set(key, replacement);
            } else {
                ((ArrayNode) parent).set(Integer.parseInt(key), replacement);
            }
        } else {
            change.accept(path.isEmpty() ? copy : copy.at(path));
        }
        try {
            out.add(new Mutant(what, JSON.writeValueAsString(copy)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
