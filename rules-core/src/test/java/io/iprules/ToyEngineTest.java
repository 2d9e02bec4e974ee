package io.iprules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iprules.fixture.ToyApplicant;
import io.iprules.fixture.ToyCounty;
import io.iprules.fixture.ToyInstall;
import io.iprules.fixture.ToyPolicy;
import io.iprules.spi.PolicyModule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine end to end over a real (toy) rule base: modules found, requests routed to the right kind of subject,
 * rules fired with their citations recorded, and a broken installation refused with what to do.
 */
class ToyEngineTest {
    private static final LocalDate D = LocalDate.of(2020, 6, 30);

    @TempDir
    Path tmp;
    private URLClassLoader loader;

    @BeforeEach
    void install() throws IOException {
        loader = ToyInstall.loader(ToyInstall.folder(tmp.resolve("toy"), ToyInstall.toy(ToyPolicy.ID)));
    }

    @AfterEach
    void close() throws IOException {
        loader.close();
    }

    private RulesEngine engine() {
        return RulesEngine.builder().classLoader(loader).withoutDiscovery().module(new ToyPolicy()).build();
    }

    /** A null where the API needs a value names what is missing, not the engine's internals. */
    @Test
    void aNullArgumentIsNamed() {
        RulesEngine engine = engine();
        io.iprules.json.JsonContract json = new io.iprules.json.JsonContract(engine);
        EvaluationResult r = engine.evaluate(ToyPolicy.ID, D, new ToyApplicant("a", 3));
        assertThatThrownBy(() -> engine.evaluate((EvaluationRequest) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("request");
        assertThatThrownBy(() -> engine.evaluateAll(null)).hasMessage("requests");
        assertThatThrownBy(() -> engine.evaluateAll(java.util.Arrays.asList(
                EvaluationRequest.of(ToyPolicy.ID, D, new ToyApplicant("a", 3)), null)))
                .isInstanceOf(NullPointerException.class).hasMessage("requests[1] is null");
        assertThatThrownBy(() -> RulesEngine.builder().parameter(null, "X", D, "1", "s")).hasMessage("policy");
        assertThatThrownBy(() -> RulesEngine.builder().parameter(ToyPolicy.ID, "X", D, "1", null)).hasMessage("source");
        assertThatThrownBy(() -> RulesEngine.builder().parameters("p.json", (InputStream) null)).hasMessage("json");
        assertThatThrownBy(() -> json.evaluate(null, D, null)).hasMessage("json");
        assertThatThrownBy(() -> json.write(r, null, false)).hasMessage("language");
        assertThatThrownBy(() -> json.writePretty(null, Language.ZH, false)).hasMessage("result");
        assertThatThrownBy(() -> Text.plain("x").in(null)).hasMessage("language");
        assertThatThrownBy(() -> new io.iprules.json.Replay(engine).check(null, new byte[0])).hasMessage("request");
    }

    /** The README's promise that every type prints readably holds for the engine and a batch's budget too. */
    @Test
    void anEngineAndABudgetPrintReadably() {
        RulesEngine engine = engine();
        assertThat(engine).hasToString("RulesEngine[" + ToyPolicy.ID + " " + engine.policy(ToyPolicy.ID).version()
                + "]");
        io.iprules.batch.Budget b = new io.iprules.batch.Budget();
        b.add(engine.evaluate(ToyPolicy.ID, D, new ToyApplicant("a", 3)));
        assertThat(b.toString()).startsWith("Budget[total=").contains("evaluated={" + ToyPolicy.ID + "=1}")
                .doesNotContain("@");
    }

    @Test
    void theRulesDecideAndEveryEntryCitesItsRule() {
        RulesEngine engine = engine();
        EvaluationResult yes = engine.evaluate(ToyPolicy.ID, D, new ToyApplicant("a", 3));
        assertThat(yes.eligible()).isTrue();
        assertThat(yes.conditions()).containsExactly(new Condition("TOY_POSITIVE", "a", true, "3", "> 0", "toy §1",
                null, null));
        assertThat(yes.trace()).containsExactly(new FiredRule("positive", "toy §1"));
        assertThat(yes.asOf()).isEqualTo(D);
        assertThat(yes.policy()).isEqualTo(ToyPolicy.ID);

        EvaluationResult no = engine.evaluate(ToyPolicy.ID, D, new ToyApplicant("b", 0));
        assertThat(no.eligible()).isFalse();
        assertThat(no.conditions()).extracting(Condition::met, Condition::gap).containsExactly(
                org.assertj.core.groups.Tuple.tuple(false, "1"));
        assertThat(no.trace()).containsExactly(new FiredRule("not positive", "toy §1"));
    }

    @Test
    void theEngineListsItsPolicies() {
        RulesEngine engine = engine();
        assertThat(engine.policies()).extracting(PolicyDescription::id).containsExactly(ToyPolicy.ID);
        assertThat(engine.policy(ToyPolicy.ID).title().in(Language.EN)).isEqualTo("toy");
    }

    @Test
    void anUnknownPolicyIsAnInputErrorNamingTheKnownOnes() {
        RulesEngine engine = engine();
        // Asking the Java API for an unknown id is the caller's mistake: IllegalArgumentException, the known ids named.
        assertThatThrownBy(() -> engine.policy("nope")).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown policy 'nope'; known: toy-2020");
        assertThatThrownBy(() -> engine.policy(null)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown policy 'null'");
        assertThat(engine.findPolicy("nope")).isEmpty();
        // A request naming one is the request's mistake: an input error at path "policy".
        assertThatThrownBy(() -> engine.evaluate("nope", D, new ToyApplicant("a", 1)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("unknown policy 'nope'; known: toy-2020")
                .matches(e -> ((InvalidRequestException) e).problems().get(0).path().equals("policy"));
        assertThatThrownBy(() -> new io.iprules.json.JsonContract(engine).evaluate(
                "{\"policy\":\"nope\",\"applicant\":{}}".getBytes(java.nio.charset.StandardCharsets.UTF_8), D, null))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("unknown policy 'nope'; known: toy-2020")
                .matches(e -> ((InvalidRequestException) e).problems().get(0).path().equals("policy"));
    }

    @Test
    void aSubjectIsRoutedByItsKeyOrElseByItsType() {
        RulesEngine engine = engine();
        assertThat(engine.evaluate(new EvaluationRequest(ToyPolicy.ID, D, "county", new ToyCounty("c"))).subjectName())
                .isEqualTo("c");
        assertThat(engine.evaluate(ToyPolicy.ID, D, new ToyCounty("by type")).subjectName()).isEqualTo("by type");
        assertThat(engine.evaluate(new EvaluationRequest(ToyPolicy.ID, D, "applicant", new ToyApplicant("k", 2)))
                .eligible()).isTrue();
        assertThatThrownBy(() -> engine.evaluate(new EvaluationRequest(ToyPolicy.ID, D, "applicant",
                new ToyCounty("c"))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("must be a ToyApplicant, not a ToyCounty");
        assertThatThrownBy(() -> engine.evaluate(new EvaluationRequest(ToyPolicy.ID, D, "city", new ToyCounty("c"))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("policy toy-2020 does not take 'city'; it takes applicant (ToyApplicant) "
                        + "or county (ToyCounty)")
                .satisfies(e -> assertThat(((InvalidRequestException) e).problems().get(0).message(Language.ZH))
                        .isEqualTo("政策 toy-2020 不接受“city”;可接受:applicant (ToyApplicant) 或 county (ToyCounty)"));
        assertThatThrownBy(() -> engine.evaluate(ToyPolicy.ID, D, "a string"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("policy toy-2020 evaluates applicant (ToyApplicant) or county (ToyCounty); "
                        + "a String is none of them")
                .satisfies(e -> assertThat(((InvalidRequestException) e).problems().get(0).message(Language.ZH))
                        .isEqualTo("政策 toy-2020 评估 applicant (ToyApplicant) 或 county (ToyCounty);String 不属于其中任何一种"));
    }

    @Test
    void anAsOfDateTheContractCannotWriteIsTheRequestsMistake() {
        RulesEngine engine = engine();
        // a result repeats its as-of date, and YYYY-MM-DD has four digits and no sign: +10000-01-01 could not be
        // replayed, nor pass the result's schema
        for (LocalDate outside : List.of(LocalDate.of(10_000, 1, 1), LocalDate.of(-1, 12, 31))) {
            assertThatThrownBy(() -> engine.evaluate(ToyPolicy.ID, outside, new ToyApplicant("a", 1)))
                    .isInstanceOf(InvalidRequestException.class)
                    .extracting(e -> ((InvalidRequestException) e).problems())
                    .isEqualTo(List.of(new Problem("asOf", "must be a real date YYYY-MM-DD (years 0000 to 9999), not '"
                            + outside + "'")));
        }
        assertThatThrownBy(() -> engine.evaluate(ToyPolicy.ID, LocalDate.of(10_000, 1, 1), new ToyApplicant("a", 1)))
                .extracting(e -> ((InvalidRequestException) e).problems().get(0).message(Language.ZH))
                .isEqualTo("必须是有效日期 YYYY-MM-DD(0000 至 9999 年),而不是“+10000-01-01”");
        assertThat(engine.evaluateAll(List.of(EvaluationRequest.of(ToyPolicy.ID, LocalDate.of(10_000, 1, 1),
                new ToyApplicant("a", 1)), EvaluationRequest.of(ToyPolicy.ID, D, new ToyApplicant("b", 1)))))
                .extracting(Outcome::evaluated).containsExactly(false, true);
        // the first and the last day the contract can write are evaluated
        assertThat(engine.evaluate(ToyPolicy.ID, LocalDate.of(9999, 12, 31), new ToyApplicant("a", 1)).asOf())
                .isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(engine.evaluate(ToyPolicy.ID, LocalDate.of(0, 1, 1), new ToyApplicant("a", 1)).asOf())
                .isEqualTo(LocalDate.of(0, 1, 1));
    }

    @Test
    void theModuleValidatesBeforeTheRulesRun() {
        assertThatThrownBy(() -> engine().evaluate(ToyPolicy.ID, D, new ToyApplicant(" ", null)))
                .isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).problems())
                .isEqualTo(List.of(new Problem("applicant.name", "is required"),
                        new Problem("applicant.count", "is required")));
    }

    @Test
    void modulesAreFoundThroughTheirServiceFile() throws IOException {
        Path services = tmp.resolve("toy/META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(PolicyModule.class.getName()), ToyPolicy.class.getName() + "\n");
        try (URLClassLoader l = ToyInstall.loader(tmp.resolve("toy"))) {
            RulesEngine engine = RulesEngine.builder().classLoader(l).build();
            assertThat(engine.policies()).extracting(PolicyDescription::id).containsExactly(ToyPolicy.ID);
            assertThatThrownBy(() -> RulesEngine.builder().classLoader(l).withoutDiscovery().build())
                    .hasMessageContaining("no policy module found");
            // found on the classpath and also given by hand: the way out is withoutDiscovery(), not a jar removed
            assertThatThrownBy(() -> RulesEngine.builder().classLoader(l).module(new ToyPolicy()).build())
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("the module given to module() has the id 'toy-2020' of a module found on the "
                            + "classpath (io.iprules.fixture.ToyPolicy from ")
                    .hasMessageContaining("call withoutDiscovery() to use only the modules given")
                    .hasMessageNotContaining("Keep one of them");
            // given twice by hand: not two jars, so not the class path to look at
            ToyPolicy toy = new ToyPolicy();
            assertThatThrownBy(() -> RulesEngine.builder().classLoader(l).withoutDiscovery().module(toy).module(toy)
                    .build()).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("module() was given two modules with the id 'toy-2020' "
                            + "(io.iprules.fixture.ToyPolicy from ")
                    .hasMessageContaining("give one module per policy id").hasMessageNotContaining("classpath");
        }
    }

    @Test
    void theContextClassLoaderIsTheDefault() throws IOException {
        Path services = tmp.resolve("toy/META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(PolicyModule.class.getName()), ToyPolicy.class.getName() + "\n");
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        try (URLClassLoader l = ToyInstall.loader(tmp.resolve("toy"))) {
            t.setContextClassLoader(l);
            assertThat(RulesEngine.builder().build().policies()).hasSize(1);
            t.setContextClassLoader(null);
            // without a context loader, the engine's own: it sees no toy rule base
            assertThatThrownBy(() -> RulesEngine.builder().withoutDiscovery().module(new ToyPolicy()).build())
                    .hasMessageContaining("has no rule base");
        } finally {
            t.setContextClassLoader(before);
        }
    }

    @Test
    void aServiceFileNamingAMissingClassIsAConfigurationError() throws IOException {
        Path services = tmp.resolve("broken/META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(PolicyModule.class.getName()), "io.iprules.NoSuchModule\n");
        try (URLClassLoader l = ToyInstall.loader(tmp.resolve("broken"))) {
            assertThatThrownBy(() -> RulesEngine.builder().classLoader(l).build())
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("a policy module cannot be loaded");
        }
    }

    private static PolicyModule proxy(String id) {
        return (PolicyModule) Proxy.newProxyInstance(ToyEngineTest.class.getClassLoader(),
                new Class<?>[] {PolicyModule.class}, (p, m, args) -> switch (m.getName()) {
                    case "id" -> id;
                    case "describe" -> throw new IllegalStateException("no policy.json");
                    default -> null;
                });
    }

    @Test
    void aModuleOfUnknownOriginIsNamedByItsClass() {
        assertThatThrownBy(() -> RulesEngine.builder().withoutDiscovery().module(proxy("dup")).module(proxy("dup"))
                .build()).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("module() was given two modules with the id 'dup'")
                .hasMessageNotContaining(" from ");
    }

    @Test
    void aModuleThatCannotDescribeItselfIsNamed() throws IOException {
        try (URLClassLoader l = ToyInstall.loader(ToyInstall.folder(tmp.resolve("p"), ToyInstall.toy("p-broken")))) {
            assertThatThrownBy(() -> RulesEngine.builder().classLoader(l).withoutDiscovery().module(proxy("p-broken"))
                    .build()).isInstanceOf(ConfigurationException.class)
                    .hasMessage("policy module 'p-broken' cannot describe itself: no policy.json")
                    .hasCauseInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void deploymentParametersAreReadFromAFileAStreamOrSetInJava() throws IOException {
        RulesEngine.Builder b = RulesEngine.builder().classLoader(loader).withoutDiscovery().module(new ToyPolicy());
        assertThat(b.parameters("stream", new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)))).isSameAs(b);
        Path file = Files.writeString(tmp.resolve("params.json"), "{}");
        assertThat(b.parameters(file)).isSameAs(b);
        assertThat(b.build().policies()).hasSize(1);
        // the toy has no parameter: one set in Java is refused, naming where it came from
        assertThatThrownBy(() -> RulesEngine.builder().classLoader(loader).withoutDiscovery().module(new ToyPolicy())
                .parameter(ToyPolicy.ID, "X", D, "1", "rule").build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("builder parameter(toy-2020, X): toy-2020.X: no such parameter");
        Path missing = tmp.resolve("missing.json");
        assertThatThrownBy(() -> RulesEngine.builder().parameters(missing))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(missing + ": cannot read the parameter file: no such file") // the contract's path: what
                .matches(e -> ((ConfigurationException) e).inParameters());
        // a path through a regular file: told in words in both languages, not the system's "Not a directory"
        Path through = Files.writeString(tmp.resolve("x.jsonl"), "{}").resolve("p.json");
        assertThatThrownBy(() -> RulesEngine.builder().parameters(through))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(through + ": cannot read the parameter file: part of the path is not a folder")
                .matches(e -> ((ConfigurationException) e).message(io.iprules.Language.ZH)
                        .equals(through + ": 无法读取参数文件:路径中有一段不是文件夹"));
        assertThatThrownBy(() -> RulesEngine.builder().dataFile("calendar", through))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(through + ": cannot read the calendar file: part of the path is not a folder");
        // the kind of data file in Chinese words: 日历, not "calendar"
        assertThatThrownBy(() -> RulesEngine.builder().dataFile("calendar", through))
                .matches(e -> ((ConfigurationException) e).message(io.iprules.Language.ZH)
                        .equals(through + ": 无法读取日历数据文件:路径中有一段不是文件夹"));
        assertThatThrownBy(() -> RulesEngine.builder().dataFile("calendar", tmp))
                .matches(e -> ((ConfigurationException) e).message(io.iprules.Language.ZH)
                        .equals(tmp + ": 是文件夹,不是日历数据文件"));
        assertThatThrownBy(() -> RulesEngine.builder().classLoader(loader).withoutDiscovery().module(new ToyPolicy())
                .dataFile("calendar", "c.json", "{}".getBytes(StandardCharsets.UTF_8)).build())
                .isInstanceOf(ConfigurationException.class)
                .matches(e -> ((ConfigurationException) e).message(io.iprules.Language.ZH)
                        .startsWith("c.json: 没有任何政策读取日历数据文件("), "says 日历 in Chinese")
                .hasMessageStartingWith("c.json: no policy here reads calendar files");
        // a stream that fails is named as a file is, not a bare UncheckedIOException
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Connection reset");
            }
        };
        assertThatThrownBy(() -> RulesEngine.builder().parameters("conf/params.json (from the jar)", failing))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("conf/params.json (from the jar): cannot read the parameter file: Connection reset")
                .hasCauseInstanceOf(IOException.class)
                .matches(e -> ((ConfigurationException) e).inParameters())
                .matches(e -> ((ConfigurationException) e).message(io.iprules.Language.ZH)
                        .startsWith("conf/params.json (from the jar): 无法读取参数文件:"));
    }

    /** Runs the toy's rules, then tries to decide outside any rule: the result's name says whether it was refused. */
    private static final class DecidesLate implements PolicyModule {
        @Override
        public String id() {
            return ToyPolicy.ID;
        }

        @Override
        public PolicyDescription describe() {
            return new ToyPolicy().describe();
        }

        @Override
        public List<Outcome> evaluate(List<io.iprules.spi.Evaluation> chunk) {
            return List.of(Outcome.of(evaluate(chunk.get(0))));
        }

        private EvaluationResult evaluate(io.iprules.spi.Evaluation evaluation) {
            io.iprules.fixture.ToyRecord d = new io.iprules.fixture.ToyRecord(evaluation);
            evaluation.rules().run(d, List.of(evaluation.subject()));
            try {
                d.condition("LATE", "x", true, "1", "1", null, null);
                return d.result("decided outside a rule").build();
            } catch (IllegalStateException e) {
                return d.result("refused: " + e.getMessage()).build();
            }
        }
    }

    @Test
    void afterARuleHasFiredItsCitationNoLongerApplies() {
        EvaluationResult r = RulesEngine.builder().classLoader(loader).withoutDiscovery().module(new DecidesLate())
                .build().evaluate(ToyPolicy.ID, D, new ToyApplicant("a", 1));
        assertThat(r.subjectName()).isEqualTo("refused: decisions are made from a rule consequence that binds the "
                + "recorder");
        assertThat(r.conditions()).hasSize(1);
    }

    @Test
    void aParameterFilesErrorNamesTheValueByItsIndex() {
        String json = "{\"toy-2020\": {\"X\": [ {\"from\": \"2020-01-01\", \"value\": \"1\", \"source\": \"s\"},"
                + " {\"from\": \"2021-01-01\", \"value\": \"2\", \"source\": \"s\"},"
                + " {\"from\": \"2022-01-01\", \"value\": \"3\", \"note\": \"n\"} ]}}";
        assertThatThrownBy(() -> RulesEngine.builder().classLoader(loader).withoutDiscovery().module(new ToyPolicy())
                .parameters("deployment.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("deployment.json: toy-2020.X[2].note: unknown field; expected from, value, source");
    }

    @Test
    void aBrokenInstallationIsAConfigurationErrorNotAParameterError() {
        assertThatThrownBy(() -> RulesEngine.builder().withoutDiscovery().build())
                .isInstanceOf(ConfigurationException.class)
                .matches(e -> !((ConfigurationException) e).inParameters());
        assertThat(new ConfigurationException("x", new RuntimeException()).inParameters()).isFalse();
    }

    /**
     * A data file's kind is checked before the file is read; a file of at most 16 MiB is kept, one byte more is
     * refused.
     */
    @Test
    void aDataFileIsCheckedForItsKindFirstAndForItsSize() throws IOException {
        Path missing = tmp.resolve("missing.json");
        assertThatThrownBy(() -> RulesEngine.builder().dataFile("Calendar", missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a data kind is lowercase letters, digits and dashes: 'Calendar'");
        assertThatThrownBy(() -> RulesEngine.builder().dataFile("Calendar", "c.json", new byte[1]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a data kind is lowercase letters, digits and dashes: 'Calendar'");
        RulesEngine.Builder b = RulesEngine.builder();
        assertThat(b.dataFile("calendar", Files.writeString(tmp.resolve("2020.json"), "{}"))).isSameAs(b);
        assertThat(b.dataFile("calendar", "full.json", new byte[16 << 20])).isSameAs(b);
        assertThatThrownBy(() -> b.dataFile("calendar", "over.json", new byte[(16 << 20) + 1]))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("over.json: too large: a data file has at most 16777216 bytes");
    }

    /**
     * The toy reading deployment data of {@code kinds}: keeps what it is handed, and answers {@code digest} of it;
     * records the size of each chunk it evaluates.
     */
    static final class RecordingToy implements PolicyModule {
        private final ToyPolicy toy = new ToyPolicy();
        private final java.util.Set<String> kinds;
        private final java.util.function.Function<java.util.Map<String, byte[]>, String> digest;
        final java.util.Map<String, java.util.Map<String, byte[]>> handed = new java.util.LinkedHashMap<>();
        final List<Integer> chunks = new java.util.ArrayList<>();
        /** The data it describes: none unless a test sets it. */
        List<DataDescription> data = List.of();

        RecordingToy(java.util.Set<String> kinds, java.util.function.Function<java.util.Map<String, byte[]>,
                String> digest) {
            this.kinds = kinds;
            this.digest = digest;
        }

        @Override
        public String id() {
            return toy.id();
        }

        @Override
        public PolicyDescription describe() {
            return toy.describe().withData(data);
        }

        @Override
        public List<Outcome> evaluate(List<io.iprules.spi.Evaluation> chunk) {
            chunks.add(chunk.size());
            return toy.evaluate(chunk);
        }

        @Override
        public java.util.Set<String> dataKinds() {
            return kinds;
        }

        @Override
        public String useData(String kind, java.util.Map<String, byte[]> files) {
            handed.put(kind, files);
            return digest.apply(files);
        }
    }

    private static final String DIGEST_A = "sha256:" + "a".repeat(64);
    private static final String DIGEST_0 = "sha256:" + "0".repeat(64);

    private RulesEngine.Builder withData(RecordingToy module) {
        return RulesEngine.builder().classLoader(loader).withoutDiscovery().module(module);
    }

    @Test
    void aModuleIsHandedTheFilesOfEachKindItReadsAndItsReceiptsRecordTheDigestItGives() {
        RecordingToy m = new RecordingToy(java.util.Set.of("calendar"), files -> files.isEmpty() ? DIGEST_0 : DIGEST_A);
        byte[] bytes = "{\"year\":2020}".getBytes(StandardCharsets.UTF_8);
        RulesEngine engine = withData(m).dataFile("calendar", "2020.json", bytes).build();
        assertThat(m.handed).containsOnlyKeys("calendar");
        assertThat(m.handed.get("calendar")).containsOnlyKeys("2020.json");
        assertThat(m.handed.get("calendar").get("2020.json")).isEqualTo(bytes);
        assertThat(engine.evaluate(ToyPolicy.ID, D, new ToyApplicant("a", 3)).receipt().orElseThrow().data())
                .isEqualTo(java.util.Map.of("calendar", DIGEST_A));
        // no file of that kind: the module is handed none, and its own data's digest is recorded all the same
        RecordingToy alone = new RecordingToy(java.util.Set.of("calendar"), files -> files.isEmpty() ? DIGEST_0
                : DIGEST_A);
        assertThat(withData(alone).build().evaluate(ToyPolicy.ID, D, new ToyApplicant("a", 3)).receipt().orElseThrow()
                .data()).isEqualTo(java.util.Map.of("calendar", DIGEST_0));
        assertThat(alone.handed.get("calendar")).isEmpty();
    }

    /**
     * A module that declares a kind, or gives a digest, outside the contract is a broken installation; so is one that
     * fails on good input.
     */
    @Test
    void aModuleThatDeclaresOrDigestsItsDataWronglyCannotStart() {
        assertThatThrownBy(() -> withData(new RecordingToy(java.util.Set.of("Calendar"), files -> DIGEST_A)).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageEndingWith(" declares a data kind 'Calendar': a kind is lowercase letters, digits and "
                        + "dashes")
                .hasMessageContaining("RecordingToy");
        // a null kind is named as such, beside a good one (sorting them had failed with a bare NullPointerException)
        java.util.Set<String> withNull = new java.util.HashSet<>(java.util.Arrays.asList("calendar", null));
        assertThatThrownBy(() -> withData(new RecordingToy(withNull, files -> DIGEST_A)).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageEndingWith(" declares a data kind 'null': a kind is lowercase letters, digits and dashes");
        assertThatThrownBy(() -> withData(new RecordingToy(java.util.Set.of("calendar"), files -> "sha256:ABC"))
                .build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageEndingWith(" gives the calendar data digest 'sha256:ABC', not sha256: and 64 lowercase hex "
                        + "digits");
        assertThatThrownBy(() -> withData(new RecordingToy(java.util.Set.of("calendar"), files -> null)).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("data digest 'null'");
        assertThatThrownBy(() -> withData(new RecordingToy(java.util.Set.of("calendar"), files -> {
            throw new IllegalStateException("no calendar bundled");
        })).build()).isInstanceOf(ConfigurationException.class)
                .hasMessage("policy module 'toy-2020' cannot take its calendar data: no calendar bundled")
                .hasCauseInstanceOf(IllegalStateException.class);
        // a file the module finds wrong is the caller's input, passed on as the module worded it
        ConfigurationException wrongFile = new ConfigurationException(Text.bilingual("2020.json: 错误", "2020.json: "
                + "wrong"),
                null, true);
        assertThatThrownBy(() -> withData(new RecordingToy(java.util.Set.of("calendar"), files -> {
            throw wrongFile;
        })).build()).isSameAs(wrongFile);
    }

    /**
     * What a policy describes of its data carries the digest its receipts record, whether the module described the
     * data or only declared its kind; a policy that reads none describes none.
     */
    @Test
    void thePolicyDescribesItsDataWithTheDigestItsReceiptsRecord() {
        RecordingToy described = new RecordingToy(java.util.Set.of("calendar", "rates"), files -> DIGEST_A);
        DataDescription.DateRange range = new DataDescription.DateRange(LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 12, 24));
        described.data = List.of(new DataDescription("calendar", null, Text.plain("a calendar"), List.of(range),
                List.of(new DataDescription.Source("notice 2020", null), new DataDescription.Source("notice 2021",
                        "2021.json"))));
        RulesEngine engine = withData(described).dataFile("calendar", "conf/2021.json", new byte[] {'{', '}'}).build();
        List<DataDescription> data = engine.policy(ToyPolicy.ID).data();
        assertThat(data).extracting(DataDescription::kind).containsExactly("calendar", "rates");
        assertThat(data.get(0)).isEqualTo(described.data.get(0).withDigest(DIGEST_A));
        // a kind read but not described: its name and digest alone
        assertThat(data.get(1)).isEqualTo(new DataDescription("rates", DIGEST_A, Text.plain("rates"), List.of(),
                List.of()));
        assertThat(engine.evaluate(ToyPolicy.ID, D, new ToyApplicant("a", 3)).receipt().orElseThrow().data())
                .isEqualTo(java.util.Map.of("calendar", DIGEST_A, "rates", DIGEST_A));
        assertThat(withData(new RecordingToy(java.util.Set.of(), files -> null)).build().policy(ToyPolicy.ID).data())
                .isEmpty();
        // the JSON listing writes it; a policy without data has no "data" field
        String listing = new io.iprules.json.JsonContract(engine).writePolicies(Language.EN);
        assertThat(listing).contains("\"data\" : [ {\n    \"kind\" : \"calendar\",\n    \"title\" : \"a calendar\",\n"
                + "    \"digest\" : \"" + DIGEST_A + "\",\n    \"covers\" : [ {\n      \"from\" : \"2020-01-01\",\n"
                + "      \"until\" : \"2020-12-24\"\n    } ],\n    \"sources\" : [ {\n      \"name\" : \"notice "
                + "2020\",\n      \"file\" : null\n    }, {\n      \"name\" : \"notice 2021\",\n      \"file\" : "
                + "\"2021.json\"\n    } ]\n  }, {\n    \"kind\" : \"rates\"");
        assertThat(new io.iprules.json.JsonContract(withData(new RecordingToy(java.util.Set.of(), files -> null))
                .build()).writePolicies(Language.EN)).doesNotContain("\"data\"");
    }

    /** A description of data the module does not read, or of other data than it decides with, is a module's defect. */
    @Test
    void aModuleThatDescribesDataItDoesNotDecideWithCannotStart() {
        RecordingToy undeclared = new RecordingToy(java.util.Set.of("calendar"), files -> DIGEST_A);
        undeclared.data = List.of(new DataDescription("rates", null, Text.plain("rates"), List.of(), List.of()));
        assertThatThrownBy(() -> withData(undeclared).build()).isInstanceOf(ConfigurationException.class)
                .hasMessageEndingWith(" describes rates data, a kind missing from its dataKinds(): declare the kind, "
                        + "or leave it out of the description")
                .hasMessageContaining("RecordingToy");
        RecordingToy otherDigest = new RecordingToy(java.util.Set.of("calendar"), files -> DIGEST_A);
        otherDigest.data = List.of(new DataDescription("calendar", DIGEST_0, Text.plain("c"), List.of(), List.of()));
        assertThatThrownBy(() -> withData(otherDigest).build()).isInstanceOf(ConfigurationException.class)
                .hasMessageEndingWith(" describes its calendar data with the digest " + DIGEST_0 + ", while useData "
                        + "returned " + DIGEST_A + ": describe the data it decides with (or leave the digest null: the "
                        + "engine sets it)");
        // the digest it returned, given again, is the same description
        RecordingToy same = new RecordingToy(java.util.Set.of("calendar"), files -> DIGEST_A);
        same.data = List.of(new DataDescription("calendar", DIGEST_A, Text.plain("c"), List.of(), List.of()));
        assertThat(withData(same).build().policy(ToyPolicy.ID).data()).containsExactly(same.data.get(0));
    }

    /** Consecutive requests for one policy reach its module as one chunk; an invalid request ends a run of them. */
    @Test
    void consecutiveRequestsForAPolicyReachItsModuleAsOneChunk() {
        RecordingToy m = new RecordingToy(java.util.Set.of(), files -> null);
        RulesEngine engine = withData(m).build();
        EvaluationRequest good = EvaluationRequest.of(ToyPolicy.ID, D, new ToyApplicant("a", 3));
        List<Outcome> out = engine.evaluateAll(List.of(good, good, good, EvaluationRequest.of("nope", D,
                new ToyApplicant("b", 3)), good, good));
        assertThat(m.chunks).containsExactly(3, 2);
        assertThat(out).extracting(Outcome::evaluated).containsExactly(true, true, true, false, true, true);
    }
}
