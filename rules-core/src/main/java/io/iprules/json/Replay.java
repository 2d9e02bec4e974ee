package io.iprules.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.iprules.EvaluationResult;
import io.iprules.InvalidRequestException;
import io.iprules.Language;
import io.iprules.Problem;
import io.iprules.Receipt;
import io.iprules.RulesEngine;
import io.iprules.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Replays a decision receipt: evaluates the request again with this engine and checks that the receipt matches
 * (same library and module versions, rules, parameters, request, as-of date) and that the JSON written is
 * byte-identical to the result recorded.
 *
 * <pre>{@code
 * Replay.Report r = new Replay(engine).check(requestBytes, resultBytes);
 * if (r.verdict() != Replay.Verdict.IDENTICAL) r.differences().forEach(System.err::println);
 * // or in the reader's language: r.explained().forEach(t -> System.err.println(t.in(Language.ZH)));
 * }</pre>
 *
 * <p>The result is written again as it was: in the receipt's {@code language}, with the {@code trace} when the
 * recorded result has one, indented when the recorded result spans several lines (as {@code ip-rules evaluate
 * --format json} prints it) or on one line (as {@code batch} writes it). A final line break of the recorded bytes
 * is not part of the comparison. A request without {@code asOf} is evaluated as of the receipt's date, so a
 * replay gives the same bytes on any day. A result written before JSON output escaped C1 and bidirectional
 * controls and U+2028/U+2029 ({@link JsonEscapes}), which holds one of them raw, is compared as it was written then.
 * Thread-safe.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.MAINTAINED, since = "0.1.0")
public final class Replay {
    private static final ObjectMapper RESULTS = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // a result is one JSON object: what follows it would otherwise go unread, and unreplayed
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // a number as written, to show it as written where it differs: as a double, 1e-400 would read 0.0
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(new JsonNodeFactory(true))
            .build();
    private static final List<String> RECEIPT_FIELDS = List.of("library", "policy", "policyVersion", "rules",
            "parameters", "request", "asOf", "asOfSource", "language");

    private final JsonContract contract;

    /**
     * A replay with {@code engine}: it should be built as the one that made the receipt (same {@code --params} and
     * data files, e.g. {@code --calendar}).
     */
    public Replay(RulesEngine engine) {
        this.contract = new JsonContract(Objects.requireNonNull(engine, "engine"));
        this.engine = engine;
    }

    private final RulesEngine engine;

    /** The outcome of a replay. */
    public enum Verdict {
        /** The receipt matches and the output is byte-identical. */
        IDENTICAL,
        /**
         * The receipt does not match: another library or module version, other rules or parameters (another
         * deployment), another request, another as-of date.
         */
        RECEIPT_DIFFERS,
        /** The receipt matches but the output is not the one recorded: the result was altered after it was written. */
        OUTPUT_DIFFERS
    }

    /**
     * What a replay found.
     *
     * @param verdict     the outcome
     * @param recorded    the receipt of the recorded result
     * @param replayed    the receipt of the replay; {@code null} when this engine, not the one that decided, refused
     *                    the request (verdict {@link Verdict#RECEIPT_DIFFERS}: the engine's parts that differ, then
     *                    {@code "this engine now refuses the request: <path>: <problem>"} for each problem)
     * @param differences what differs, one line each: receipt parts first ({@code "rules: recorded sha256:…, now
     *                    sha256:…"}), then the first differing field of the output ({@code "awards[0].amount:
     *                    recorded \"500000.00\", replayed \"200000.00\""}); empty when identical
     * @param output      the JSON written by the replay, laid out as the recorded one (empty when it refused)
     * @param explained   the same lines in Chinese and English ({@code differences} is their English): each names
     *                    the part or field as results name it, and quotes the values (digests, versions, JSON
     *                    values) untranslated, as they are in the results
     */
    public record Report(Verdict verdict, Receipt recorded, Receipt replayed, List<String> differences,
                         String output, List<Text> explained) {
        /**
         * Copies the lists.
         *
         * @throws IllegalArgumentException when {@code explained} does not hold one text per line of
         *                                  {@code differences}
         */
        public Report {
            differences = List.copyOf(differences);
            explained = List.copyOf(explained);
            if (explained.size() != differences.size()) {
                throw new IllegalArgumentException("one explained text per difference: " + explained.size() + " for "
                        + differences.size());
            }
        }

        /** A report whose differences are said in English only (their Chinese is the English). */
        public Report(Verdict verdict, Receipt recorded, Receipt replayed, List<String> differences, String output) {
            this(verdict, recorded, replayed, differences, output, differences.stream().map(Text::plain).toList());
        }

        /** A report of {@code explained}: {@link #differences()} is its English. */
        static Report of(Verdict verdict, Receipt recorded, Receipt replayed, List<Text> explained, String output) {
            return new Report(verdict, recorded, replayed, explained.stream().map(t -> t.in(Language.EN)).toList(),
                    output, explained);
        }
    }

