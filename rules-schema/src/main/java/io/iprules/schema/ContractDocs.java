package io.iprules.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iprules.Language;
import io.iprules.ParameterInfo;
import io.iprules.PolicyDescription;
import io.iprules.SubjectKind;
import io.iprules.json.JsonContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code docs/contract.md}: the JSON contract as a document, generated from the same schemas as {@code ip-rules
 * schema} (so from the policies' own request types and constraint files), with the result, the error answers and
 * the exit codes. A test keeps the committed file equal to what this writes.
 */
public final class ContractDocs {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What the strict reader checks and JSON Schema cannot say: the reader's words, and why. The test that compares
     * the schema with the reader accepts a disagreement only for these.
     *
     * @param words  words of the reader's message
     * @param reason why a schema cannot say it
     */
    public record ReaderOnly(String words, String reason) {
    }

    /** The checks only the reader makes. */
    public static final List<ReaderOnly> READER_ONLY = List.of(
            new ReaderOnly("check character is", "a credit code's check character is computed (GB 32100-2015 mod 31)"),
            new ReaderOnly("is listed twice", "two entries naming one patent, park, city or loan-year: uniqueness "
                    + "of one field among objects"),
            new ReaderOnly("written another way", "jiaxing-2012's one patent, standard, brand, bank's loan-year or "
                    + "platform written two ways in a request (ZL201310001234.5 and 201310001234.5, or ZL201310001234 "
                    + "without its check character; GB/T 30001-2013 and GB/T30001-2013; HECHENG and ＨＥＣＨＥＮＧ; "
                    + "ICBC/2013 and ＩＣＢＣ/2013; 中国银行·北京分行/2013 and 中国银行北京分行/2013), which would "
                    + "make two matters of one, and beijing-2012's one "
                    + "application's priority-examination certificate or one bank's loan-year listed under two "
                    + "spellings: a comparison between entries"),
            new ReaderOnly("is required to tell apart", "two brand honours or standards of one kind and day need "
                    + "their names: uniqueness of a pair of fields"),
            new ReaderOnly("is required when pledgeLoans are given", "jiaxing-2012's sme and beijing-2012's "
                    + "zhongguancun, asked for beside a pledge loan whose year is over on the as-of date (a later "
                    + "year's is left out and asks for nothing): a comparison between a field and the request's as-of "
                    + "date"),
            new ReaderOnly("is required when several brand honours are listed", "jiaxing-2012's brand name of an "
                    + "honour, asked for where several honours are dated on or before the as-of date (a later one is "
                    + "left out and asks for nothing): a comparison between entries' dates and the request's as-of "
                    + "date"),
            new ReaderOnly("listed without a name is identified", "jiaxing-2012's brand named as the code that "
                    + "identifies an honour listed without a name (ZHEJIANG_FAMOUS_TRADEMARK), which would make two "
                    + "brands one: a comparison between entries"),
            new ReaderOnly("in the other form:", "jiaxing-2012's payment or claim naming a standard by its level "
                    + "and day (LOCAL/2013-04-01) or a brand honour by its type (ZHEJIANG_FAMOUS_TRADEMARK) where the "
                    + "request gives that standard's number or that honour's brand, or by a number or a brand beside "
                    + "an item listed without it, which would match nothing and pay the item again: a comparison "
                    + "between entries and their dates"),
            new ReaderOnly("cannot exceed", "a figure that is part of another (其中: invention applications of all "
                    + "patent applications): a comparison between two values"),
            new ReaderOnly("names this policy", "jiaxing-2012's claim under another policy line naming this policy "
                    + "itself, which would hold its own award back for a choice between the policy and itself: a "
                    + "comparison with the request's policy"),
            new ReaderOnly("for the same matter (reading one-matter)", "jiaxing-2012's claims under other policy "
                    + "lines of one matter (the patent-enterprise tiers of §6(5)2 are one; a patent's annual fees and "
                    + "one of them meet at that fee) choosing two policies, THIS beside OTHER, OTHER under two "
                    + "lines, a choice beside none under one line or THIS beside none: a "
                    + "comparison between entries, by what the module reads as one matter"),
            new ReaderOnly("is required for JX_", "subject is required for an award code that covers several "
                    + "subjects: depends on the code's meaning"),
            new ReaderOnly("own name", "a park named like its city, a city like its province: a comparison between "
                    + "two values"),
            new ReaderOnly("but this is the recommendation of", "a city of another province in a province's set: a "
                    + "comparison between two values"),
            new ReaderOnly("as another city or park of this recommendation does", "two cities or parks of a "
                    + "province's set that the result would name alike (pilot-city-2017: a park is named \"city / "
                    + "park\", so 湖州市's park 高新区 and a city 湖州市 / 高新区 are one name): a comparison between names "
                    + "composed of two fields"),
            new ReaderOnly("check the type or the province", "a district whose type its province contradicts "
                    + "(pilot-city-2017: a municipality's district outside 北京市, 天津市, 上海市, 重庆市; a separately "
                    + "planned city's district in a province without one; a city of any kind in a municipality): a "
                    + "comparison between two values"),
            new ReaderOnly("Unicode's composed form (NFC)", "a name or number that identifies an item not in "
                    + "Unicode's composed form (a bank, a brand, a pilot-city-2017 city or park with 金 written as the "
                    + "compatibility ideograph U+F90A): NFC is a mapping of characters and sequences, not a class of "
                    + "characters a pattern can hold"),
            new ReaderOnly("a priority examination certificate is issued for an invention application",
                    "beijing-2012's "
                    + "priority examination certificate for an application whose number's kind digit says a utility "
                    + "model or a design (201320000001.5): the digit's place depends on how the number is written (ZL "
                    + "or not, 12 digits or 8, any width), which the reader works out"),
            new ReaderOnly("holds nothing visible", "a required text of characters that show nothing alone (a name "
                    + "\"\\u200B\"): the patterns of names that are not an item's identifier hold a character that is "
                    + "not white space (\\S), not each invisible one"),
            new ReaderOnly("invisible character, U+E0", "a character that shows nothing outside the Basic Multilingual "
                    + "Plane (a variation selector U+E0100–U+E01EF, a tag U+E0001–U+E007F): the patterns list those of "
                    + "the Basic Multilingual Plane, as a pattern without Unicode mode reads a string by UTF-16 unit"),
            new ReaderOnly("by its kind digit after the year", "jiaxing-2012's patent whose kind the number's kind "
                    + "digit contradicts (ZL201320000002.2, a utility model's, given as an invention): a comparison "
                    + "between two fields, the digit's place depending on how the number is written"),
            new ReaderOnly("(its first digits, 申请年号)", "a date before the year a patent or application number says "
                    + "the application was filed (ZC 0006-2003: ZL201310001234.5 is of 2013, 98100001.2 of 1998): "
                    + "jiaxing-2012's grant date of a patent and date of a China Patent Award, beijing-2012's "
                    + "completion date of a priority examination (its issue date where no completion date is given): a "
                    + "comparison between two fields, the year's place and length depending on how the number is "
                    + "written"),
            new ReaderOnly("the grant date the request gives patent", "jiaxing-2012's China Patent Award dated before "
                    + "the grant date the request gives its patent in patents: a comparison between two entries"),
            new ReaderOnly("check the type or the name", "a separately planned city's district whose name is no "
                    + "district of its province's separately planned city (pilot-city-2017: 大连市 itself, 青岛市黄岛区 "
                    + "in 辽宁省, 杭州市西湖区 in 浙江省): a comparison between a name and its province"),
            new ReaderOnly("give its own type, or check the name", "a type that its name contradicts the other way "
                    + "round (pilot-city-2017: 昆山市 or 大理白族自治州 typed a county, 湖州市 a province): a comparison "
                    + "between a type and the end of a name"),
            new ReaderOnly("give the same figure in each entry", "jiaxing-2012's exports of one year given as two "
                    + "figures (they are the enterprise's, one per year): a comparison between entries"),
            new ReaderOnly("mainland China: §6(5)5", "jiaxing-2012's export trademark registered in mainland China "
                    + "(CN, CHN, 中国, China, P.R.C., …), which is no export country: the reader compares the country "
                    + "with its list without case, width, spaces or punctuation, which an enum cannot"),
            new ReaderOnly("is before complete", "a green-channel certificate issued before its file was complete: a "
                    + "comparison between two dates"),
            new ReaderOnly("must be after period.from", "a period's end after its start: a comparison between two "
                    + "values"),
            new ReaderOnly("must be written as a whole number, without a decimal point or an exponent, not",
                    "a count written with a fraction or an exponent (`42590000.0`, `4.259E+7`): JSON Schema takes any "
                    + "number equal to an integer as one"),
            new ReaderOnly("a field appears twice", "a field given twice in one object (`{\"name\": \"a\", "
                    + "\"name\": \"b\"}`): a validator sees the object its parser made, which holds the field once "
                    + "(most parsers keep the last)"),
            new ReaderOnly("list the fees in the order paid", "jiaxing-2012's annual fee dates in the order paid "
                    + "(`annualFeeDates`): a comparison between the entries of a list"),
            new ReaderOnly("has at most two decimals", "an amount in yuan given as a JSON number with more than two "
                    + "decimals (`19.999`; as a string, `\"19.999\"`, the pattern refuses it): `multipleOf: 0.01` "
                    + "would say it, but validators that compute it in binary floating point (Python's jsonschema, "
                    + "Ajv) refuse amounts such as `19.99` with it, so the number has none"),
            new ReaderOnly("is yuan with at most two decimals", "a figure in yuan given as a JSON number with more "
                    + "than two decimals: as above"),
            new ReaderOnly("a number may have at most", "a JSON number of more than " + JsonContract.MAX_NUMBER
                    + " characters: JSON Schema bounds a number's value, not how it is written (a decimal string's "
                    + "pattern bounds its digits)"),
            new ReaderOnly("digits written out in full", "a JSON number of more than " + JsonContract.MAX_NUMBER
                    + " digits written out in full (`1e-50` has 50): as above"),
            new ReaderOnly("must be a real date", "a date that is not in the calendar (`2013-02-30`, `2013-04-31`, "
                    + "`2013-02-29`, `1900-02-29`): the pattern holds the month to 01–12 and the day to 01–31; the "
                    + "rest is `\"format\": \"date\"`, which a draft 2020-12 validator only asserts when told to "
                    + "(below)"),
            new ReaderOnly("counted in UTF-16 units", "a text of at most " + JsonContract.MAX_STRING + " characters "
                    + "but more UTF-16 units (50,001 × 𠀀 U+20000): `maxLength` counts characters (code points), the "
                    + "reader's limit UTF-16 units, each character beyond U+FFFF two"));

    private ContractDocs() {
    }

    /** Writes the document for {@code schemas} to {@code file} (UTF-8). */
    public static void write(ContractSchemas schemas, Path file) {
        try {
            Files.writeString(file, markdown(schemas), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document. */
    public static String markdown(ContractSchemas schemas) {
        StringBuilder b = new StringBuilder();
        b.append("# The JSON contract\n\n");
        b.append("<!-- Generated by io.iprules.schema.ContractDocs from the policy modules on the classpath; do not "
                + "edit by hand.\n     Regenerate: ./mvnw -B -q -pl rules-schema -am test -Dtest=ContractDocsTest "
                + "-Dsurefire.failIfNoSpecifiedTests=false -Dcontract.write=true -->\n\n");
        b.append("What crosses a process boundary: the requests `ip-rules evaluate`, `ip-rules batch` and the HTTP "
                + "service (`ip-rules serve`) read, the result they write, their errors and exit codes. Every field "
                + "below comes from the policy modules' own request types and constraint files, the same source as "
                + "the JSON Schemas (draft 2020-12) that `ip-rules schema [POLICY]` prints and `GET /v1/schema/{id}` "
                + "serves; a test keeps this page equal to what they say.\n\n");
        b.append("Policies: ");
        b.append(String.join(", ", schemas.policies().stream().map(p -> "[`" + p.id() + "`](#" + p.id().replace(".", "")
                + ")").toList()));
        b.append(".\n\n");
        b.append("## Reading rules for every request\n\n");
        b.append("- A request is one JSON object, UTF-8: `{ \"policy\": ID, \"asOf\": \"YYYY-MM-DD\", KEY: { … } }` "
                + "with exactly one request key of the policy.\n");
        b.append("- `asOf` is the evaluation date (评估日期); absent or `null`: the day it is evaluated, and the "
                + "result says so (a warning, and `\"asOfSource\": \"DEFAULT\"` in its receipt).\n");
        b.append("- **Unknown fields are errors**, at every level (a misspelt field must not turn into a missing "
                + "subsidy); so are duplicated fields, wrong types (a count given as `\"3\"`), impossible dates "
                + "(`2013-02-30`), unknown codes and trailing garbage.\n");
        b.append("- A field that is not required may be left out or given as `null`: both mean \"not given\". A "
                + "required text may not be blank.\n");
        b.append("- Money and other decimals are read exactly, as a decimal string (`\"12345.67\"`) or a JSON number; "
                + "counts are whole JSON numbers.\n");
        b.append("- Limits: a request of at most 4 MiB, nesting 32 deep, strings of at most 100,000 characters "
                + "counted in UTF-16 units (a character beyond U+FFFF, such as 𠀀, is two), numbers of at most 40 "
                + "digits (also written out in full: `1e999` is refused).\n\n");
        for (PolicyDescription p : schemas.policies()) {
            policy(b, schemas, p);
        }
        result(b, schemas);
        listing(b);
        errors(b);
        return b.toString();
    }

    private static void policy(StringBuilder b, ContractSchemas schemas, PolicyDescription p) {
        b.append("## ").append(p.id()).append("\n\n");
        b.append(p.title().in(Language.ZH)).append(" — ").append(p.title().in(Language.EN));
        if (p.documentNumber() != null) {
            b.append(" (").append(p.documentNumber()).append(")");
        }
        b.append(". Issued ").append(p.issued()).append("; in force from ").append(p.inForceFrom())
                .append(p.inForceUntil() == null ? "" : " until " + p.inForceUntil())
                .append(" (").append(p.inForceCitation()).append(").\n\n");
        List<ParameterInfo> open = p.parameters().stream().filter(ParameterInfo::open).toList();
        if (!open.isEmpty()) {
            b.append("Open parameters (amounts the text leaves to implementing rules; `--params`): ")
                    .append(String.join(", ", open.stream().map(x -> "`" + x.name() + "`").toList())).append(".\n\n");
        }
        JsonNode request = schemas.requestBody(p.id());
        for (SubjectKind k : p.subjects()) {
            JsonNode subject = request.get("properties").get(k.key());
            b.append("### ").append(p.id()).append(" `").append(k.key()).append("`\n\n");
            b.append(text(subject.path("description").asText(k.description().in(Language.EN)))).append("\n\n");
            b.append("| field | type | required | values and limits | what |\n|---|---|---|---|---|\n");
            rows(b, k.key(), subject, request.path("$defs"));
            b.append('\n');
            conditions(b, k.key(), subject);
            JsonNode examples = subject.get("examples");
            if (examples != null && !examples.isEmpty()) {
                ObjectNode example = JSON.createObjectNode().put("policy", p.id());
                example.set(k.key(), examples.get(0));
                b.append("Example:\n\n```json\n").append(ContractSchemas.write(example)).append("```\n\n");
            }
        }
    }

    /**
     * One row per field, depth first, with the path a problem would name; an object (or a list of objects) defined
     * once in {@code defs} ({@code $ref} to {@code #/$defs/…}) is listed field by field wherever it is used.
     */
    private static void rows(StringBuilder b, String path, JsonNode schema, JsonNode defs) {
        JsonNode object = objectOf(schema);
        if (object == null) {
            return;
        }
        List<String> required = new ArrayList<>();
        object.path("required").forEach(r -> required.add(r.asText()));
        for (Map.Entry<String, JsonNode> e : object.path("properties").properties()) {
            String at = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            // an object defined once ($defs) is listed where it is used, as if written there
            JsonNode defined = definedObject(e.getValue(), defs);
            JsonNode field = defined != null ? defined : e.getValue();
            b.append("| `").append(at).append("` | ").append(type(field)).append(" | ")
                    .append(required.contains(e.getKey()) ? "yes" : conditional(object, e.getKey()) ? "if …" : "no")
                    .append(" | ").append(limits(field)).append(" | ")
                    .append(text(e.getValue().path("description").asText(field.path("description").asText())))
                    .append(" |\n");
            JsonNode items = arrayItems(field);
            if (items != null) {
                rows(b, at + "[]", items, defs);
            } else {
                rows(b, at, field, defs);
            }
        }
    }

    /**
     * The object, or list of objects, a field refers to in {@code defs} ({@code "$ref": "#/$defs/NAME"}), or
     * {@code null}.
     */
    private static JsonNode definedObject(JsonNode field, JsonNode defs) {
        String ref = field.path("$ref").asText("");
        if (!ref.startsWith("#/$defs/")) {
            return null;
        }
        JsonNode def = defs.path(ref.substring("#/$defs/".length()));
        return def.has("properties") || def.path("items").has("properties") ? def : null;
    }

    private static void conditions(StringBuilder b, String path, JsonNode schema) {
        List<String> lines = new ArrayList<>();
        collectConditions(path, schema, lines);
        if (!lines.isEmpty()) {
            b.append("Required only with another field:\n\n");
            lines.forEach(l -> b.append("- ").append(l).append('\n'));
            b.append('\n');
        }
    }

    private static void collectConditions(String path, JsonNode schema, List<String> out) {
        JsonNode object = objectOf(schema);
        if (object == null) {
            return;
        }
        List<JsonNode> ifs = new ArrayList<>();
        if (object.has("if")) {
            ifs.add(object);
        }
        object.path("allOf").forEach(a -> {
            if (a.has("if")) {
                ifs.add(a);
            }
        });
        for (JsonNode c : ifs) {
            out.add("`" + path + "`: " + describeIf(c.get("if")) + " → " + thenSays(c.path("then")));
        }
        for (Map.Entry<String, JsonNode> e : object.path("properties").properties()) {
            JsonNode items = arrayItems(e.getValue());
            collectConditions(path + "." + e.getKey() + (items != null ? "[]" : ""), items != null ? items
                    : e.getValue(), out);
        }
    }

    /** What a condition's {@code then} asks: the fields it requires, or how it constrains a field further. */
    private static String thenSays(JsonNode then) {
        if (!then.has("required") && !then.has("anyOf") && then.has("properties")) {
            // a field constrained further under the condition (beijing-2012's priority examination: an application
            // number, written without spaces), said in the words of the constraint's own description
            List<String> said = new ArrayList<>();
            for (Map.Entry<String, JsonNode> e : then.get("properties").properties()) {
                said.add("`" + e.getKey() + "` " + e.getValue().path("description")
                        .asText("as its pattern there says"));
            }
            return String.join("; ", said);
        }
        return thenRequired(then) + " required";
    }

    /**
     * What a condition's {@code then} requires: its fields, or one of its alternatives (jiaxing-2012's strategic
     * emerging invention needs {@code annualFeesPaid} or {@code annualFeeDates}, written as {@code anyOf}, which read
     * as "→ `` required" when only {@code then.required} was read).
     */
    private static String thenRequired(JsonNode then) {
        if (then.has("anyOf") && !then.has("required")) {
            List<String> alternatives = new ArrayList<>();
            then.get("anyOf").forEach(a -> alternatives.add("`" + String.join("` and `", names(a.path("required")))
                    + "`"));
            return String.join(" or ", alternatives);
        }
        return "`" + String.join("`, `", names(then.path("required"))) + "`";
    }

    private static String describeIf(JsonNode cond) {
        if (cond.has("anyOf")) {
            List<String> parts = new ArrayList<>();
            cond.get("anyOf").forEach(a -> parts.add(describeIf(a)));
            return String.join(" or ", parts);
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : cond.path("properties").properties()) {
            JsonNode v = e.getValue();
            if (v.has("const")) {
                parts.add("`" + e.getKey() + "` is `" + v.get("const").asText() + "`");
            } else if (v.has("enum")) {
                parts.add("`" + e.getKey() + "` is one of " + String.join(", ", names(v.get("enum"))));
            } else if (v.has("minItems")) {
                parts.add("`" + e.getKey() + "` is not empty");
            } else {
                parts.add("`" + e.getKey() + "` is given");
            }
        }
        return String.join(" and ", parts);
    }

    private static boolean conditional(JsonNode object, String field) {
        String all = object.path("then").toString() + object.path("allOf").toString();
        return all.contains("\"required\":[\"" + field + "\"]");
    }

    private static JsonNode objectOf(JsonNode schema) {
        if (schema.has("properties")) {
            return schema;
        }
        for (JsonNode alt : schema.path("anyOf")) {
            if (alt.has("properties")) {
                return alt;
            }
        }
        return null;
    }

    private static JsonNode arrayItems(JsonNode schema) {
        if (schema.has("items")) {
            return schema.get("items");
        }
        for (JsonNode alt : schema.path("anyOf")) {
            if (alt.has("items")) {
                return alt.get("items");
            }
        }
        return null;
    }

    private static String type(JsonNode s) {
        if (s.has("$ref")) {
            return s.get("$ref").asText().substring(s.get("$ref").asText().lastIndexOf('/') + 1);
        }
        if (s.has("const")) {
            return "`\"" + s.get("const").asText() + "\"`";
        }
        if (s.has("anyOf")) {
            List<String> alts = new ArrayList<>();
            boolean number = false;
            for (JsonNode a : s.get("anyOf")) {
                String t = type(a);
                if (t.equals("number")) {
                    number = true;
                }
                if (t.equals("string") && number) {
                    alts.set(alts.indexOf("number"), "decimal (number or string)");
                    continue;
                }
                alts.add(t);
            }
            return String.join(" or ", alts);
        }
        JsonNode t = s.get("type");
        List<String> types = new ArrayList<>();
        if (t != null && t.isArray()) {
            t.forEach(x -> types.add(x.asText()));
        } else if (t != null) {
            types.add(t.asText());
        }
        if (s.has("format")) {
            types.replaceAll(x -> x.equals("string") ? s.get("format").asText() : x);
        }
        if (s.has("enum")) {
            types.replaceAll(x -> x.equals("string") ? "code" : x);
        }
        if (types.contains("array")) {
            JsonNode items = s.get("items");
            types.replaceAll(x -> x.equals("array") ? "list of " + (items == null ? "any" : type(items)) : x);
        }
        return String.join(" or ", types);
    }

    private static String limits(JsonNode s) {
        List<String> out = new ArrayList<>();
        if (s.has("anyOf")) {
            for (JsonNode a : s.get("anyOf")) {
                String l = limits(a);
                if (!l.isEmpty() && !out.contains(l)) {
                    out.add(l);
                }
            }
            return String.join("; ", out);
        }
        if (s.has("enum")) {
            List<String> values = new ArrayList<>();
            s.get("enum").forEach(v -> {
                if (!v.isNull()) {
                    values.add("`" + v.asText() + "`");
                }
            });
            out.add(String.join(", ", values));
        }
        // an int's or a long's own bounds, which every such field has, are not repeated for each
        boolean intRange = s.path("minimum").isIntegralNumber() && (s.path("minimum").bigIntegerValue()
                .equals(BigInteger.valueOf(Integer.MIN_VALUE)) || s.path("minimum").bigIntegerValue()
                .equals(BigInteger.valueOf(Long.MIN_VALUE)));
        if (s.has("minimum") && !intRange) {
            out.add(">= " + s.get("minimum").asText());
        }
        if (s.has("exclusiveMinimum")) {
            out.add("> " + s.get("exclusiveMinimum").asText());
        }
        if (s.has("maximum") && !(s.get("maximum").isIntegralNumber()
                && (s.get("maximum").bigIntegerValue().equals(BigInteger.valueOf(Integer.MAX_VALUE))
                || s.get("maximum").bigIntegerValue().equals(BigInteger.valueOf(Long.MAX_VALUE))))) {
            out.add("<= " + s.get("maximum").asText());
        }
        if (s.has("multipleOf")) {
            out.add("multiple of " + s.get("multipleOf").asText());
        }
        if (s.path("minItems").asInt() > 0) {
            int min = s.get("minItems").asInt();
            out.add("at least " + min + (min == 1 ? " entry" : " entries"));
        }
        if (s.has("maxItems")) {
            out.add("at most " + s.get("maxItems").asText() + " entries");
        }
        if (s.path("uniqueItems").asBoolean()) {
            out.add("no entry twice");
        }
        if (s.path("items").has("enum")) {
            String each = limits(s.get("items"));
            if (!each.isEmpty()) {
                out.add("each one of " + each);
            }
        }
        if (s.has("pattern") && !s.get("pattern").asText().equals("\\S") && !s.has("format")) {
            String pattern = s.get("pattern").asText();
            String digits = "^" + ContractSchemas.DIGITS;
            if (pattern.startsWith(digits)) { // the reader's bound of a decimal string, said in words
                out.add("pattern `" + ("^" + pattern.substring(digits.length())).replace("|", "\\|") + "`, at most "
                        + JsonContract.MAX_NUMBER + " digits (leading zeros aside)");
            } else {
                out.add("pattern `" + pattern.replace("|", "\\|") + "`");
            }
        }
        if (s.has("minProperties")) {
            out.add("not empty");
        }
        return String.join("; ", out);
    }

    private static List<String> names(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String text(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    private static void result(StringBuilder b, ContractSchemas schemas) {
        ObjectNode result = schemas.result();
        b.append("## The result\n\n");
        b.append(text(result.path("description").asText())).append("\n\n");
        b.append("`evaluate --format json` prints it indented (two spaces, `\\n`), `batch` one per line, in input "
                + "order, as the lines are evaluated (where the input pauses, the lines received are answered before "
                + "more is read: a client of `POST /v1/batch` sending its body in chunks, without `Content-Length`, "
                + "may wait for the answers to the lines it sent before it sends more; a body with a `Content-Length` "
                + "is read in whole chunks, as a file is); `POST /v1/evaluate` answers the bytes `evaluate --format "
                + "json` prints for the same request and language. "
                + "`ip-rules schema result` and `GET /v1/schema/result` give its schema.\n\n");
        b.append("| field | type | always | values and limits | what |\n|---|---|---|---|---|\n");
        rows(b, "", result, result.path("$defs"));
        b.append('\n');
    }

    private static void listing(StringBuilder b) {
        b.append("## The policies listing\n\n");
        b.append("`ip-rules policies --format json` and `GET /v1/policies` write every policy, ordered by id; "
                + "`GET /v1/policies/{id}` one of them: the document, its period in force, every provision "
                + "(implemented, or not formalised and why), every parameter with its values, their first days and "
                + "sources (a deployment's included), the targets, phases, reasons for holding an item back and "
                + "readings, and `data`: what a policy decides with beside its parameters (a working-day calendar, for "
                + "one), with the dates it covers (`covers`), what it was read from (`sources`, "
                + "`file` naming a deployment's file, `null` for data bundled with the library) and the `digest` its "
                + "receipts record. Texts are in the language asked; quotes of the law are in Chinese in both. "
                + "`ip-rules schema policies` and `GET /v1/schema/policies` give its schema, each field described "
                + "(one policy is its `$defs/policy`).\n\n");
    }

    private static void errors(StringBuilder b) {
        b.append("## Errors and exit codes\n\n");
        b.append("| exit | meaning |\n|---|---|\n");
        b.append("| `0` | evaluated, whatever the outcome (eligible or not) |\n");
        b.append("| `2` | invalid input: stderr names each problem with its JSON path "
                + "(`applicant.parks[1].population: must be > 0, but is 0`), stdout prints nothing |\n");
        b.append("| `1` | an internal failure (a bug): one line on stderr; `--verbose` shows where. Also output that "
                + "could not be written (a full disk, a closed pipe: `standard output: cannot write: …`), or a heap "
                + "too small for the run (`out of memory: …`: give Java more, `java -Xmx2g -jar ip-rules.jar …`, or "
                + "`JAVA_OPTS=-Xmx2g` for `bin/ip-rules`) |\n");
        b.append("| `3`, `4` | `replay` only: the receipt does not match; the output was altered |\n\n");
        b.append("**A batch line that is not a valid request** gets an error line instead of a result, and the run "
                + "goes on (`ip-rules schema error`):\n\n");
        b.append("```json\n{\"line\":2,\"error\":{\"problems\":[{\"path\":\"applicant.creditCode\","
                + "\"message\":\"…\"}]}}\n```\n\n");
        b.append("**Over HTTP**, every error is problem JSON (RFC 9457, `application/problem+json`): `type`, `title`, "
                + "`status`, `detail`, `instance`, and for an invalid request (`400`) `problems`, every problem with "
                + "its path, as above (a query parameter the service does not take, `?trace` being the only one "
                + "and only on the three `POST`s, or one given twice, is a problem at path `?name`), and also "
                + "(without `problems`) for a body that ended before its "
                + "`Content-Length` or last chunk, or whose chunked encoding is malformed (a batch sent in chunks "
                + "whose lines were answered at a pause before it broke off: its answer cut off without the summary "
                + "trailer, as its answer had begun), or for a request head "
                + "that cannot be parsed (a malformed request line, URI or header, a `Content-Length` that is not a "
                + "number or is given twice, no `Host`, a `Transfer-Encoding` whose last coding is not `chunked`). "
                + "`414` a URI too long, `431` headers too large, `505` an HTTP version other than 1.0 and 1.1 "
                + "(`HTTP/2.0` too) "
                + "(these and the head that cannot be parsed are answered before a header is read: in Chinese, and "
                + "the connection closed). `417` an `Expect` other than `100-continue`. `404` an unknown policy "
                + "(in a path) or resource, `405` a method not allowed (`Allow` lists those that are), "
                + "`413` over a size limit (a batch sent in chunks, without `Content-Length`: when it passes the "
                + "limit, or, once its results are streaming, its answer cut off without the summary trailer), "
                + "`415` a `Content-Type` that is not JSON, a charset other than UTF-8, or a compressed body "
                + "(`Content-Encoding`; a `Content-Type` given twice is a `400`), `501` a `Transfer-Encoding` with a "
                + "coding before `chunked` (such as `gzip, chunked`), `408` a body that did not arrive in time, `503` "
                + "busy (with `Retry-After`, the seconds to wait before sending the request again: `1`, or `10` when "
                + "the most batches the service evaluates at once are being evaluated) or a batch that ran the "
                + "service's memory out before its first result (`Retry-After: 10`; after it, its answer is cut off) "
                + "or over the time limit (no `Retry-After`: it would take as long again) or sent on an open "
                + "connection once the service has begun to stop (with `Connection: close`; a new connection is "
                + "refused, and a request that arrived before finishes), `500` only for a bug (one line, no stack "
                + "trace).\n\n");
        b.append("**The language of a problem.** Every problem is worded in Chinese and English where it is found (the "
                + "JSON reader, the policy kit, each policy's checks). It is written in the language the run asks for, "
                + "Chinese by default: `--lang zh|en` on the command line (stderr and `batch` error lines), "
                + "`Accept-Language` over HTTP (`message` of each problem, and the problem JSON's `title` and "
                + "`detail`, with `Content-Language`). The `path` is the same in every language: it is what a program "
                + "should read; the English `message` is the stable wording (`--lang en`, the Java API's "
                + "`Problem.message()`, with `message(Language)` and `chinese()` beside it).\n\n");
        b.append("**What the schemas cannot say**, and only the strict reader checks (it refuses with the path):\n\n");
        for (ReaderOnly r : READER_ONLY) {
            b.append("- ").append(r.reason()).append(" (\"").append(r.words()).append(" …\")\n");
        }
        b.append("\nAnd, the other way: JSON Schema counts `3.0` as an integer, which the reader refuses for a count. "
                + "A decimal string is held to plain digits (`\"12.5\"`) by both: the reader refuses `\"1.25E1\"`, "
                + "`\" 5\"` and `\"１２\"` too. Only the schemas refuse an amount in yuan written as the string "
                + "`\"-0\"` or `\"-0.00\"` (their pattern has no sign): the reader reads it as 0, the number it "
                + "is.\n");
        b.append("\n**Dates need format assertion.** Draft 2020-12 makes `\"format\"` an annotation unless the "
                + "validator is told to assert it; without that, `2013-02-30` passes the date pattern. Turn it on: "
                + "networknt's `json-schema-validator`, `SchemaRegistryConfig.builder().formatAssertionsEnabled(true)`;"
                + " Python's `jsonschema`, `validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)` "
                + "(it refuses year `0000`, which the reader takes); Ajv, `ajv-formats` (`addFormats(ajv)`).\n");

    }
}
