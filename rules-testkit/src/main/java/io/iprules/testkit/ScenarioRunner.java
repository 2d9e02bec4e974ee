package io.iprules.testkit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iprules.ConfigurationException;
import io.iprules.EvaluationResult;
import io.iprules.InvalidRequestException;
import io.iprules.Language;
import io.iprules.Problem;
import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Runs scenario files against an engine and lists every difference between what a scenario expects and what
 * the engine decides. Independent of any test framework; {@link Scenarios} wraps it for JUnit 5.
 *
 * <p>Comparison rules: every field written in {@code expect} must be equal to the result's field in the
 * contract's JSON (texts in English); fields not written are not checked. {@code awards}, {@code excluded},
 * {@code conditions} and {@code indicators}, when written, must have exactly as many entries as the result,
 * compared in order; written instead as an object keyed by code ({@code "indicators": {"AN_TALENT": {...}}}),
 * only the entries of the codes written are checked, each of which must occur exactly once. A key ending in
 * {@code Contains} (e.g. {@code detailContains}) checks that the field contains the text. {@code warnings} is either a
 * count or a list of texts each contained in one warning.
 * {@code expectError} lists the problems a refused request must have, each {@code {"path": …, "messageContains": …}}:
 * at that path exactly, with the text in its English or its Chinese message.
 *
 * <p>A value the comparison could not use — {@code expect} not an object, {@code warnings} neither a count nor a
 * list of texts, a {@code …Contains} that is not a text, an expected problem without its two texts — is a
 * scenario-file error ({@link IllegalArgumentException} naming the file and the field), never a pass.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.MAINTAINED, since = "0.1.0")
public final class ScenarioRunner {
    private static final Set<String> KNOWN = Set.of("title", "source", "parameters", "request", "expect",
            "expectError");
    /**
     * The result's lists the contract writes only when there are some (its schema: "absent when…"), so that
     * {@code "variants": []} can say "none" of a result that has no such field. Any other name stays "no such
     * field": a misspelt list must not pass as empty. ({@code deadlines} and {@code measures} are written empty.)
     */
    static final Set<String> LEFT_OUT_WHEN_EMPTY = Set.of("variants");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // a number as written: normalised, a request's 1.0 reached the engine as 1 (which the contract refuses
            // for a count) and 1000.00 as 1E+3, and an expected 200000.00 was told as 2E+5
            .nodeFactory(new com.fasterxml.jackson.databind.node.JsonNodeFactory(true)).build();

    private final Supplier<RulesEngine.Builder> builders;
    private final Map<String, RulesEngine> engines = new ConcurrentHashMap<>();
    private final Set<RulesEngine.Builder> given = ConcurrentHashMap.newKeySet();

    /** A runner on engines built from the test class path ({@link RulesEngine#builder()}). */
    public ScenarioRunner() {
        this(RulesEngine::builder);
    }

    /**
     * A runner on engines built from {@code builders}: one for the scenarios without {@code parameters}, and one per
     * distinct {@code parameters}, added to the builder's own (see {@link Scenarios#in(Path, Supplier)}).
     */
    ScenarioRunner(Supplier<RulesEngine.Builder> builders) {
        this.builders = Objects.requireNonNull(builders, "builders");
    }

