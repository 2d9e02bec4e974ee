package io.iprules.schema;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import io.iprules.InvalidRequestException;
import io.iprules.ParameterUnit;
import io.iprules.PolicyDescription;
import io.iprules.RulesEngine;
import io.iprules.SubjectKind;
import io.iprules.Target;
import io.iprules.json.JsonContract;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The JSON contract as JSON Schema (draft 2020-12): one schema per policy for its requests, one for the result and
 * one for the error, generated from the policies an engine has — nothing here names a policy.
 *
 * <p>How a request schema is made: each request kind of a policy ({@link PolicyDescription#subjects()}: request key
 * and Java type) is described from its Java type by victools' generator (fields, types, enums, dates, lists, unknown
 * fields refused); what a type cannot say — which fields are required, ranges, list limits, patterns, a field
 * required only with another, words for the document — comes from the policy module itself, in a file named for the
 * class, {@code META-INF/ip-rules/schema/<class name>.json} (a partial JSON Schema merged into the type's schema). A
 * map of figures keyed by indicator code (a county's or a city's {@code figures}) is described from the policy's
 * {@linkplain PolicyDescription#targets() targets}: one property per code, its unit deciding the value's type and
 * range. The limits of the reader ({@link JsonContract}) apply to every string and decimal.
 *
 * <p>What JSON Schema cannot say is left to the strict reader, and listed in {@code docs/contract.md}: a
 * credit code's check character, names that must differ, a figure that cannot exceed another.
 *
 * <p>Thread-safe once built; schemas are made on demand and copied out.
 */
public final class ContractSchemas {
    /** The dialect of every schema here. */
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    /** A decimal written as a string: digits, an optional fraction, no exponent. */
    static final String DECIMAL = "^-?[0-9]+(\\.[0-9]+)?$";
    static final String NON_NEGATIVE_DECIMAL = "^[0-9]+(\\.[0-9]+)?$";
    static final String RATIO = "^0*(0(\\.[0-9]+)?|1(\\.0+)?)$"; // leading zeros as NON_NEGATIVE_DECIMAL takes them
    /**
     * A date as the reader takes it, as far as a pattern can say: month 01–12, day 01–31. That the day exists in its
     * month (2013-02-30, 2013-04-31, 2013-02-29) is {@code "format": "date"}, which draft 2020-12 validators only
     * assert when told to (docs/contract.md says how).
     */
    static final String DATE = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";
    /**
     * What the reader allows of a decimal string's length ({@code Problems.MAX_DIGITS}, 40 digits written out in
     * full), as a pattern's lookahead put before a decimal's own pattern: after the sign and the integer part's
     * leading zeros, which the reader does not count, at most 40 digits, or 41 characters with the decimal point.
     */
    static final String DIGITS = "(?=-?0*([0-9]{0," + JsonContract.MAX_NUMBER + "}|(?=[0-9]*\\.)[0-9.]{2,"
            + (JsonContract.MAX_NUMBER + 1) + "})$)";
    /**
     * Where a type's own constraints sit in its module: {@code META-INF/ip-rules/schema/<class name>.json}. Not next
     * to the class: a module's package folder is digested into every receipt's {@code rules}, and these files do not
     * decide anything. The strict reader words one thing with them: a whole number past its Java type is told its
     * field's {@code minimum} and {@code maximum} from here (io.iprules.json.JsonContract), in a request it refuses
     * anyway.
     */
    static final String SUPPLEMENTS = "META-INF/ip-rules/schema/";
    private static final String JAVA_MARK = "x-java-type";

    /** Writes with the escapes of all JSON output (a problem's detail may quote input: a path, a field's name). */
    private static final ObjectMapper JSON = new ObjectMapper(io.iprules.json.JsonEscapes.factory());
    private static final JsonNodeFactory NODES = new JsonNodeFactory(true);
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private final List<PolicyDescription> policies;
    private final Map<String, ObjectNode> requests = new LinkedHashMap<>();

    /** The schemas of every policy of {@code engine}. */
    public ContractSchemas(RulesEngine engine) {
        this(engine.policies());
    }

    /** The schemas of {@code policies}. */
    public ContractSchemas(List<PolicyDescription> policies) {
        this.policies = List.copyOf(policies);
        for (PolicyDescription p : this.policies) {
            requests.put(p.id(), buildRequest(p));
        }
    }

    /** The policies described, in the engine's order (by id). */
    public List<PolicyDescription> policies() {
        return policies;
    }

    /** The policy with {@code id}; an unknown one is an {@link InvalidRequestException} at path {@code policy}. */
    public PolicyDescription policy(String id) {
        for (PolicyDescription p : policies) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        throw InvalidRequestException.unknownPolicy(id, policies.stream().map(PolicyDescription::id).toList());
    }

    /** The ids {@link #named} answers besides the policies'. */
    private static final List<String> OTHER_SCHEMAS = List.of("result", "error", "policies");

    /**
     * The schema {@code ip-rules schema ID} prints and {@code GET /v1/schema/{id}} serves: a policy's request,
     * {@code result}, {@code error} or {@code policies}. An id that is none of them is an {@link
     * InvalidRequestException} at path {@code policy}, "unknown policy or schema", naming every id it answers.
     */
    public ObjectNode named(String id) {
        switch (id) {
            case "result":
                return result();
            case "error":
                return error();
            case "policies":
                return policyList();
            default:
                if (!requests.containsKey(id)) {
                    String known = String.join(", ", java.util.stream.Stream.concat(
                            policies.stream().map(PolicyDescription::id), OTHER_SCHEMAS.stream()).toList());
                    throw new InvalidRequestException("policy", "未知政策或 schema“" + id + "”;已有:" + known,
                            "unknown policy or schema '" + id + "'; known: " + known);
                }
                return request(id);
        }
    }

    /** The schema of a request of policy {@code id}, standing alone ({@code $schema}, {@code $id}). */
    public ObjectNode request(String id) {
        policy(id);
        ObjectNode out = NODES.objectNode();
        out.put("$schema", DIALECT);
        out.put("$id", "urn:ip-rules:schema:request:" + id);
        out.setAll(requestBody(id));
        return out;
    }

    /** As {@link #request}, without {@code $schema} and {@code $id}: to embed (OpenAPI, {@link #all()}). */
    public ObjectNode requestBody(String id) {
        policy(id);
        return requests.get(id).deepCopy();
    }

    /** The schema of a result ({@code evaluate --format json}, {@code POST /v1/evaluate}). */
    public ObjectNode result() {
        return resource("result.schema.json");
    }

    /** The schema of an invalid request's answer: every problem with its JSON path. */
    public ObjectNode error() {
        return resource("error.schema.json");
    }

    /**
     * The schema of the policies listing ({@code ip-rules policies --format json}, {@code GET /v1/policies}); one
     * policy ({@code GET /v1/policies/{id}}) is its {@code $defs/policy}.
     */
    public ObjectNode policyList() {
        return resource("policies.schema.json");
    }

    /**
     * Every schema in one document: a request of any policy ({@code oneOf}, told apart by {@code policy}), and under
     * {@code $defs} each policy's request, the result, the error and the policies listing.
     */
    public ObjectNode all() {
        ObjectNode out = NODES.objectNode();
        out.put("$schema", DIALECT);
        out.put("$id", "urn:ip-rules:schema");
        out.put("title", "ip-rules request (any policy)");
        out.put("description", "A request of the JSON contract; $defs holds each policy's request, the result, "
                + "the error answer and the policies listing.");
        ArrayNode oneOf = out.putArray("oneOf");
        ObjectNode defs = out.putObject("$defs");
        for (PolicyDescription p : policies) {
            oneOf.addObject().put("$ref", "#/$defs/" + p.id());
            defs.set(p.id(), requestBody(p.id()));
        }
        defs.set("result", embedded(result(), "#/$defs/result"));
        defs.set("error", embedded(error(), "#/$defs/error"));
        defs.set("policies", embedded(policyList(), "#/$defs/policies"));
        return out;
    }

    /**
     * {@code schema}, a document of its own, made part of another at {@code at} (a reference to its place there:
     * {@code #/$defs/result} in {@link #all()}, {@code #/components/schemas/Result} in an OpenAPI document): without
     * {@code $schema} and {@code $id}, and its own references ({@code #/$defs/date}) made to point into its place
     * ({@code #/$defs/result/$defs/date}); left as they were, they would point at nothing there.
     *
     * @return {@code schema}, changed in place
     */
    public static ObjectNode embedded(ObjectNode schema, String at) {
        schema.remove("$schema");
        schema.remove("$id");
        rebase(schema, at);
        return schema;
    }

    private static void rebase(JsonNode node, String base) {
        if (node instanceof ObjectNode o) {
            JsonNode ref = o.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#/$defs/")) {
                o.put("$ref", base + ref.asText().substring(1));
            }
            o.elements().forEachRemaining(e -> rebase(e, base));
        } else if (node instanceof ArrayNode a) {
            a.forEach(e -> rebase(e, base));
        }
    }

    /** {@code node} as indented JSON with {@code \n} line breaks on every platform, and a final line break. */
    public static String write(JsonNode node) {
        try {
            return JSON.writer(PRETTY).writeValueAsString(node) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ================================================================== building

    private ObjectNode buildRequest(PolicyDescription p) {
        ObjectNode s = NODES.objectNode();
        s.put("title", p.id() + " request");
        s.put("description", p.title().in(io.iprules.Language.EN) + " (" + p.title().in(io.iprules.Language.ZH)
                + "). A request carries the policy, an optional as-of date, and exactly one of: "
                + String.join(", ", p.subjects().stream().map(SubjectKind::key).toList()) + ".");
        s.put("type", "object");
        ObjectNode props = s.putObject("properties");
        props.putObject("policy").put("const", p.id())
                .put("description", "The policy id.");
        ObjectNode asOf = date();
        asOf.put("description", "The evaluation date (评估日期), YYYY-MM-DD; absent or null: the day it is evaluated, "
                + "which the result's warnings and receipt say.");
        props.set("asOf", nullable(asOf));
        for (SubjectKind k : p.subjects()) {
            ObjectNode subject = subject(p, k);
            props.set(k.key(), subject);
        }
        s.putArray("required").add("policy");
        s.put("additionalProperties", false);
        if (p.subjects().size() == 1) {
            ((ArrayNode) s.get("required")).add(p.subjects().get(0).key());
        } else {
            ArrayNode oneOf = s.putArray("oneOf");
            for (SubjectKind k : p.subjects()) {
                oneOf.addObject().putArray("required").add(k.key());
            }
        }
        return s;
    }

    private ObjectNode subject(PolicyDescription p, SubjectKind k) {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.INLINE_ALL_SCHEMAS,
                        Option.FLATTENED_ENUMS)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        // Fields in the order the type declares them (a record's components), not alphabetically.
        config.forTypesInGeneral().withPropertySorter((a, b) -> 0);
        config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            Class<?> c = type.getErasedType();
            if (c == String.class) {
                return new CustomDefinition(string(), CustomDefinition.DefinitionType.INLINE,
                        CustomDefinition.AttributeInclusion.NO);
            }
            if (c == BigDecimal.class) {
                return new CustomDefinition(decimal(DECIMAL), CustomDefinition.DefinitionType.INLINE,
                        CustomDefinition.AttributeInclusion.NO);
            }
            if (c == LocalDate.class) {
                return new CustomDefinition(date(), CustomDefinition.DefinitionType.INLINE,
                        CustomDefinition.AttributeInclusion.NO);
            }
            if (c == Integer.class || c == int.class) {
                ObjectNode n = NODES.objectNode().put("type", "integer")
                        .put("minimum", Integer.MIN_VALUE).put("maximum", Integer.MAX_VALUE);
                return new CustomDefinition(n, CustomDefinition.DefinitionType.INLINE,
                        CustomDefinition.AttributeInclusion.NO);
            }
            if (c == Long.class || c == long.class) { // the reader's bound, as an int's ("at most 9223372036854775807")
                ObjectNode n = NODES.objectNode().put("type", "integer")
                        .put("minimum", Long.MIN_VALUE).put("maximum", Long.MAX_VALUE);
                return new CustomDefinition(n, CustomDefinition.DefinitionType.INLINE,
                        CustomDefinition.AttributeInclusion.NO);
            }
            if (Map.class.isAssignableFrom(c)) {
                return new CustomDefinition(figures(p), CustomDefinition.DefinitionType.INLINE,
                        CustomDefinition.AttributeInclusion.NO);
            }
            return null;
        });
        // Mark each object type with its class, to merge the module's own constraints in afterwards.
        config.forTypesInGeneral().withTypeAttributeOverride((node, scope, context) -> {
            Class<?> c = scope.getType().getErasedType();
            if (c.getClassLoader() != null && c.getClassLoader()
                    .getResource(SUPPLEMENTS + c.getName() + ".json") != null) {
                node.put(JAVA_MARK, c.getName());
            }
        });
        ObjectNode generated = new SchemaGenerator(config.build()).generateSchema(k.type());
        ObjectNode out = (ObjectNode) supplement(generated, k.type().getClassLoader());
        // What holds for the type only under this request key (a pilot city's province is required when it applies
        // alone, not in a province's set): <class name>.<key>.json.
        String keyed = SUPPLEMENTS + k.type().getName() + "." + k.key() + ".json";
        if (k.type().getClassLoader().getResource(keyed) != null) {
            merge(out, read(k.type().getClassLoader(), keyed));
        }
        if (!out.has("description")) {
            out.put("description", k.description().in(io.iprules.Language.EN) + " ("
                    + k.description().in(io.iprules.Language.ZH) + ")");
        }
        nullability(out);
        return out;
    }

    /** Merges each marked type's constraint file into its node, everywhere in the tree. */
    private static JsonNode supplement(JsonNode node, ClassLoader loader) {
        if (node instanceof ObjectNode o) {
            for (Map.Entry<String, JsonNode> e : o.properties()) {
                e.setValue(supplement(e.getValue(), loader));
            }
            JsonNode mark = o.remove(JAVA_MARK);
            if (mark != null) {
                try {
                    Class<?> c = Class.forName(mark.asText(), false, loader);
                    merge(o, read(loader, SUPPLEMENTS + c.getName() + ".json"));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                a.set(i, supplement(a.get(i), loader));
            }
        }
        return node;
    }

    /**
     * Deep merge: objects field by field, anything else replaced; {@code "minimum"} on a decimal (a number or a
     * decimal string) bounds both forms.
     */
    static void merge(ObjectNode into, JsonNode from) {
        for (Map.Entry<String, JsonNode> e : from.properties()) {
            JsonNode here = into.get(e.getKey());
            if (here instanceof ObjectNode h && e.getValue() instanceof ObjectNode f) {
                merge(h, f);
            } else if ("minimum".equals(e.getKey()) && isDecimal(into)) {
                nonNegativeDecimal(into);
            } else if ("multipleOf".equals(e.getKey()) && isDecimal(into)) {
                fen(into, e.getValue());
            } else {
                into.set(e.getKey(), e.getValue().deepCopy());
            }
        }
    }

    private static boolean isDecimal(ObjectNode n) {
        return n.has("anyOf") && n.get("anyOf").size() == 2 && "number".equals(n.get("anyOf").get(0).path("type")
                .asText());
    }

    private static void nonNegativeDecimal(ObjectNode n) {
        ((ObjectNode) n.get("anyOf").get(0)).put("minimum", 0);
        ObjectNode text = (ObjectNode) n.get("anyOf").get(1);
        if (!digits(FEN).equals(text.path("pattern").asText())) { // a yuan amount's pattern is non-negative
            text.put("pattern", digits(NON_NEGATIVE_DECIMAL));
        }
    }

    /**
     * A request's amount in yuan, exact to the fen as the reader holds it ({@code Problems.yuan}), marked in a
     * constraint file by {@code "multipleOf": 0.01}: a string with at most two decimals before any trailing zeros
     * ({@code "48650.120"} is 48,650.12). The number is not given {@code multipleOf}: validators that compute it in
     * binary floating point (Python's jsonschema, Ajv) find 19.99 / 0.01 not whole and refuse amounts the reader
     * takes (one in nine of 0.00 to 999.99). A number with more than two decimals is the reader's to refuse
     * (docs/contract.md, "What the schemas cannot say").
     */
    private static void fen(ObjectNode n, JsonNode multipleOf) {
        if (multipleOf.decimalValue().compareTo(new java.math.BigDecimal("0.01")) != 0) {
            throw new IllegalStateException("a decimal's multipleOf is 0.01 (yuan to the fen), not " + multipleOf);
        }
        ((ObjectNode) n.get("anyOf").get(1)).put("pattern", DIGITS_AT_START + FEN.substring(1));
    }

    /** A non-negative amount in yuan written as a string: at most two decimals, then only zeros. */
    static final String FEN = "^[0-9]+(\\.[0-9]{1,2}0*)?$";
    /** {@link #DIGITS} where a pattern begins. */
    private static final String DIGITS_AT_START = "^" + DIGITS;

    /** {@code pattern}, a decimal string's ({@code ^…$}), held to the reader's digits too ({@link #DIGITS}). */
    static String digits(String pattern) {
        return pattern.startsWith(DIGITS_AT_START) ? pattern : DIGITS_AT_START + pattern.substring(1);
    }

    /**
     * A property not required may be {@code null}, which the reader takes as absent; a required one may not (the
     * reader refuses a missing, {@code null} or blank required value alike).
     */
    private static void nullability(JsonNode node) {
        if (node instanceof ObjectNode o) {
            JsonNode props = o.get("properties");
            if (props instanceof ObjectNode p && !o.path("x-figures").asBoolean()) {
                List<String> required = new ArrayList<>();
                o.path("required").forEach(r -> required.add(r.asText()));
                for (Map.Entry<String, JsonNode> e : p.properties()) {
                    if (required.contains(e.getKey())) {
                        if (e.getValue().path("type").asText().equals("string") && !e.getValue().has("enum")
                                && !e.getValue().has("format") && !e.getValue().has("pattern")) {
                            ((ObjectNode) e.getValue()).put("pattern", "\\S"); // blank is missing
                        }
                    } else {
                        e.setValue(nullable((ObjectNode) e.getValue()));
                    }
                }
            }
            o.remove("x-figures");
            // conditions (if/then/else) say what they say: a property there is not made nullable
            o.properties().forEach(e -> {
                if (!List.of("if", "then", "else").contains(e.getKey())) {
                    nullability(e.getValue());
                }
            });
        } else if (node instanceof ArrayNode a) {
            a.forEach(ContractSchemas::nullability);
        }
    }

    /** {@code schema} or {@code null}. */
    static ObjectNode nullable(ObjectNode schema) {
        JsonNode type = schema.get("type");
        if (type instanceof TextNode t) {
            if (t.asText().equals("null")) {
                return schema;
            }
            ArrayNode both = NODES.arrayNode().add(t.asText()).add("null");
            schema.set("type", both);
            if (schema.get("enum") instanceof ArrayNode e) {
                e.addNull();
            }
            return schema;
        }
        if (type instanceof ArrayNode a) {
            for (JsonNode t : a) {
                if (t.asText().equals("null")) {
                    return schema;
                }
            }
            a.add("null");
            return schema;
        }
        if (schema.get("anyOf") instanceof ArrayNode any) {
            for (JsonNode alt : any) {
                if (alt.path("type").asText().equals("null")) {
                    return schema;
                }
            }
            any.addObject().put("type", "null");
            return schema;
        }
        ObjectNode wrap = NODES.objectNode();
        if (schema.has("description")) {
            wrap.set("description", schema.remove("description"));
        }
        ArrayNode any = wrap.putArray("anyOf");
        any.add(schema);
        any.addObject().put("type", "null");
        return wrap;
    }

    static ObjectNode string() {
        return NODES.objectNode().put("type", "string").put("maxLength", JsonContract.MAX_STRING);
    }

    static ObjectNode date() {
        return NODES.objectNode().put("type", "string").put("format", "date").put("pattern", DATE);
    }

    /** A decimal read exactly: a JSON number or a decimal string ({@code "12345.67"}). */
    static ObjectNode decimal(String pattern) {
        ObjectNode n = NODES.objectNode();
        ArrayNode any = n.putArray("anyOf");
        any.addObject().put("type", "number");
        // no maxLength but a string's: the reader counts digits, not the integer part's leading zeros (DIGITS)
        any.addObject().put("type", "string").put("pattern", digits(pattern)).put("maxLength", JsonContract.MAX_STRING);
        return n;
    }

    /** The figures of an assessment: one property per target code, by the target's unit. */
    private static ObjectNode figures(PolicyDescription p) {
        ObjectNode n = NODES.objectNode();
        n.put("type", "object");
        if (p.targets().isEmpty()) {
            return n;
        }
        n.put("description", "Figures keyed by indicator code (" + p.targets().size() + " targets of " + p.id()
                + "). A code left out or null is not supplied: its indicator is UNKNOWN.");
        ObjectNode props = n.putObject("properties");
        for (Target t : p.targets()) {
            ObjectNode f = figure(t);
            f.put("description", t.title().in(io.iprules.Language.EN) + " (" + t.title().in(io.iprules.Language.ZH)
                    + "), " + t.citation() + ": " + t.source() + asADecimal(t));
            props.set(t.code(), nullable(f));
        }
        n.put("additionalProperties", false);
        n.put("x-figures", true);
        return n;
    }

    /**
     * How a share is written, for a target the text states as a percentage: anning-2022's 不低于0.12% is 0.0012, and
     * 0.10 for "0.10%" would be taken as 10% and met.
     */
    private static String asADecimal(Target t) {
        if (t.unit() != ParameterUnit.RATIO || t.required() == null) {
            return "";
        }
        String percent = t.required().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        return ". Written as a decimal between 0 and 1: " + percent + " is " + t.required().toPlainString() + ".";
    }

    private static ObjectNode figure(Target t) {
        if (t.reference() != null) {
            ObjectNode o = NODES.objectNode().put("type", "object");
            ObjectNode props = o.putObject("properties");
            ObjectNode actual = bounded(t.unit(), t.maximum());
            actual.put("description", "The figure itself; with the reference missing the indicator is UNKNOWN.");
            props.set("actual", nullable(actual));
            ObjectNode ref;
            if (t.unit() == ParameterUnit.COUNT) { // a count's reference is a whole count too, as the reader reads it
                ref = NODES.objectNode().put("type", "integer").put("exclusiveMinimum", 0);
            } else {
                ref = decimal(NON_NEGATIVE_DECIMAL);
                ((ObjectNode) ref.get("anyOf").get(0)).put("exclusiveMinimum", 0);
                ((ObjectNode) ref.get("anyOf").get(1)).put("pattern",
                        digits("^(0*[1-9][0-9]*(\\.[0-9]+)?|0+\\.[0-9]*[1-9][0-9]*)$"));
            }
            ref.put("description", t.reference().title().in(io.iprules.Language.EN) + " ("
                    + t.reference().title().in(io.iprules.Language.ZH) + "), > 0");
            props.set(t.reference().key(), nullable(ref));
            o.put("additionalProperties", false);
            o.put("minProperties", 1);
            return o;
        }
        return bounded(t.unit(), t.maximum());
    }

    private static ObjectNode bounded(ParameterUnit unit, BigDecimal maximum) {
        ObjectNode n;
        switch (unit) {
            case YES_NO -> {
                // a yes/no target is answered true or false (the reader takes nothing else)
                return NODES.objectNode().put("type", "boolean");
            }
            case COUNT -> {
                n = NODES.objectNode().put("type", "integer").put("minimum", 0);
                if (maximum != null) {
                    n.put("maximum", maximum);
                }
                return n;
            }
            case RATIO -> {
                n = decimal(RATIO);
                ((ObjectNode) n.get("anyOf").get(0)).put("minimum", 0).put("maximum", 1);
            }
            case YUAN -> {
                n = decimal(FEN); // as Figures reads it: "1.230" is 1.23
                // no multipleOf 0.01: see fen
                ((ObjectNode) n.get("anyOf").get(0)).put("minimum", 0);
            }
            default -> {
                n = decimal(NON_NEGATIVE_DECIMAL);
                ((ObjectNode) n.get("anyOf").get(0)).put("minimum", 0);
            }
        }
        if (maximum != null) {
            ((ObjectNode) n.get("anyOf").get(0)).put("maximum", maximum);
        }
        return n;
    }

    private static ObjectNode resource(String name) {
        return (ObjectNode) read(ContractSchemas.class.getClassLoader(), "io/iprules/schema/" + name);
    }

    private static JsonNode read(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            Objects.requireNonNull(in, () -> "no resource " + name);
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