    /**
     * Replays {@code result} (a JSON result with its receipt, as {@code ip-rules evaluate --format json} or one line
     * of {@code ip-rules batch} wrote it) for {@code request} (the request that was evaluated).
     *
     * @throws InvalidRequestException when the request is invalid (with its paths) under the engine that decided
     *                                 it (a refusal by another engine is a {@link Verdict#RECEIPT_DIFFERS} report,
     *                                 see {@link Report#replayed()}), or the result is not a result with a receipt
     *                                 (paths within the result, e.g. {@code receipt.rules})
     */
    public Report check(byte[] request, byte[] result) {
        return check(request, result, null);
    }

    /**
     * Replays line {@code lineNumber} of a batch's output ({@code result}) for line {@code lineNumber} of its input
     * ({@code request}): as {@link #check(byte[], byte[])}, the result written again with the line number it must
     * carry, so that a line whose recorded number was changed (it answers another input line) differs.
     *
     * @param lineNumber the line of the input and the output, from 1; {@code null} for a single result
     */
    public Report check(byte[] request, byte[] result, Long lineNumber) {
        java.util.Objects.requireNonNull(request, "request");
        java.util.Objects.requireNonNull(result, "result");
        JsonNode recordedTree = parse(result);
        Receipt recorded = receipt(recordedTree);
        Language language = language(recordedTree.get("receipt"));
        LocalDate override = recorded.asOfSource() == Receipt.AsOfSource.OVERRIDE ? recorded.asOf() : null;
        EvaluationResult r;
        try {
            r = contract.evaluate(request, recorded.asOf(), override);
        } catch (InvalidRequestException e) {
            // refused by an engine that is not the one that decided: the receipt does not match this engine, which
            // is what to say first (a result recorded by an earlier build is not a forgery); the same engine's
            // refusal is the request's mistake
            List<Text> engineDiffers = engineDifferences(recorded);
            // a request that is no request at all (not JSON, not an object: a problem at its root) every engine
            // refuses: the user's mistake, whoever wrote the receipt
            if (engineDiffers.isEmpty() || e.problems().stream()
                    .anyMatch(p -> p.path() == null || p.path().isEmpty())) {
                throw e;
            }
            for (Problem p : e.problems()) {
                engineDiffers.add(Text.bilingual("本引擎现在拒绝该请求:" + p.toString(Language.ZH),
                        "this engine now refuses the request: " + p.toString(Language.EN)));
            }
            return Report.of(Verdict.RECEIPT_DIFFERS, recorded, null, engineDiffers, "");
        }
        Receipt replayed = r.receipt().orElseThrow(() -> new IllegalStateException("the engine gave no receipt"));
        boolean trace = recordedTree.has("trace");
        byte[] recordedBytes = withoutFinalLineBreak(result);
        boolean pretty = indexOf(recordedBytes, (byte) '\n') >= 0;
        // a batch line ends with its input line number: written again with the number it must have (given), or the
        // number it carries
        Long line = lineNumber != null && recordedTree.has("line") ? lineNumber
                : recordedTree.path("line").isIntegralNumber() ? recordedTree.get("line").asLong() : null;
        String output = pretty ? contract.writePretty(r, language, trace)
                : contract.writeLine(r, language, trace, line);
        boolean identical = Arrays.equals(recordedBytes, output.getBytes(StandardCharsets.UTF_8));
        if (!identical) {
            // written before JsonEscapes: a C1 or bidi control or U+2028 of the input raw, not as \\uXXXX
            String asBefore = contract.writeAsBefore(pretty, r, language, trace, line);
            if (!asBefore.equals(output) && Arrays.equals(recordedBytes, asBefore.getBytes(StandardCharsets.UTF_8))) {
                identical = true;
                output = asBefore;
            }
        }

        List<Text> differences = new ArrayList<>(recorded.explainedDifferences(replayed));
        boolean receiptDiffers = !differences.isEmpty();
        JsonNode recordedLine = recordedTree.path("line");
        if (lineNumber != null && recordedLine.isIntegralNumber() && recordedLine.asLong() != lineNumber) {
            // said first: the request, date and awards that differ below follow from it, and none is the reason
            differences.add(0, Text.bilingual("line:结果中第 " + lineNumber + " 行是输入第 " + recordedLine.asLong()
                    + " 行的结果(\"line\": " + recordedLine.asLong() + "),不是第 " + lineNumber
                    + " 行的:两个文件之一缺了一行或多了一行,或并非同一次 batch 的输入与输出", "line: line " + lineNumber
                    + " of the results is the result of input line " + recordedLine.asLong() + " (\"line\": "
                    + recordedLine.asLong() + "), not of line " + lineNumber + ": a line is missing from, or added to, "
                    + "one of the files, or they are not one batch's input and output"));
        }
        if (!identical) {
            JsonNode replayedTree = parse(output.getBytes(StandardCharsets.UTF_8));
            Text first = firstDifference("", recordedTree, replayedTree);
            if (first != null) {
                differences.add(first);
            } else if (receiptDiffers) {
                differences.add(Text.bilingual("决定相同;只有回执不同",
                        "the decision is the same; only the receipt differs"));
            } else if ((first = firstDifference("receipt", recordedTree.path("receipt"),
                    replayedTree.path("receipt"))) != null) {
                differences.add(first); // a field added to the receipt, which its parts do not hold
            } else {
                differences.add(Text.bilingual("JSON 内容相同,但字节不同(写出后空白、字段顺序或转义被改动)",
                        "the same JSON content but not the same bytes (spacing, field order or escaping changed after "
                        + "it was written)"));
            }
        }
        Verdict verdict = receiptDiffers ? Verdict.RECEIPT_DIFFERS
                : identical ? Verdict.IDENTICAL : Verdict.OUTPUT_DIFFERS;
        return Report.of(verdict, recorded, replayed, differences, output);
    }