    /** Reads a scenario file, checking its shape. */
    public static Scenario read(Path file) {
        JsonNode n;
        try {
            n = JSON.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenario " + file + ": " + e.getMessage(), e);
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException(file + ": a scenario is a JSON object");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!KNOWN.contains(f)) {
                throw new IllegalArgumentException(file + ": unknown scenario field '" + f + "'; expected " + KNOWN);
            }
        }
        if (!n.hasNonNull("title") || !n.hasNonNull("request")) {
            throw new IllegalArgumentException(file + ": a scenario needs 'title' and 'request'");
        }
        if (n.hasNonNull("expect") == n.hasNonNull("expectError")) {
            throw new IllegalArgumentException(file + ": a scenario has 'expect' or 'expectError', exactly one");
        }
        if (!n.get("request").hasNonNull("asOf")) {
            throw new IllegalArgumentException(file
                    + ": the request must give asOf, so that it never depends on today");
        }
        Scenario s = new Scenario(file, n.get("title").asText(), nonNull(n, "parameters"), n.get("request"),
                nonNull(n, "expect"), nonNull(n, "expectError"));
        checkExpectations(s);
        return s;
    }

    /** The field, or {@code null} when absent or written {@code null} (a JSON null has no fields to compare). */
    private static JsonNode nonNull(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field) : null;
    }

    /**
     * Refuses what the comparison could not use: a value of a type it would compare as nothing would make a test
     * that cannot fail.
     */
    private static void checkExpectations(Scenario s) {
        JsonNode expect = s.expect();
        JsonNode expectError = s.expectError();
        if ((expect == null || expect.isNull()) == (expectError == null || expectError.isNull())) {
            throw new IllegalArgumentException(s.file() + ": a scenario has 'expect' or 'expectError', exactly one");
        }
        if (expect != null && !expect.isNull()) {
            if (!expect.isObject()) {
                throw wrongShape(s, "expect", "an object of the result's fields", expect);
            }
            JsonNode w = expect.get("warnings");
            if (w != null && !isCount(w) && !isListOfTexts(w)) {
                throw wrongShape(s, "expect.warnings", "a count (a whole number, 0 or more) or a list of texts, each"
                        + " contained in one warning", w);
            }
            checkContains(s, "expect", expect);
        }
        if (expectError != null && !expectError.isNull()) {
            if (!expectError.isArray()) {
                throw wrongShape(s, "expectError", "a list of " + EXPECTED_PROBLEM, expectError);
            }
            for (int i = 0; i < expectError.size(); i++) {
                JsonNode e = expectError.get(i);
                if (!e.isObject() || e.size() != 2 || !e.path("path").isTextual()
                        || !e.path("messageContains").isTextual()) {
                    throw wrongShape(s, "expectError[" + i + "]", "an object " + EXPECTED_PROBLEM + ", texts both", e);
                }
            }
        }
    }

    private static final String EXPECTED_PROBLEM = "{\"path\": \"…\", \"messageContains\": \"…\"}";

    /** A whole number, 0 or more ({@code 2.0} is 2: numbers are compared by value). */
    private static boolean isCount(JsonNode n) {
        if (!n.isNumber()) {
            return false;
        }
        java.math.BigDecimal d = n.decimalValue();
        return d.signum() >= 0 && d.stripTrailingZeros().scale() <= 0
                && d.compareTo(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
    }

    private static boolean isListOfTexts(JsonNode n) {
        if (!n.isArray()) {
            return false;
        }
        for (JsonNode e : n) {
            if (!e.isTextual()) {
                return false;
            }
        }
        return true;
    }

    /** Every {@code …Contains} under {@code node}, in objects and lists at any depth, is a text. */
    private static void checkContains(Scenario s, String path, JsonNode node) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String here = path + "." + e.getKey();
                if (e.getKey().endsWith("Contains") && !e.getValue().isTextual()) {
                    throw wrongShape(s, here, "a text (the words to find in the field)", e.getValue());
                }
                checkContains(s, here, e.getValue());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkContains(s, path + "[" + i + "]", node.get(i));
            }
        }
    }

    private static IllegalArgumentException wrongShape(Scenario s, String field, String shape, JsonNode found) {
        return new IllegalArgumentException(s.file() + ": " + field + " must be " + shape + "; found " + found);
    }

    /**
     * Runs one scenario.
     *
     * @return the differences, empty when the engine decides as expected
     */
    public List<String> run(Scenario s) {
        checkExpectations(s);
        RulesEngine engine = engine(s.parameters());
        JsonContract contract = new JsonContract(engine);
        byte[] request = s.request().toString().getBytes(StandardCharsets.UTF_8);
        List<String> diffs = new ArrayList<>();
        EvaluationResult result;
        try {
            var parsed = contract.read(request, LocalDate.of(1900, 1, 1));
            result = engine.evaluate(parsed.request());
        } catch (InvalidRequestException e) {
            if (s.expectError() == null) {
                diffs.add("the request was refused: " + e.getMessage());
            } else {
                compareProblems(s.expectError(), e.problems(), diffs);
            }
            return diffs;
        }
        if (s.expect() == null || s.expect().isNull()) {
            diffs.add("expected the request to be refused, but it was evaluated: "
                    + contract.write(result, Language.EN, false));
            return diffs;
        }
        ObjectNode actual = contract.toNode(result, Language.EN, false);
        compareObject("", s.expect(), actual, diffs);
        return diffs;
    }

    private RulesEngine engine(JsonNode parameters) {
        String key = parameters == null ? "" : parameters.toString();
        return engines.computeIfAbsent(key, k -> {
            try {
                RulesEngine.Builder b = Objects.requireNonNull(builders.get(), "the engine's supplier gave null");
                if (!given.add(b)) { // the parameters of one engine would be added to another's
                    throw new IllegalArgumentException("the engine's supplier gave a builder it had given before: it "
                            + "must make a new one (RulesEngine.builder()…) each time it is called");
                }
                if (!k.isEmpty()) {
                    b.parameters("scenario parameters", new ByteArrayInputStream(k.getBytes(StandardCharsets.UTF_8)));
                }
                return b.build();
            } catch (ConfigurationException e) {
                // a problem of the scenario's parameters already starts with their name, given to the builder
                // above; any other (a calendar or parameters of the caller's own builder) is the engine's
                String message = e.getMessage();
                boolean named = message.startsWith("scenario parameters: ") || message.startsWith("the engine: ");
                throw new IllegalArgumentException(named ? message : "the engine: " + message, e);
            }
        });
    }

    /**
     * Each expected problem is at its path with its text in the English or the Chinese message; as many as there are.
     */
    private static void compareProblems(JsonNode expected, List<Problem> actual, List<String> diffs) {
        for (JsonNode e : expected) {
            String path = e.get("path").asText();
            String contains = e.get("messageContains").asText();
            boolean found = actual.stream().anyMatch(p -> p.path().equals(path)
                    && (p.message().contains(contains) || p.message(Language.ZH).contains(contains)));
            if (!found) {
                diffs.add("expected a problem at '" + path + "' containing '" + contains + "' (in English or Chinese); "
                        + "got "
                        + bothLanguages(actual));
            }
        }
        if (actual.size() != expected.size()) {
            diffs.add("expected " + expected.size() + " problem(s), got " + actual.size() + ": "
                    + bothLanguages(actual));
        }
    }

    /** {@code [path: English / 中文, …]}: a scenario may be written from either. */
    private static String bothLanguages(List<Problem> problems) {
        List<String> out = new ArrayList<>();
        for (Problem p : problems) {
            out.add(p.bilingual() ? p + " / " + p.message(Language.ZH) : p.toString());
        }
        return out.toString();
    }

    private static void compareObject(String path, JsonNode expected, JsonNode actual, List<String> diffs) {
        for (Map.Entry<String, JsonNode> e : expected.properties()) {
            String key = e.getKey();
            String here = path.isEmpty() ? key : path + "." + key;
            if (key.endsWith("Contains")) {
                String field = key.substring(0, key.length() - "Contains".length());
                JsonNode a = actual.get(field);
                if (a == null || !a.isTextual() || !a.asText().contains(e.getValue().asText())) {
                    diffs.add(path(path, field) + ": expected to contain '" + e.getValue().asText() + "', was " + a);
                }
                continue;
            }
            JsonNode a = actual.get(key);
            if (a == null && path.isEmpty() && LEFT_OUT_WHEN_EMPTY.contains(key) && e.getValue().isArray()) {
                if (!e.getValue().isEmpty()) {
                    diffs.add(here + ": expected " + e.getValue().size() + " entries, got none (the result has no "
                            + key + ")");
                }
                continue;
            }
            if (a == null) {
                diffs.add(here + ": no such field in the result");
                continue;
            }
            if (key.equals("warnings") && path.isEmpty()) {
                compareWarnings(e.getValue(), a, diffs);
            } else if (e.getValue().isArray() && a.isArray()) {
                if (e.getValue().size() != a.size()) {
                    diffs.add(here + ": expected " + e.getValue().size() + " entries, got " + a.size() + ": " + a);
                }
                for (int i = 0; i < Math.min(e.getValue().size(), a.size()); i++) {
                    JsonNode ev = e.getValue().get(i);
                    if (ev.isObject()) {
                        compareObject(here + "[" + i + "]", ev, a.get(i), diffs);
                    } else if (!same(ev, a.get(i))) {
                        diffs.add(here + "[" + i + "]: expected " + ev + ", got " + a.get(i));
                    }
                }
            } else if (e.getValue().isObject() && a.isObject()) {
                compareObject(here, e.getValue(), a, diffs);
            } else if (e.getValue().isObject() && a.isArray()) {
                compareByCode(here, e.getValue(), a, diffs);
            } else if (!same(e.getValue(), a)) {
                diffs.add(here + ": expected " + e.getValue() + ", got " + a);
            }
        }
    }

    /** A list written as an object keyed by code: only the codes written are checked, each must occur once. */
    private static void compareByCode(String path, JsonNode expected, JsonNode actual, List<String> diffs) {
        for (Map.Entry<String, JsonNode> e : expected.properties()) {
            String here = path + "." + e.getKey();
            List<JsonNode> found = new ArrayList<>();
            for (JsonNode a : actual) {
                if (e.getKey().equals(a.path("code").asText(null))) {
                    found.add(a);
                }
            }
            if (found.size() != 1) {
                diffs.add(here + ": expected one entry with this code, found " + found.size()
                        + (found.size() > 1 ? " (write the list form to check entries that share a code)" : ""));
            } else if (!e.getValue().isObject()) {
                diffs.add(here + ": an entry keyed by code is an object of expected fields");
            } else {
                compareObject(here, e.getValue(), found.get(0), diffs);
            }
        }
    }

    private static String path(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static boolean same(JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        return expected.equals(actual);
    }

    private static void compareWarnings(JsonNode expected, JsonNode actual, List<String> diffs) {
        if (expected.isNumber()) {
            if (expected.asInt() != actual.size()) {
                diffs.add("warnings: expected " + expected.asInt() + ", got " + actual.size() + ": " + actual);
            }
            return;
        }
        if (expected.size() != actual.size()) {
            diffs.add("warnings: expected " + expected.size() + ", got " + actual.size() + ": " + actual);
        }
        for (JsonNode w : expected) {
            boolean found = false;
            for (JsonNode a : actual) {
                found |= a.asText().contains(w.asText());
            }
            if (!found) {
                diffs.add("warnings: none contains '" + w.asText() + "': " + actual);
            }
        }
    }
}
