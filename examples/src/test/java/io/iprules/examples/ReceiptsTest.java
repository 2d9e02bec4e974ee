package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iprules.EvaluationResult;
import io.iprules.InvalidRequestException;
import io.iprules.Language;
import io.iprules.Receipt;
import io.iprules.RulesEngine;
import io.iprules.jiaxing.Jiaxing2012;
import io.iprules.json.JsonContract;
import io.iprules.json.Replay;
import io.iprules.kit.MessageCatalog;
import io.iprules.northeast.Northeast2017;
import io.iprules.pilotcity.PilotCity2017;
import io.iprules.spi.RequestGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Decision receipts through the Java API and the JSON contract: what a receipt holds, that the same request gives
 * the same bytes on every run, thread and engine, and that a replay finds what changed.
 */
class ReceiptsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path PARAMS = Path.of("params/jiaxing-implementing-rules.example.json");
    private static final LocalDate TODAY = LocalDate.of(2016, 6, 1);
    /**
     * Every policy on the class path that offers a request generator: a new module is covered without a change here.
     */
    private static final String[] POLICIES = java.util.ServiceLoader.load(RequestGenerator.class).stream()
            .map(g -> g.get().policy()).sorted().toArray(String[]::new);

    private static RulesEngine engine;
    private static JsonContract contract;
    private static byte[] pilot;
    /** 150 generated requests per policy, the policies interleaved. */
    private static List<byte[]> population;

    @BeforeAll
    static void setUp() throws IOException {
        engine = RulesEngine.builder().parameters(PARAMS).build();
        contract = new JsonContract(engine);
        pilot = Files.readAllBytes(Path.of("requests/jiaxing-pilot-and-provincial-demo.json"));
        population = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(20260101);
        for (int i = 0; i < 150; i++) {
            for (String p : POLICIES) {
                population.add(RequestGenerator.forPolicy(p).next(random).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static Receipt receipt(RulesEngine e, byte[] request) {
        return new JsonContract(e).evaluate(request, TODAY, null).receipt().orElseThrow();
    }

    @Test
    void everyResultCarriesTheVersionsAndTheDigests() throws Exception {
        EvaluationResult r = contract.evaluate(pilot, TODAY, null);
        Receipt receipt = r.receipt().orElseThrow();
        assertThat(receipt.library()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(receipt.policy()).isEqualTo("jiaxing-2012");
        assertThat(receipt.policyVersion()).isEqualTo(engine.policy("jiaxing-2012").version());
        assertThat(List.of(receipt.rules(), receipt.parameters(), receipt.request()))
                .allMatch(d -> d.matches("sha256:[0-9a-f]{64}"));
        assertThat(receipt.asOf()).isEqualTo(LocalDate.of(2013, 12, 31));
        assertThat(receipt.asOfSource()).isEqualTo(Receipt.AsOfSource.REQUEST);

        JsonNode json = JSON.readTree(contract.write(r, Language.ZH, false)).get("receipt");
        assertThat(json.get("rules").asText()).isEqualTo(receipt.rules());
        assertThat(json.get("language").asText()).isEqualTo("zh");

        List<String> rules = new ArrayList<>();
        for (byte[] request : population.subList(0, 3)) {
            rules.add(receipt(engine, request).rules());
        }
        assertThat(rules).as("one rule digest per policy").doesNotHaveDuplicates();
    }

    /**
     * The README's recipe, written again without the library's code: sha256sum over every file under the module's
     * package, its kmodule.xml, and every file outside META-INF/ of the policy kit's jar and of rules-core's, sorted by
     * path, then sha256 of that.
     */
    @Test
    void theRulesDigestIsTheSha256sumOfTheModulesFiles() throws Exception {
        Map<String, byte[]> files = moduleFiles(Jiaxing2012.class);
        assertThat(files).containsKeys("io/iprules/jiaxing/policy.json", "io/iprules/jiaxing/messages_zh.properties",
                "io/iprules/jiaxing/parameters/s6_5_2_recognitions.json",
                "io/iprules/jiaxing/rules/s7_1_non_duplication.drl",
                "io/iprules/jiaxing/targets/s1_2_targets.json", "io/iprules/kit/kit_en.properties",
                "io/iprules/internal/core_en.properties", "io/iprules/jiaxing/Jiaxing2012.class",
                // the classes that validate, bind and build a result, not only their messages: a build that only
                // changed the kit's Problems refused what the one before it paid, under the same digest
                "io/iprules/kit/Problems.class", "io/iprules/json/JsonContract.class",
                "io/iprules/EvaluationResult.class", "io/iprules/kit/china/provinces.json");
        // the executable model's classes too: the build is reproducible (README "Decision receipts")
        assertThat(files.keySet()).anyMatch(p -> p.startsWith("io/iprules/jiaxing/rules/") && p.endsWith(".class"));
        assertThat(receipt(engine, pilot).rules()).isEqualTo(sha256sum(files));
    }

    /**
     * A module that decides with the kit's table of China's provincial-level units gets the README's recipe too: the
     * table ({@code io/iprules/kit/china/provinces.json}) is in the kit's jar, among the files, so that a changed
     * table changes the digest.
     */
    @Test
    void theRulesDigestOfAModuleDecidingWithTheProvincesTableCoversTheTable() throws Exception {
        Map<Class<?>, String> requests = Map.of(PilotCity2017.class, "requests/pilot-city-province-recommendation.json",
                Northeast2017.class, "requests/northeast-liaoning-2016-2020.json");
        for (var e : requests.entrySet()) {
            Map<String, byte[]> files = moduleFiles(e.getKey());
            assertThat(files.keySet()).filteredOn(p -> p.startsWith("io/iprules/kit/china/"))
                    .contains("io/iprules/kit/china/provinces.json", "io/iprules/kit/china/ProvincialUnit.class");
            String rules = receipt(engine, Files.readAllBytes(Path.of(e.getValue()))).rules();
            // the table's bytes are among the digested files: a changed table changes the digest
            assertThat(rules).as(e.getKey().getSimpleName()).isEqualTo(sha256sum(files));
        }
    }

    /**
     * The files of the README's recipe for {@code module}: every file under its package, its kmodule.xml, and every
     * file outside META-INF/ of the kit's jar and of rules-core's (as {@code unzip} of the three jars gives them).
     */
    private static Map<String, byte[]> moduleFiles(Class<?> module) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        String pkg = module.getPackageName().replace('.', '/') + "/";
        collect(module, "", true, files);
        // the README's recipe takes the module's whole jar but META-INF/: the same as its package, the engine's rule
        assertThat(files.keySet()).filteredOn(p -> !p.startsWith("META-INF/")).allMatch(p -> p.startsWith(pkg));
        files.keySet().removeIf(p -> !p.startsWith(pkg));
        Map<String, byte[]> kit = new TreeMap<>();
        collect(MessageCatalog.class, "", true, kit);
        Map<String, byte[]> core = new TreeMap<>();
        collect(Class.forName("io.iprules.internal.CoreMessages"), "", true, core);
        kit.keySet().removeIf(p -> p.startsWith("META-INF/"));
        core.keySet().removeIf(p -> p.startsWith("META-INF/"));
        // no path in two of the jars: the order in which the recipe unzips them does not matter
        assertThat(kit.keySet()).doesNotContainAnyElementsOf(core.keySet()).doesNotContainAnyElementsOf(files.keySet());
        assertThat(core.keySet()).doesNotContainAnyElementsOf(files.keySet());
        files.putAll(kit);
        files.putAll(core);
        String classFile = module.getName().replace('.', '/') + ".class";
        String root = module.getResource(module.getSimpleName() + ".class").toString().replace(classFile, "");
        for (URL kmodule : Collections.list(module.getClassLoader().getResources("META-INF/kmodule.xml"))) {
            if (kmodule.toString().equals(root + "META-INF/kmodule.xml")) {
                try (InputStream in = kmodule.openStream()) {
                    files.put("META-INF/kmodule.xml", in.readAllBytes());
                }
            }
        }
        assertThat(files).as("the module's kmodule.xml").containsKey("META-INF/kmodule.xml");
        return files;
    }

    /** {@code sha256sum} over the files, one line each sorted by path, then the SHA-256 of that list. */
    private static String sha256sum(Map<String, byte[]> files) throws Exception {
        StringBuilder sha256sum = new StringBuilder();
        for (var e : new TreeMap<>(files).entrySet()) {
            sha256sum.append(hex(e.getValue())).append("  ").append(e.getKey()).append('\n');
        }
        return "sha256:" + hex(sha256sum.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void collect(Class<?> anchor, String folder, boolean recursive, Map<String, byte[]> into)
            throws Exception {
        URL url = anchor.getResource(anchor.getSimpleName() + ".class");
        if ("jar".equals(url.getProtocol())) {
            try (JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile()) {
                for (JarEntry e : Collections.list(jar.entries())) {
                    String n = e.getName();
                    if (!e.isDirectory() && n.startsWith(folder)
                            && (recursive || n.indexOf('/', folder.length()) < 0)) {
                        try (InputStream in = jar.getInputStream(e)) {
                            into.put(n, in.readAllBytes());
                        }
                    }
                }
            }
        } else {
            Path root = Paths.get(url.toURI()).getParent(); // the class's package folder: up to the class folder
            for (int i = 0; i < anchor.getPackageName().split("\\.").length; i++) {
                root = root.getParent();
            }
            Path dir = root.resolve(folder);
            try (Stream<Path> all = recursive ? Files.walk(dir) : Files.list(dir)) {
                for (Path p : all.filter(Files::isRegularFile).toList()) {
                    into.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
        }
    }

    private static String hex(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void theParametersDigestFollowsTheDeploymentsValues() throws Exception {
        Receipt example = receipt(engine, pilot);
        Receipt sameFile = receipt(RulesEngine.builder().parameters(PARAMS).build(), pilot);
        Receipt none = receipt(RulesEngine.builder().build(), pilot);
        Receipt otherAmount = receipt(RulesEngine.builder().parameters("other", new java.io.ByteArrayInputStream(
                Files.readString(PARAMS).replace("\"value\": \"5000\"", "\"value\": \"6000\"")
                        .getBytes(StandardCharsets.UTF_8))).build(), pilot);
        assertThat(sameFile).isEqualTo(example);
        assertThat(none.parameters()).isNotEqualTo(example.parameters());
        assertThat(otherAmount.parameters()).isNotIn(example.parameters(), none.parameters());
        assertThat(List.of(none.rules(), otherAmount.rules())).containsOnly(example.rules());
        assertThat(List.of(none.request(), otherAmount.request())).containsOnly(example.request());
    }

    @Test
    void theRequestDigestIgnoresLayoutAndFieldOrderButNotValues() throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(pilot);
        ObjectNode reordered = JSON.createObjectNode();
        reordered.set("applicant", reversed((ObjectNode) tree.get("applicant")));
        reordered.set("asOf", tree.get("asOf"));
        reordered.set("policy", tree.get("policy"));
        byte[] other = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(reordered);
        assertThat(new String(other, StandardCharsets.UTF_8)).startsWith("{\n  \"applicant\"");

        EvaluationResult a = contract.evaluate(pilot, TODAY, null);
        EvaluationResult b = contract.evaluate(other, TODAY, null);
        assertThat(b.receipt()).isEqualTo(a.receipt());
        assertThat(contract.write(b, Language.ZH, true)).isEqualTo(contract.write(a, Language.ZH, true));

        byte[] changed = new String(pilot, StandardCharsets.UTF_8).replace("2013-09-20", "2013-09-21")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(receipt(engine, changed).request()).isNotEqualTo(a.receipt().get().request());
    }

    private static ObjectNode reversed(ObjectNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        Collections.reverse(names);
        ObjectNode r = JSON.createObjectNode();
        for (String n : names) {
            r.set(n, o.get(n));
        }
        return r;
    }

    @Test
    void theSameBytesOnEveryRunEveryThreadAndEveryEngine() throws Exception {
        List<String> serial = writeAll(contract, population);
        assertThat(serial).hasSize(150 * POLICIES.length).allMatch(s -> s.contains("\"receipt\":{")
                && s.contains("\"trace\":["));
        assertThat(writeAll(contract, population)).as("a second run").isEqualTo(serial);

        JsonContract separate = new JsonContract(RulesEngine.builder().parameters(PARAMS).build());
        assertThat(writeAll(separate, population)).as("an engine built separately").isEqualTo(serial);

        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String[]>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long seed = t;
                runs.add(pool.submit(() -> {
                    // each thread walks the population in its own order, so threads interleave differently
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < population.size(); i++) {
                        order.add(i);
                    }
                    Collections.shuffle(order, new java.util.Random(seed));
                    String[] out = new String[population.size()];
                    for (int i : order) {
                        out[i] = write(contract, population.get(i));
                    }
                    return out;
                }));
            }
            for (Future<String[]> run : runs) {
                assertThat(List.of(run.get())).as("a thread's results").isEqualTo(serial);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> writeAll(JsonContract c, List<byte[]> requests) {
        List<String> out = new ArrayList<>();
        for (byte[] r : requests) {
            out.add(write(c, r));
        }
        return out;
    }

    private static String write(JsonContract c, byte[] request) {
        return c.write(c.evaluate(request, TODAY, null), Language.ZH, true);
    }

    // ------------------------------------------------------------------ replay

    private static Replay.Report replay(RulesEngine e, byte[] request, String result) {
        return new Replay(e).check(request, result.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anUnchangedRequestAndEngineReplayByteForByteHoweverTheResultWasWritten() {
        EvaluationResult r = contract.evaluate(pilot, TODAY, null);
        for (String written : List.of(contract.writePretty(r, Language.ZH, false) + "\n",
                contract.write(r, Language.EN, false), contract.writePretty(r, Language.EN, true))) {
            Replay.Report report = replay(engine, pilot, written);
            assertThat(report.verdict()).as(written).isEqualTo(Replay.Verdict.IDENTICAL);
            assertThat(report.differences()).isEmpty();
        }
        for (byte[] request : population.subList(0, 30)) {
            assertThat(replay(engine, request, write(contract, request)).verdict()).isEqualTo(Replay.Verdict.IDENTICAL);
        }
    }

    @Test
    void aDefaultedOrOverriddenDateReplaysOnAnyDay() {
        byte[] undated = new String(pilot, StandardCharsets.UTF_8).replace("\"asOf\": \"2013-12-31\",", "")
                .getBytes(StandardCharsets.UTF_8);
        EvaluationResult defaulted = contract.evaluate(undated, LocalDate.of(2014, 3, 1), null);
        assertThat(defaulted.receipt().get().asOfSource()).isEqualTo(Receipt.AsOfSource.DEFAULT);
        assertThat(defaulted.warnings()).extracting(w -> w.in(Language.EN)).anyMatch(w -> w.contains("2014-03-01"));
        assertThat(replay(engine, undated, contract.write(defaulted, Language.EN, false)).verdict())
                .isEqualTo(Replay.Verdict.IDENTICAL);

        EvaluationResult overridden = contract.evaluate(pilot, TODAY, LocalDate.of(2013, 6, 30));
        assertThat(overridden.receipt().get().asOfSource()).isEqualTo(Receipt.AsOfSource.OVERRIDE);
        assertThat(replay(engine, pilot, contract.write(overridden, Language.ZH, false)).verdict())
                .isEqualTo(Replay.Verdict.IDENTICAL);
        // the request's own date and the same date by default decide alike, but the warning says which it was
        EvaluationResult sameDay = contract.evaluate(undated, LocalDate.of(2013, 12, 31), null);
        Replay.Report asRequest = replay(engine, pilot, contract.write(sameDay, Language.EN, false));
        assertThat(asRequest.verdict()).isEqualTo(Replay.Verdict.RECEIPT_DIFFERS);
        assertThat(asRequest.recorded().request()).isEqualTo(asRequest.replayed().request());
        assertThat(asRequest.differences()).containsExactly("asOfSource: recorded DEFAULT, now REQUEST",
                "warnings: recorded 1 entries, replayed 0");
    }

    @Test
    void anotherParameterFileIsNamedAsTheDifference() {
        byte[] patent = ("{\"policy\":\"jiaxing-2012\",\"asOf\":\"2013-12-31\",\"applicant\":{\"name\":\"甲\","
                + "\"creditCode\":\"91330400MA28A0001D\",\"patents\":[{\"number\":\"ZL201310000001.1\","
                + "\"kind\":\"INVENTION\",\"grantDate\":\"2013-05-01\",\"field\":\"OTHER\"}]}}")
                .getBytes(StandardCharsets.UTF_8);
        String recorded = write(contract, patent);
        assertThat(recorded).contains("\"amount\":\"5000.00\"");
        RulesEngine other = RulesEngine.builder().parameters("other", new java.io.ByteArrayInputStream(
                new String(readParams(), StandardCharsets.UTF_8).replace("\"value\": \"5000\"", "\"value\": \"6000\"")
                        .getBytes(StandardCharsets.UTF_8))).build();
        Replay.Report report = replay(other, patent, recorded);
        assertThat(report.verdict()).isEqualTo(Replay.Verdict.RECEIPT_DIFFERS);
        assertThat(report.differences()).hasSize(2);
        assertThat(report.differences().get(0)).startsWith("parameters: recorded " + report.recorded().parameters()
                + ", now sha256:");
        assertThat(report.differences().get(1))
                .isEqualTo("awards[0].amount: recorded \"5000.00\", replayed \"6000.00\"");
    }

    private static byte[] readParams() {
        try {
            return Files.readAllBytes(PARAMS);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anotherRequestIsNamedAsTheDifference() {
        String recorded = contract.writePretty(contract.evaluate(pilot, TODAY, null), Language.ZH, false);
        byte[] changed = new String(pilot, StandardCharsets.UTF_8).replace("NATIONAL_IP_PILOT_ENTERPRISE",
                "CITY_PATENT_DEMO_ENTERPRISE").getBytes(StandardCharsets.UTF_8);
        Replay.Report report = replay(engine, changed, recorded);
        assertThat(report.verdict()).isEqualTo(Replay.Verdict.RECEIPT_DIFFERS);
        assertThat(report.differences().get(0)).startsWith("request: recorded sha256:");
        assertThat(report.differences()).hasSize(2);
        assertThat(report.differences().get(1))
                .startsWith("awards[0].code: recorded \"JX_NATIONAL_IP_PILOT_ENTERPRISE\"");
    }

    @Test
    void aTamperedResultIsCaughtAtItsFirstAlteredField() {
        String recorded = contract.writePretty(contract.evaluate(pilot, TODAY, null), Language.ZH, false);
        String moreMoney = recorded.replace("\"total\" : \"200000.00\"", "\"total\" : \"300000.00\"");
        assertThat(moreMoney).isNotEqualTo(recorded);
        Replay.Report money = replay(engine, pilot, moreMoney);
        assertThat(money.verdict()).isEqualTo(Replay.Verdict.OUTPUT_DIFFERS);
        assertThat(money.differences()).containsExactly("total: recorded \"300000.00\", replayed \"200000.00\"");

        String reformatted = recorded.replace("\"total\" : ", "\"total\":");
        assertThat(replay(engine, pilot, reformatted).differences()).singleElement().asString()
                .startsWith("the same JSON content but not the same bytes");

        String otherRules = recorded.replaceFirst("\"rules\" : \"sha256:[0-9a-f]{4}", "\"rules\" : \"sha256:0000");
        Replay.Report rules = replay(engine, pilot, otherRules);
        assertThat(rules.verdict()).isEqualTo(Replay.Verdict.RECEIPT_DIFFERS);
        assertThat(rules.differences().get(0)).startsWith("rules: recorded sha256:0000");
        assertThat(rules.differences().get(1)).isEqualTo("the decision is the same; only the receipt differs");
    }

    @Test
    void whatCannotBeReplayedIsRefusedAsInput() {
        assertThatThrownBy(() -> replay(engine, pilot, "{\"line\":2,\"error\":{\"problems\":[]}}"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("error line");
        String noReceipt = contract.write(contract.evaluate(pilot, TODAY, null), Language.ZH, false)
                .replaceFirst(",\"receipt\":\\{[^}]*}", "");
        assertThatThrownBy(() -> replay(engine, pilot, noReceipt))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("receipt: the result has no receipt");
        assertThatThrownBy(() -> replay(engine, pilot, "[1]")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> replay(engine, "{}".getBytes(StandardCharsets.UTF_8),
                write(contract, pilot))).isInstanceOf(InvalidRequestException.class).hasMessageContaining("policy");
    }
}