    /**
     * The parts of {@code recorded} that depend on the engine alone (library, policy and its version, rules,
     * parameters, data) and differ from this engine's, worded as {@link Receipt#explainedDifferences}; empty when they
     * are the same, or when this engine cannot say its parts without evaluating.
     */
    private List<Text> engineDifferences(Receipt recorded) {
        List<Text> out = new ArrayList<>();
        if (!(engine instanceof io.iprules.internal.EngineReceipts receipts)) {
            return out;
        }
        var now = receipts.receiptParts(recorded.policy());
        if (now.isEmpty()) {
            out.add(Text.bilingual("policy(政策):记录为 " + recorded.policy() + ",现在为 无(本引擎没有该政策)",
                    "policy: recorded " + recorded.policy() + ", now none (this engine has no such policy)"));
            return out;
        }
        var n = now.get();
        // the request's and the date's parts copied: only the engine's are compared
        Receipt engineNow = new Receipt(n.library(), n.policy(), n.policyVersion(), n.rules(), n.parameters(),
                n.data(), recorded.request(), recorded.asOf(), recorded.asOfSource());
        out.addAll(recorded.explainedDifferences(engineNow));
        return out;
    }

    private static JsonNode parse(byte[] json) {
        // a byte that is not UTF-8, named with its offset, where the parser says it in English without one; and a NUL
        // byte first, which the parser would read as UTF-16 and name a character that is not there
        Text t = StrictUtf8.documentProblemText(json, StrictUtf8.byteOrderMarkLength(json, json.length), json.length);
        if (t != null) {
            throw new InvalidRequestException("", Text.bilingual("结果中" + t.in(Language.ZH),
                    "the result is " + t.in(Language.EN)));
        }
        JsonNode root;
        ParserWords.Source source = ParserWords.Source.of(json); // where a syntax error is, in characters
        try {
            root = RESULTS.readTree(json);
        } catch (JsonProcessingException e) {
            if (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
                throw new InvalidRequestException("", Text.bilingual("结果之后还有内容" + ParserWords.whereZh(e, source)
                        + ":一个结果是一个 JSON 对象(batch 的输出请用 --line N 逐行复核)", "more content after the result"
                        + ParserWords.where(e, source) + ": a result is one JSON object (for a batch's output, replay "
                        + "a line with --line N)"));
            }
            Text syntax = ParserWords.syntax(e, source); // with its line and column, in the run's language
            String zh = syntax.in(Language.ZH);
            String en = syntax.in(Language.EN);
            throw new InvalidRequestException("", Text.bilingual((zh.startsWith("不是") ? "结果" : "结果中") + zh,
                    (en.startsWith("not valid JSON") ? "the result is " : "in the result, ") + en));
        } catch (IOException e) {
            throw new InvalidRequestException("", "无法读取结果:" + e.getMessage(),
                    "cannot read the result: " + e.getMessage());
        } catch (NumberFormatException e) {
            // an exponent beyond what a BigDecimal holds (1e2147483648), worded as a request's is
            throw new InvalidRequestException("", "结果不是有效的 JSON:数值超出范围(指数过大)",
                    "the result is not valid JSON: a number is out of range (its exponent is too large)");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidRequestException("", "结果必须是 JSON 对象(evaluate 的结果或 batch 的一行)",
                    "the result must be a JSON object (a result of evaluate or one line of batch)");
        }
        if (root.has("error")) {
            throw new InvalidRequestException("error", "该结果是错误行:未作出任何决定,没有可复核的回执",
                    "the result is an error line: nothing was decided, so there is no receipt to replay");
        }
        return root;
    }

