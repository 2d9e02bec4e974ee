package io.iprules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iprules.EvaluationRequest;
import io.iprules.EvaluationResult;
import io.iprules.InvalidRequestException;
import io.iprules.Language;
import io.iprules.Problem;
import io.iprules.Receipt;
import io.iprules.RulesEngine;
import io.iprules.fixture.ToyInstall;
import io.iprules.fixture.ToyPolicy;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replaying a result over the toy policy's real rule base: what replays byte for byte, how each kind of difference is
 * reported, and how a result that cannot be replayed is refused.
 */
class ReplayTest {
    private static final LocalDate D = LocalDate.of(2020, 6, 30);
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 2);
    private static final String REQUEST = "{\"policy\":\"toy-2020\",\"asOf\":\"2020-06-30\","
            + "\"applicant\":{\"name\":\"甲\",\"count\":1}}";
    private static final ObjectMapper JSON = JsonMapper.builder()
            .nodeFactory(new JsonNodeFactory(true)).build();

    @TempDir
    Path tmp;
    private int installs;
    private RulesEngine engine;
    private JsonContract contract;

    @BeforeEach
    void build() throws IOException {
        engine = engine("rule \"positive\" when ... then ... end");
        contract = new JsonContract(engine);
    }

    /** The toy engine, its kbase's package holding a rule file with {@code drl} (only its digest is read). */
    private RulesEngine engine(String drl) throws IOException {
        Map<String, String> files = new LinkedHashMap<>(ToyInstall.toy(ToyPolicy.ID));
        files.put("io/iprules/fixture/toy.drl", drl);
        try (URLClassLoader l = ToyInstall.loader(ToyInstall.folder(tmp.resolve("m" + installs++), files))) {
            return RulesEngine.builder().classLoader(l).withoutDiscovery().module(new ToyPolicy()).build();
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private EvaluationResult evaluate(String request) {
        return contract.evaluate(utf8(request), TODAY, null);
    }

    /** As {@code batch} writes a line: on one line, without trace. */
    private String line(String request, Language language) {
        return contract.write(evaluate(request), language, false);
    }

    /** As {@code evaluate --format json --verbose} prints it: indented, with the trace. */
    private String pretty(String request, Language language) {
        return contract.writePretty(evaluate(request), language, true);
    }

    private Replay.Report replay(String request, String result) {
        return new Replay(engine).check(utf8(request), utf8(result));
    }

    private static void assertIdentical(Replay.Report r, String recorded) {
        assertThat(r.differences()).isEmpty();
        assertThat(r.verdict()).isEqualTo(Replay.Verdict.IDENTICAL);
        assertThat(r.replayed()).isEqualTo(r.recorded());
        assertThat(r.output()).isEqualTo(recorded);
    }

    // ------------------------------------------------------------------ identical

    @Test
    void aResultReplaysToTheSameBytesInTheLayoutAndLanguageItWasWrittenIn() {
        String verbose = pretty(REQUEST, Language.ZH);
        assertThat(verbose).contains("\n", "\"trace\" : [", "\"language\" : \"zh\"");
        assertIdentical(replay(REQUEST, verbose), verbose);

        String line = line(REQUEST, Language.EN);
        assertThat(line).doesNotContain("\n", "\"trace\"").contains("\"language\":\"en\"");
        assertIdentical(replay(REQUEST, line), line);

        String lineWithTrace = contract.write(evaluate(REQUEST), Language.ZH, true);
        assertIdentical(replay(REQUEST, lineWithTrace), lineWithTrace);
        String prettyWithoutTrace = contract.writePretty(evaluate(REQUEST), Language.EN, false);
        assertIdentical(replay(REQUEST, prettyWithoutTrace), prettyWithoutTrace);

        Replay.Report r = replay(REQUEST, line);
        assertThat(r.recorded()).isEqualTo(evaluate(REQUEST).receipt().orElseThrow());
        assertThat(r.recorded().asOfSource()).isEqualTo(Receipt.AsOfSource.REQUEST);
    }

    @Test
    void oneFinalLineBreakIsNotCompared() {
        for (String result : List.of(line(REQUEST, Language.ZH), pretty(REQUEST, Language.EN))) {
            for (String end : List.of("", "\n", "\r\n")) {
                assertIdentical(replay(REQUEST, result + end), result);
            }
        }
    }

    @Test
    void anythingMoreAtTheEndIsPartOfTheOutput() {
        String line = line(REQUEST, Language.ZH);
        for (String end : List.of("\n\n", "\r", " ", "\n\r\n", " \n")) {
            Replay.Report r = replay(REQUEST, line + end);
            assertThat(r.verdict()).as(end).isEqualTo(Replay.Verdict.OUTPUT_DIFFERS);
            assertThat(r.differences()).as(end).containsExactly("the same JSON content but not the same bytes "
                    + "(spacing, field order or escaping changed after it was written)");
        }
    }

    @Test
    void theDateOfTheReceiptIsUsedAgain() {
        // --as-of: the request's own date is replaced again
        EvaluationResult overridden = contract.evaluate(utf8(REQUEST), TODAY, LocalDate.of(2020, 7, 15));
        String result = contract.write(overridden, Language.ZH, false);
        Replay.Report r = replay(REQUEST, result);
        assertIdentical(r, result);
        assertThat(r.replayed().asOf()).isEqualTo(LocalDate.of(2020, 7, 15));
        assertThat(r.replayed().asOfSource()).isEqualTo(Receipt.AsOfSource.OVERRIDE);

        // no asOf: the day it was evaluated, whatever the day of the replay
        String undated = "{\"policy\":\"toy-2020\",\"applicant\":{\"name\":\"甲\",\"count\":1}}";
        String defaulted = line(undated, Language.EN);
        assertThat(defaulted).contains("evaluated as of today in China (Asia/Shanghai), 2026-01-02");
        r = replay(undated, defaulted);
        assertIdentical(r, defaulted);
        assertThat(r.replayed().asOf()).isEqualTo(TODAY);
        assertThat(r.replayed().asOfSource()).isEqualTo(Receipt.AsOfSource.DEFAULT);
    }

    // ------------------------------------------------------------------ the receipt differs

    /** {@code result} with one part of its receipt replaced, written again as the contract writes it. */
    private static String withReceipt(String result, String part, String value) throws IOException {
        ObjectNode tree = (ObjectNode) JSON.readTree(result);
        ((ObjectNode) tree.get("receipt")).put(part, value);
        return JSON.writeValueAsString(tree);
    }

    @Test
    void eachPartOfTheReceiptThatDiffersIsNamedAndTheDecisionIsTheSame() throws IOException {
        String line = line(REQUEST, Language.ZH);
        Receipt now = evaluate(REQUEST).receipt().orElseThrow();
        assertThat(withReceipt(line, "library", now.library())).as("the test rewrites as the contract writes")
                .isEqualTo(line);
        String zero = "sha256:" + "0".repeat(64);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("library", "library: recorded 0.0.1, now " + now.library());
        expected.put("policyVersion", "policyVersion: recorded 0, now 1");
        expected.put("rules", "rules: recorded " + zero + ", now " + now.rules());
        expected.put("parameters", "parameters: recorded " + zero + ", now " + now.parameters());
        expected.put("request", "request: recorded " + zero + ", now " + now.request());
        expected.put("asOf", "asOf: recorded 2020-07-01, now 2020-06-30");
        expected.put("asOfSource", "asOfSource: recorded DEFAULT, now REQUEST");
        Map<String, String> recorded = Map.of("library", "0.0.1", "policyVersion", "0", "rules", zero,
                "parameters", zero, "request", zero, "asOf", "2020-07-01", "asOfSource", "DEFAULT");
        for (var e : expected.entrySet()) {
            Replay.Report r = replay(REQUEST, withReceipt(line, e.getKey(), recorded.get(e.getKey())));
            assertThat(r.verdict()).as(e.getKey()).isEqualTo(Replay.Verdict.RECEIPT_DIFFERS);
            assertThat(r.differences()).as(e.getKey()).containsExactly(e.getValue(),
                    "the decision is the same; only the receipt differs");
            assertThat(r.replayed()).isEqualTo(now);
            assertThat(r.output()).isEqualTo(line);
        }
    }

    @Test
    void changedRulesAreAnotherDeployment() throws IOException {
        String line = line(REQUEST, Language.ZH);
        RulesEngine changed = engine("rule \"positive\" when ... then ... end // edited");
        Replay.Report r = new Replay(changed).check(utf8(REQUEST), utf8(line));
        assertThat(r.verdict()).isEqualTo(Replay.Verdict.RECEIPT_DIFFERS);
        assertThat(r.differences()).containsExactly(
                "rules: recorded " + r.recorded().rules() + ", now " + r.replayed().rules(),
                "the decision is the same; only the receipt differs");
        assertThat(r.replayed().rules()).isNotEqualTo(r.recorded().rules());

        // the same rule files in another folder: the same rules
        assertIdentical(new Replay(engine("rule \"positive\" when ... then ... end")).check(utf8(REQUEST),
                utf8(line)), line);
    }

    @Test
    void anotherRequestOrDateIsNamedWithTheFirstFieldItChanges() {
        String line = line(REQUEST, Language.ZH);
        Replay.Report r = replay(REQUEST.replace("\"count\":1", "\"count\":2"), line);
        assertThat(r.verdict()).isEqualTo(Replay.Verdict.RECEIPT_DIFFERS);
        assertThat(r.differences()).hasSize(2);
        assertThat(r.differences().get(0)).isEqualTo("request: recorded " + r.recorded().request() + ", now "
                + r.replayed().request());
        assertThat(r.differences().get(1)).endsWith(": recorded \"1\", replayed \"2\"");

        r = replay(REQUEST.replace("2020-06-30", "2020-07-01"), line);
        assertThat(r.verdict()).isEqualTo(Replay.Verdict.RECEIPT_DIFFERS);
        assertThat(r.differences()).containsExactly(
                "request: recorded " + r.recorded().request() + ", now " + r.replayed().request(),
                "asOf: recorded 2020-06-30, now 2020-07-01",
                "asOf: recorded \"2020-06-30\", replayed \"2020-07-01\"");
    }

    @Test
    void theDifferencesAreExplainedInChineseWithPathsAndValuesUntranslated() throws IOException {
        String line = line(REQUEST, Language.EN);
        Replay.Report r = replay(REQUEST.replace("2020-06-30", "2020-07-01"), line);
        assertThat(r.explained()).extracting(t -> t.in(Language.EN)).containsExactlyElementsOf(r.differences());
        assertThat(r.explained()).extracting(t -> t.in(Language.ZH)).containsExactly(
                "request(请求摘要):记录为 " + r.recorded().request() + ",现在为 " + r.replayed().request(),
                "asOf(评估日期):记录为 2020-06-30,现在为 2020-07-01",
                "asOf:记录为 \"2020-06-30\",复核为 \"2020-07-01\"");

        r = replay(REQUEST, withReceipt(line, "policyVersion", "0"));
        assertThat(r.explained()).extracting(t -> t.in(Language.ZH)).containsExactly(
                "policyVersion(政策模块版本):记录为 0,现在为 1", "决定相同;只有回执不同");

        r = replay(REQUEST, line + " ");
        assertThat(r.verdict()).isEqualTo(Replay.Verdict.OUTPUT_DIFFERS);
        assertThat(r.explained()).extracting(t -> t.in(Language.ZH))
                .containsExactly("JSON 内容相同,但字节不同(写出后空白、字段顺序或转义被改动)");

        assertThat(replay(REQUEST, line).explained()).isEmpty();
    }

    @Test
    void aReportMadeWithEnglishDifferencesOnlyReadsTheSameInChinese() {
        Receipt receipt = evaluate(REQUEST).receipt().orElseThrow();
        Replay.Report r = new Replay.Report(Replay.Verdict.OUTPUT_DIFFERS, receipt, receipt, List.of("total: x"), "{}");
        assertThat(r.explained()).extracting(t -> t.in(Language.ZH)).containsExactly("total: x");
        assertThatThrownBy(() -> new Replay.Report(Replay.Verdict.OUTPUT_DIFFERS, receipt, receipt, List.of("total: x"),
                "{}", List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    // ------------------------------------------------------------------ the output differs

    /**
     * A number changed after it was written is shown as written: read as a double, 1e-400 was "recorded 0.0" beside
     * the replayed 0, a difference nobody could see; a number no decimal holds is told as a request's is.
     */
    @Test
    void aChangedNumberIsShownAsItWasWritten() {
        String line = line(REQUEST, Language.EN);
        assertThat(line).contains("\"undetermined\":0,");
        Replay.Report r = replay(REQUEST, line.replace("\"undetermined\":0,", "\"undetermined\":1e-400,"));
        assertThat(r.verdict()).isEqualTo(Replay.Verdict.OUTPUT_DIFFERS);
        assertThat(r.differences()).containsExactly("undetermined: recorded 1E-400, replayed 0");
        r = replay(REQUEST, line.replace("\"undetermined\":0,", "\"undetermined\":0.0,"));
        assertThat(r.differences()).containsExactly("undetermined: recorded 0.0, replayed 0");
        assertThatThrownBy(() -> replay(REQUEST, line.replace("\"undetermined\":0,", "\"undetermined\":1e2147483648,")))
                .isInstanceOf(io.iprules.InvalidRequestException.class)
                .hasMessage("the result is not valid JSON: a number is out of range (its exponent is too large)");
    }

    @Test
    void anAlteredResultIsOutputDiffersWithTheFirstAlteredField() {
        String line = line(REQUEST, Language.ZH);
        assertThat(line).contains("\"eligible\":true");
        Replay.Report r = replay(REQUEST, line.replace("\"eligible\":true", "\"eligible\":false"));
        assertThat(r.verdict()).isEqualTo(Replay.Verdict.OUTPUT_DIFFERS);
        assertThat(r.differences()).containsExactly("eligible: recorded false, replayed true");
        assertThat(r.replayed()).isEqualTo(r.recorded());
        assertThat(r.output()).isEqualTo(line);

        r = replay(REQUEST, line.replaceFirst("\\{\"policy\"", "{ \"policy\""));
        assertThat(r.verdict()).isEqualTo(Replay.Verdict.OUTPUT_DIFFERS);
        assertThat(r.differences()).containsExactly("the same JSON content but not the same bytes (spacing, field "
                + "order or escaping changed after it was written)");
    }

    // ------------------------------------------------------------------ cannot be replayed

    private Problem refused(String result) {
        try {
            replay(REQUEST, result);
        } catch (InvalidRequestException e) {
            assertThat(e.problems()).hasSize(1);
            return e.problems().get(0);
        }
        throw new AssertionError("expected the result to be refused: " + result);
    }

    @Test
    void aReceiptThatIsNotAnObjectIsToldSoNotAsMissing() throws IOException {
        for (String receipt : List.of("[1]", "\"sha256:…\"", "7", "true")) {
            Problem p = refused("{\"policy\":\"p\",\"receipt\":" + receipt + "}");
            assertThat(p.path()).as(receipt).isEqualTo("receipt");
            assertThat(p.message()).as(receipt).startsWith("must be a JSON object (a decision receipt), not ");
            assertThat(p.message(io.iprules.Language.ZH)).as(receipt).startsWith("必须是 JSON 对象(一张决定回执),而不是");
        }
    }

    @Test
    void whatIsNotAResultWithAReceiptIsInvalidInput() throws IOException {
        Problem p = refused("{\"policy\":");
        assertThat(p.path()).isEmpty();
        assertThat(p.message()).startsWith("the result is not valid JSON (line 1, column ");
        for (String notAnObject : List.of("", " ", "[]", "null", "\"result\"")) {
            assertThat(refused(notAnObject)).as(notAnObject).isEqualTo(new Problem("",
                    "the result must be a JSON object (a result of evaluate or one line of batch)"));
        }
        assertThat(refused("{\"line\":3,\"error\":{\"problems\":[]}}")).isEqualTo(new Problem("error",
                "the result is an error line: nothing was decided, so there is no receipt to replay"));
        Problem noReceipt = new Problem("receipt", "the result has no receipt (it was written by a version without "
                + "receipts, or the receipt was removed)");
        ObjectNode tree = (ObjectNode) JSON.readTree(line(REQUEST, Language.ZH));
        tree.remove("receipt");
        assertThat(refused(JSON.writeValueAsString(tree))).isEqualTo(noReceipt);
        tree.putNull("receipt");
        assertThat(refused(JSON.writeValueAsString(tree))).isEqualTo(noReceipt);
        tree.put("receipt", "sha256:" + "0".repeat(64)); // there, but not a receipt: said so, not "removed"
        assertThat(refused(JSON.writeValueAsString(tree))).isEqualTo(new Problem("receipt",
                "must be a JSON object (a decision receipt), not a string"));
        // the request and the result given the other way round: the request has no eligible, which every result has
        Problem swapped = refused(REQUEST);
        assertThat(swapped).isEqualTo(new Problem("receipt", "the result has no receipt, nor the eligible every result "
                + "has: is it a request? Give the request first, then its result"));
        assertThat(swapped.message(Language.ZH)).isEqualTo("结果中没有回执,也没有结果都有的 eligible:这是一个请求吗?先给请求,"
                + "再给它的结果");
    }

    @Test
    void everyMissingPartOfTheReceiptIsNamed() throws IOException {
        ObjectNode tree = (ObjectNode) JSON.readTree(line(REQUEST, Language.ZH));
        ObjectNode receipt = tree.putObject("receipt");
        receipt.put("library", "1.0");
        receipt.put("rules", 5);
        receipt.putNull("asOf");
        try {
            replay(REQUEST, JSON.writeValueAsString(tree));
            throw new AssertionError("refused");
        } catch (InvalidRequestException e) {
            assertThat(e.problems()).extracting(Problem::path).containsExactly("receipt.policy",
                    "receipt.policyVersion", "receipt.rules", "receipt.parameters", "receipt.request", "receipt.asOf",
                    "receipt.asOfSource", "receipt.language");
            assertThat(e.problems()).extracting(Problem::message).containsOnly("is required, as a string");
        }
    }

    @Test
    void aReceiptsDateSourceAndLanguageAreChecked() throws IOException {
        String line = line(REQUEST, Language.ZH);
        assertThat(refused(withReceipt(line, "asOf", "2020-02-30")))
                .isEqualTo(new Problem("receipt.asOf", "must be a real date YYYY-MM-DD"));
        assertThat(refused(withReceipt(line, "asOf", "+2020-02-03")))
                .isEqualTo(new Problem("receipt.asOf", "must be a real date YYYY-MM-DD"));
        assertThat(refused(withReceipt(line, "asOf", "+999999999-12-31")))
                .isEqualTo(new Problem("receipt.asOf", "must be a real date YYYY-MM-DD"));
        assertThat(refused(withReceipt(line, "asOfSource", "TODAY")))
                .isEqualTo(new Problem("receipt.asOfSource", "must be REQUEST, OVERRIDE or DEFAULT"));
        assertThat(refused(withReceipt(line, "language", "fr")))
                .isEqualTo(new Problem("receipt.language", "unknown language 'fr': use zh or en"));
        assertThat(refused(withReceipt(line, "data", "sha256:0")))
                .isEqualTo(new Problem("receipt.data", "must be an object: per kind of data, its digest"));
        ObjectNode tree = (ObjectNode) JSON.readTree(line);
        ((ObjectNode) tree.get("receipt")).putObject("data").put("calendar", 7);
        assertThat(refused(JSON.writeValueAsString(tree)))
                .isEqualTo(new Problem("receipt.data.calendar", "is a digest, as a string"));
        // a recorded calendar this engine's policy does not read: the receipt differs
        ((ObjectNode) tree.get("receipt")).putObject("data").put("calendar", "sha256:0");
        assertThat(replay(REQUEST, JSON.writeValueAsString(tree)).differences())
                .contains("data.calendar: recorded sha256:0, now none");
    }

    @Test
    void anInvalidRequestIsRefusedWithItsPaths() {
        String line = line(REQUEST, Language.ZH);
        assertThatThrownBy(() -> replay("{\"policy\":\"toy-2020\",\"applicant\":{\"name\":\"甲\"}}", line))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).containsExactly("applicant.count"));
    }

    @Test
    void anEngineThatGivesNoReceiptCannotReplay() {
        String line = line(REQUEST, Language.ZH);
        RulesEngine bare = mock(RulesEngine.class);
        when(bare.policy(ToyPolicy.ID)).thenReturn(engine.policy(ToyPolicy.ID));
        when(bare.evaluate(org.mockito.ArgumentMatchers.any(EvaluationRequest.class)))
                .thenReturn(EvaluationResult.builder(ToyPolicy.ID, D, "甲").build());
        assertThatThrownBy(() -> new Replay(bare).check(utf8(REQUEST), utf8(line)))
                .isInstanceOf(IllegalStateException.class).hasMessage("the engine gave no receipt");
    }

    /** A result that is not JSON is said so in Chinese too, as the result as a whole ("结果不是有效的 JSON…"). */
    @Test
    void aBrokenResultIsToldInChinese() {
        Problem p = refused("{\"policy\":");
        assertThat(p.message(Language.ZH)).startsWith("结果不是有效的 JSON(第 1 行第 ");
        assertThat(p.message(Language.EN)).isEqualTo("the result is not valid JSON (line 1, column 11): the text ends "
                + "early, among the entries of an object");
    }

    /**
     * A batch line ends with the number of the input line it answers: replayed with the number it carries, or the
     * number given (--line N), which must then be the one it carries; a result without a line number gets none.
     */
    @Test
    void aBatchLineIsWrittenAgainWithItsLineNumber() {
        String line = contract.writeLine(evaluate(REQUEST), Language.EN, false, 7L);
        assertThat(line).endsWith(",\"line\":7}");
        assertIdentical(new Replay(engine).check(utf8(REQUEST), utf8(line), null), line);
        assertIdentical(new Replay(engine).check(utf8(REQUEST), utf8(line), 7L), line);
        Replay.Report other = new Replay(engine).check(utf8(REQUEST), utf8(line), 8L);
        assertThat(other.verdict()).isEqualTo(Replay.Verdict.OUTPUT_DIFFERS);
        assertThat(other.output()).isEqualTo(line.replace(",\"line\":7}", ",\"line\":8}"));
        // said first, with what it means: a line missing from one of the files, not a date or an award, is why
        assertThat(other.differences()).first().isEqualTo("line: line 8 of the results is the result of input line 7 "
                + "(\"line\": 7), not of line 8: a line is missing from, or added to, one of the files, or they are "
                + "not one batch's input and output");
        assertThat(other.explained().get(0).in(Language.ZH)).isEqualTo("line:结果中第 8 行是输入第 7 行的结果"
                + "(\"line\": 7),不是第 8 行的:两个文件之一缺了一行或多了一行,或并非同一次 batch 的输入与输出");
        String single = line(REQUEST, Language.EN);
        assertIdentical(new Replay(engine).check(utf8(REQUEST), utf8(single), 5L), single);
    }

    /** A name holding what JSON output escapes beyond JSON's own: C1 controls (a CSI), DEL, bidi controls, U+2028. */
    private static final String CONTROLS = "甲\u0085\u009B2J\u007F\u202E\u2066\u2028\u2029\u200F乙";

    /**
     * The receipt's request digest is of the canonical bytes with the name's characters raw, as before JSON output
     * escaped them: computed here by hand (fields sorted, no whitespace) and hashed with the JDK's SHA-256, so a
     * receipt written before still matches. The output escapes them, and a result written before them, raw, still
     * replays as identical.
     */
    @Test
    void controlCharactersInTheRequestKeepTheRequestDigestAndOldResultsReplay() throws Exception {
        String request = REQUEST.replace("\"甲\"", "\"" + CONTROLS + "\"");
        String canonical = "{\"applicant\":{\"count\":1,\"name\":\"" + CONTROLS + "\"},\"asOf\":\"2020-06-30\","
                + "\"policy\":\"toy-2020\"}";
        String expected = "sha256:" + java.util.HexFormat.of().formatHex(java.security.MessageDigest
                .getInstance("SHA-256").digest(utf8(canonical)));
        EvaluationResult result = evaluate(request);
        assertThat(result.receipt().orElseThrow().request()).isEqualTo(expected);
        assertThat(expected).as("pinned: these bytes hashed by Python's hashlib")
                .isEqualTo("sha256:e6a6d7b9756abb68706e9e7e317a847126f89881e4c4bf83f767381507f7c55e");

        for (boolean pretty : new boolean[] {false, true}) {
            String written = pretty ? pretty(request, Language.ZH) : line(request, Language.EN);
            assertThat(written).contains("\\u0085\\u009B2J\\u007F\\u202E\\u2066\\u2028\\u2029\\u200F")
                    .doesNotContain("\u0085", "\u009B", "\u007F", "\u202E", "\u2066", "\u2028", "\u2029", "\u200F");
            assertThat(JSON.readTree(written).get("receipt").get("request").asText()).isEqualTo(expected);
            assertIdentical(replay(request, written), written);
            // as written before: the characters raw, only JSON's own escapes
            String before = contract.writeAsBefore(pretty, evaluate(request), pretty ? Language.ZH : Language.EN,
                    pretty, null);
            assertThat(before).contains(CONTROLS).isNotEqualTo(written);
            assertThat(JSON.readTree(before)).isEqualTo(JSON.readTree(written));
            assertIdentical(replay(request, before), before);
            // anything else changed still differs
            Replay.Report spaced = replay(request, before + " ");
            assertThat(spaced.verdict()).isEqualTo(Replay.Verdict.OUTPUT_DIFFERS);
        }
    }

    /**
     * A result beginning with a NUL byte is refused naming it (the parser took it for UTF-16 and named a character
     * that is not there).
     */
    @Test
    void aResultBeginningWithANulByteIsRefusedNamingIt() {
        String line = line(REQUEST, Language.EN);
        for (String result : List.of("\0" + line, line.charAt(0) + "\0" + line.substring(1))) {
            Problem p = refused(result);
            int at = result.indexOf('\0');
            assertThat(p.message(Language.EN)).isEqualTo("the result is not valid JSON at byte " + at + ": a NUL byte "
                    + "(control character U+0000), which JSON allows nowhere; save the file as UTF-8 (text saved as "
                    + "UTF-16 holds NUL bytes)");
            assertThat(p.message(Language.ZH)).startsWith("结果中第 " + at + " 字节处不是有效的 JSON:NUL 字节(控制字符 U+0000)");
        }
    }

    /**
     * A result with a byte that is not UTF-8 is refused naming the byte and its offset, in the run's language (the
     * parser says "Invalid UTF-8 start byte" in English, with a line and column but no offset); one after a byte
     * order mark is counted from the file's first byte.
     */
    @Test
    void aResultWithAByteThatIsNotUtf8IsRefusedNamingItsOffset() {
        byte[] line = utf8(line(REQUEST, Language.EN));
        int at = 40;
        for (byte[] prefix : List.of(new byte[0], new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
            byte[] result = new byte[prefix.length + line.length];
            System.arraycopy(prefix, 0, result, 0, prefix.length);
            System.arraycopy(line, 0, result, prefix.length, line.length);
            result[prefix.length + at] = (byte) 0xFF;
            int offset = prefix.length + at;
            try {
                new Replay(engine).check(utf8(REQUEST), result);
                throw new AssertionError("expected the result to be refused");
            } catch (InvalidRequestException e) {
                assertThat(e.problems()).hasSize(1);
                Problem p = e.problems().get(0);
                assertThat(p.message(Language.EN)).isEqualTo("the result is not valid UTF-8 at byte " + offset
                        + " (0xFF): save the file as UTF-8");
                assertThat(p.message(Language.ZH)).isEqualTo("结果中第 " + offset + " 字节(0xFF)处不是有效的 UTF-8:"
                        + "请将文件另存为 UTF-8 编码");
            }
        }
    }

    /**
     * A result recorded by another engine (here: other rules), whose request this engine refuses: the receipt does
     * not match this engine, which is said first, with the refusal as the detail (RECEIPT_DIFFERS, exit 3), not the
     * request's problem alone (exit 2), which read as a forged result (helper-156, 3). Refused by the engine that
     * decided it, the request is the mistake, as before.
     */
    @Test
    void aRequestRefusedByAnotherEngineThanTheOneThatDecidedIsAReceiptThatDiffers() throws IOException {
        String recorded = line(REQUEST, Language.EN);
        String refused = "{\"policy\":\"toy-2020\",\"asOf\":\"2020-06-30\",\"applicant\":{\"name\":\"甲\"}}";
        RulesEngine edited = engine("rule \"positive\" when ... then ... end // edited");
        String before = contract.evaluate(utf8(REQUEST), TODAY, null).receipt().orElseThrow().rules();
        String now = new JsonContract(edited).evaluate(utf8(REQUEST), TODAY, null).receipt().orElseThrow().rules();

        Replay.Report r = new Replay(edited).check(utf8(refused), utf8(recorded));
        assertThat(r.verdict()).isEqualTo(Replay.Verdict.RECEIPT_DIFFERS);
        assertThat(r.replayed()).as("nothing decided").isNull();
        assertThat(r.output()).isEmpty();
        assertThat(r.differences()).containsExactly("rules: recorded " + before + ", now " + now,
                "this engine now refuses the request: applicant.count: is required");
        assertThat(r.explained().get(1).in(Language.ZH)).isEqualTo("本引擎现在拒绝该请求:applicant.count: is required");

        // the engine that decided it: the request's own mistake, with its paths
        assertThatThrownBy(() -> replay(refused, recorded)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("applicant.count");
        // no request at all (a file cut short, a list): every engine refuses it, whoever wrote the receipt
        for (String notARequest : List.of("{", "[1]")) {
            assertThatThrownBy(() -> new Replay(edited).check(utf8(notARequest), utf8(recorded)))
                    .as(notARequest).isInstanceOf(InvalidRequestException.class);
        }
    }
}