    /** The receipt recorded in a result. */
    static Receipt receipt(JsonNode result) {
        JsonNode n = result.get("receipt");
        if (n != null && !n.isNull() && !n.isObject()) {
            throw new InvalidRequestException("receipt", "必须是 JSON 对象(一张决定回执),而不是" + JsonContract.kindZh(n),
                    "must be a JSON object (a decision receipt), not " + JsonContract.kind(n));
        }
        if (n == null && !result.has("eligible")) {
            // every result says whether its subject is eligible; a request does not: the two given the other way round
            throw new InvalidRequestException("receipt", "结果中没有回执,也没有结果都有的 eligible:这是一个请求吗?先给请求,"
                    + "再给它的结果", "the result has no receipt, nor the eligible every result has: is it a request? "
                    + "Give the request first, then its result");
        }
        if (n == null || n.isNull()) {
            throw new InvalidRequestException("receipt", "结果中没有回执(由不带回执的版本写出,或回执已被删除)",
                    "the result has no receipt (it was written by a version without receipts, or the receipt was "
                    + "removed)");
        }
        List<Problem> problems = new ArrayList<>();
        for (String f : RECEIPT_FIELDS) {
            JsonNode v = n.get(f);
            if (v == null || !v.isTextual()) {
                problems.add(new Problem("receipt." + f, "is required, as a string", "必须填写,且为字符串"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        LocalDate asOf;
        try {
            asOf = io.iprules.internal.IsoDates.parse(n.get("asOf").asText());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("receipt.asOf", "必须是有效日期 YYYY-MM-DD", "must be a real date YYYY-MM-DD");
        }
        Receipt.AsOfSource source;
        try {
            source = Receipt.AsOfSource.valueOf(n.get("asOfSource").asText());
        } catch (IllegalArgumentException e) {
            List<String> sources = Arrays.stream(Receipt.AsOfSource.values()).map(Enum::name).toList();
            throw new InvalidRequestException("receipt.asOfSource", "必须是 " + WordLists.or(sources, Language.ZH),
                    "must be " + WordLists.or(sources, Language.EN));
        }
        java.util.SortedMap<String, String> data = new java.util.TreeMap<>();
        JsonNode d = n.get("data");
        if (d != null) {
            if (!d.isObject()) {
                throw new InvalidRequestException("receipt.data", "必须是对象:每类数据对应其摘要",
                        "must be an object: per kind of data, its digest");
            }
            for (Map.Entry<String, JsonNode> e : d.properties()) {
                if (!e.getValue().isTextual()) {
                    throw new InvalidRequestException("receipt.data." + e.getKey(), "是摘要,应为字符串",
                            "is a digest, as a string");
                }
                data.put(e.getKey(), e.getValue().asText());
            }
        }
        return new Receipt(n.get("library").asText(), n.get("policy").asText(), n.get("policyVersion").asText(),
                n.get("rules").asText(), n.get("parameters").asText(), data, n.get("request").asText(), asOf, source);
    }

    private static Language language(JsonNode receipt) {
        try {
            return Language.parse(receipt.get("language").asText());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("receipt.language", "未知语言“" + receipt.get("language").asText()
                    + "”:应为 zh 或 en", e.getMessage());
        }
    }

    /**
     * The first field, in the recorded order, whose value differs (the receipt left out: its parts are compared on
     * their own), in both languages; {@code null} when the two hold the same content.
     */
    static Text firstDifference(String path, JsonNode recorded, JsonNode replayed) {
        if (recorded.isObject() && replayed.isObject()) {
            for (Map.Entry<String, JsonNode> e : recorded.properties()) {
                String at = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                if (path.isEmpty() && e.getKey().equals("receipt")) {
                    continue;
                }
                JsonNode other = replayed.get(e.getKey());
                if (other == null) {
                    return Text.bilingual(at + ":记录中有,复核的结果中没有", at + ": recorded, but not in the replay");
                }
                Text d = firstDifference(at, e.getValue(), other);
                if (d != null) {
                    return d;
                }
            }
            for (Iterator<String> it = replayed.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!recorded.has(name) && !(path.isEmpty() && name.equals("receipt"))) {
                    String at = path.isEmpty() ? name : path + "." + name;
                    return Text.bilingual(at + ":复核的结果中有,记录中没有", at + ": in the replay, but not recorded");
                }
            }
            return null;
        }
        if (recorded.isArray() && replayed.isArray()) {
            int n = Math.min(recorded.size(), replayed.size());
            for (int i = 0; i < n; i++) {
                Text d = firstDifference(path + "[" + i + "]", recorded.get(i), replayed.get(i));
                if (d != null) {
                    return d;
                }
            }
            if (recorded.size() != replayed.size()) {
                return Text.bilingual(path + ":记录为 " + recorded.size() + " 项,复核为 " + replayed.size() + " 项",
                        path + ": recorded " + recorded.size() + " entries, replayed " + replayed.size());
            }
            return null;
        }
        if (recorded.equals(replayed)) {
            return null;
        }
        String was = brief(recorded);
        String now = brief(replayed);
        return Text.bilingual((path.isEmpty() ? "结果" : path) + ":记录为 " + was + ",复核为 " + now,
                (path.isEmpty() ? "the result" : path) + ": recorded " + was + ", replayed " + now);
    }

    private static String brief(JsonNode n) {
        String s = n.toString();
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }

    private static byte[] withoutFinalLineBreak(byte[] b) {
        int end = b.length;
        if (end > 0 && b[end - 1] == '\n') {
            end--;
            if (end > 0 && b[end - 1] == '\r') {
                end--;
            }
        }
        return end == b.length ? b : Arrays.copyOf(b, end);
    }

    private static int indexOf(byte[] b, byte x) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return -1;
    }
}
