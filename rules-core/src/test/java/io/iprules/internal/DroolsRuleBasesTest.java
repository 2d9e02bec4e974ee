package io.iprules.internal;

import static io.iprules.fixture.Chinese.assertNoEnglishBut;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.mockito.Mockito.mock;

import io.iprules.ConfigurationException;
import io.iprules.EvaluationResult;
import io.iprules.FiredRule;
import io.iprules.Language;
import io.iprules.RulesEngine;
import io.iprules.fixture.ToyApplicant;
import io.iprules.fixture.ToyInstall;
import io.iprules.fixture.ToyPolicy;
import io.iprules.fixture.ToyRules;
import io.iprules.spi.Evaluation;
import io.iprules.fixture.ToyRecord;
import io.iprules.spi.RuleBase;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading rule bases from what the modules ship (kmodule.xml and the executable model's index), in a folder or a
 * jar: the kbase's packages select the rules, and every way a module can be broken is refused with what to do.
 */
class DroolsRuleBasesTest {
    private static final LocalDate D = LocalDate.of(2020, 6, 30);
    private static final String RULES = ToyRules.class.getName();

    @TempDir
    Path tmp;
    private int n;

    /** Builds an engine over the toy module, its rule base installed from {@code files}, in a folder or a jar. */
    private RulesEngine engine(Map<String, String> files, boolean jar) throws IOException {
        Path root = tmp.resolve("m" + n++);
        try (URLClassLoader l = ToyInstall.loader(jar ? ToyInstall.jar(root.resolve("toy.jar"), files)
                : ToyInstall.folder(root, files))) {
            return RulesEngine.builder().classLoader(l).withoutDiscovery().module(new ToyPolicy()).build();
        }
    }

    private RulesEngine engine(String packages, String version, String... models) throws IOException {
        return engine(ToyInstall.files(ToyPolicy.ID, packages, version, List.of(models)), false);
    }

    private static List<FiredRule> fired(RulesEngine engine) {
        EvaluationResult r = engine.evaluate(ToyPolicy.ID, D, new ToyApplicant("a", 1));
        return r.trace();
    }

    /**
     * A heap too small to load a rule base's model classes fails inside reflection or a class initialiser: that is
     * told as the memory it is, not as a model class to rebuild with clean (which it had been, under -Xmx8m).
     */
    @Test
    void anOutOfMemoryErrorWrappedByReflectionIsThrownAsItselfNotAsABrokenBuild() {
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        assertThatThrownBy(() -> DroolsRuleBases.throwIfOutOfMemory(new java.lang.reflect.InvocationTargetException(
                new ExceptionInInitializerError(oom)))).isSameAs(oom);
        DroolsRuleBases.throwIfOutOfMemory(new ClassNotFoundException("x")); // anything else: told as before
    }

    @Test
    void aJarIsReadLikeAFolder() throws IOException {
        assertThat(fired(engine(ToyInstall.toy(ToyPolicy.ID), true)))
                .containsExactly(new FiredRule("positive", "toy §1"));
        assertThat(fired(engine(ToyInstall.toy(ToyPolicy.ID), false)))
                .containsExactly(new FiredRule("positive", "toy §1"));
    }

    @Test
    void oneJarServesTwoEnginesInARow() throws IOException {
        Path jar = ToyInstall.jar(tmp.resolve("shared/toy.jar"), ToyInstall.toy(ToyPolicy.ID));
        try (URLClassLoader l = ToyInstall.loader(jar)) {
            for (int i = 0; i < 2; i++) {
                RulesEngine engine = RulesEngine.builder().classLoader(l).withoutDiscovery().module(new ToyPolicy())
                        .build();
                assertThat(fired(engine)).as("engine %d", i).hasSize(1);
            }
            // the class loader can still read the jar it was given
            assertThat(l.getResource("META-INF/kmodule.xml")).isNotNull();
            try (InputStream in = l.getResourceAsStream("META-INF/kmodule.xml")) {
                assertThat(in.readAllBytes()).isNotEmpty();
            }
        }
    }

    @Test
    void aJarWithoutTheModelsIndexWasNotBuiltWithTheKiePlugin() {
        assertThatThrownBy(() -> engine(ToyInstall.files(ToyPolicy.ID, ToyRules.PACKAGE, null, null), true))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("rule base 'toy-2020' (jar:file:")
                .hasMessageContaining("was not compiled to the executable model at build time");
    }

    @Test
    void theKbasesPackagesSelectTheModelsRules() throws IOException {
        // the other package's copy of the rules is left out: one condition, not two
        assertThat(fired(engine(ToyRules.PACKAGE, null, RULES, ToyRules.Elsewhere.class.getName()))).hasSize(1);
        // no packages attribute: every model of the jar
        assertThat(fired(engine(null, null, RULES, ToyRules.Elsewhere.class.getName()))).hasSize(2);
        // a list, with spaces and an empty entry
        assertThat(fired(engine(" io.iprules.other , io.iprules.fixture ,", null, RULES))).hasSize(1);
        // "p.*" takes p and its sub-packages, not a package that merely starts with the same letters
        assertThat(fired(engine("io.iprules.fixture.*", null, ToyRules.SubPackage.class.getName(), RULES))).hasSize(2);
        assertThatThrownBy(() -> engine("io.iprules.fix.*", null, ToyRules.SubPackage.class.getName()))
                .hasMessageContaining("rule base 'toy-2020' has no rules: check the packages attribute");
        assertThatThrownBy(() -> engine("io.iprules.fixture.sub", null, RULES))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("has no rules");
    }

    @Test
    void aCitationWrittenInQuotesIsReadWithoutThem() throws IOException {
        assertThat(fired(engine(ToyRules.PACKAGE, null, ToyRules.Quoted.class.getName())))
                .containsExactly(new FiredRule("positive", "toy §1"));
        // unquoted into a new string, then interned: the one the kit compares by reference
        assertThat(fired(engine(ToyRules.PACKAGE, null, ToyRules.Quoted.class.getName())).get(0).citation())
                .isSameAs(ToyRules.CITATION);
    }

    @Test
    void aRuleWithoutCitationIsRefused() {
        for (Class<?> c : List.of(ToyRules.Uncited.class, ToyRules.Blank.class, ToyRules.EmptyQuoted.class)) {
            assertThatThrownBy(() -> engine(ToyRules.PACKAGE, null, c.getName()))
                    .as(c.getSimpleName()).isInstanceOf(ConfigurationException.class)
                    .hasMessage("rule base 'toy-2020' has rules without @citation(\"…\"): "
                            + "[io.iprules.fixture.positive, io.iprules.fixture.not positive]. Every rule cites the "
                            + "clause it implements.");
        }
        Throwable t = catchThrowable(() -> engine(ToyRules.PACKAGE, null, ToyRules.Uncited.class.getName()));
        assertThat(t).isInstanceOf(ConfigurationException.class);
        String zh = ((ConfigurationException) t).message(Language.ZH);
        assertThat(zh).isEqualTo("规则库 toy-2020 中有规则未注明 @citation(\"…\"):[io.iprules.fixture.positive, "
                + "io.iprules.fixture.not positive]。每条规则都须注明其所实施的条款。");
        assertNoEnglishBut(zh, "toy-2020", "@citation(\"…\")",
                "[io.iprules.fixture.positive, io.iprules.fixture.not positive]");
    }

    @Test
    void aModelClassThatCannotBeLoadedIsNamed() {
        assertThatThrownBy(() -> engine(ToyRules.PACKAGE, null, "io.iprules.fixture.Gone"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("rule base 'toy-2020': model class io.iprules.fixture.Gone listed by its "
                        + "drools-model index cannot be loaded").hasMessageContaining("rebuild the module with clean");
        assertThatThrownBy(() -> engine(ToyRules.PACKAGE, null, "java.lang.String"))
                .hasMessageContaining("model class java.lang.String");
    }

    @Test
    void aModelCompiledByAnotherDroolsIsRefused() throws IOException {
        assumeThat(ToyInstall.droolsVersion()).isNotNull();
        assertThatThrownBy(() -> engine(ToyRules.PACKAGE, "9.44.0", RULES))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("rule base 'toy-2020' was compiled by Drools 9.44.0 but runs on "
                        + ToyInstall.droolsVersion()
                        + ": rebuild the module with this project's Drools");
        assertThat(fired(engine(ToyRules.PACKAGE, " " + ToyInstall.droolsVersion() + " ", RULES))).hasSize(1);
    }

    @Test
    void anUnreadableKmoduleIsNamed() {
        assertThatThrownBy(() -> engine(Map.of("META-INF/kmodule.xml", "<kmodule"), false))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("cannot read file:");
        // no DOCTYPE, so no external entity can be fetched
        assertThatThrownBy(() -> engine(Map.of("META-INF/kmodule.xml", "<!DOCTYPE kmodule [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]><kmodule><kbase name=\"&x;\"/></kmodule>"), false))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void everyKbaseOfAKmoduleIsDeclared() throws IOException {
        Path root = ToyInstall.folder(tmp.resolve("two"), Map.of("META-INF/kmodule.xml",
                "<kmodule xmlns=\"http://www.drools.org/xsd/kmodule\"><kbase name=\"a\" packages=\"p.a\"/>"
                        + "<kbase name=\"b\" packages=\"p.b, p.c\"/></kmodule>"));
        try (URLClassLoader l = ToyInstall.loader(root)) {
            var declared = DroolsRuleBases.declaredKieBases(l);
            assertThat(declared.get("a")).hasSize(1);
            assertThat(declared.get("a").get(0).packages()).containsExactly("p.a");
            assertThat(declared.get("b").get(0).packages()).containsExactly("p.b", "p.c");
            assertThat(declared.get("b").get(0).toString()).isEqualTo(declared.get("b").get(0).kmodule().toString())
                    .endsWith("/two/META-INF/kmodule.xml");
        }
    }

    /** A class loader whose kmodule.xml comes from neither a folder nor a jar. */
    private static final class UnusualLoader extends ClassLoader {
        private final URL kmodule;

        UnusualLoader(String xml) throws IOException {
            super(DroolsRuleBasesTest.class.getClassLoader());
            kmodule = new URL(null, "mem:/META-INF/kmodule.xml", new URLStreamHandler() {
                @Override
                protected URLConnection openConnection(URL u) {
                    return new URLConnection(u) {
                        @Override
                        public void connect() {
                        }

                        @Override
                        public InputStream getInputStream() {
                            return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
                        }
                    };
                }
            });
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return name.equals("META-INF/kmodule.xml") ? Collections.enumeration(List.of(kmodule))
                    : super.getResources(name);
        }
    }

    @Test
    void aKmoduleFromAnUnusualClassLoaderIsRefusedWithItsUrl() throws IOException {
        ClassLoader l = new UnusualLoader(ToyInstall.toy(ToyPolicy.ID).get("META-INF/kmodule.xml"));
        assertThatThrownBy(() -> RulesEngine.builder().classLoader(l).withoutDiscovery().module(new ToyPolicy())
                .build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("rule base 'toy-2020': cannot read the jar of mem:/META-INF/kmodule.xml (an unusual class "
                        + "loader)");
    }

    @Test
    void kmoduleFilesThatCannotBeListedAreAConfigurationError() {
        ClassLoader l = new ClassLoader(null) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                throw new IOException("no listing");
            }
        };
        assertThatThrownBy(() -> DroolsRuleBases.declaredKieBases(l)).isInstanceOf(ConfigurationException.class)
                .hasMessage("cannot list META-INF/kmodule.xml files: no listing");
    }

    /** A model whose rules cannot be listed: {@code failure} is thrown as it comes, checked or not. */
    public static class Failing extends ToyRules {
        private final Throwable failure;

        protected Failing(Throwable failure) {
            this.failure = failure;
        }

        @Override
        public List<org.drools.model.Rule> getRules() {
            return sneaky(failure);
        }

        @SuppressWarnings("unchecked")
        private static <T extends Throwable, R> R sneaky(Throwable t) throws T {
            throw (T) t;
        }
    }

    public static class FailsAtRuntime extends Failing {
        public FailsAtRuntime() {
            super(new IllegalStateException("no rules here"));
        }
    }

    public static class FailsWithAnError extends Failing {
        public FailsWithAnError() {
            super(new AssertionError("broken model"));
        }
    }

    public static class FailsWithACheckedException extends Failing {
        public FailsWithACheckedException() {
            super(new IOException("model on a network drive"));
        }
    }

    @Test
    void aModelThatCannotBeBuiltIsNamedAndErrorsPassThrough() {
        assertThatThrownBy(() -> engine(ToyRules.PACKAGE, null, FailsAtRuntime.class.getName()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("rule base 'toy-2020' cannot be built: no rules here");
        assertThatThrownBy(() -> engine(ToyRules.PACKAGE, null, FailsWithAnError.class.getName()))
                .isInstanceOf(AssertionError.class).hasMessage("broken model");
        assertThatThrownBy(() -> engine(ToyRules.PACKAGE, null, FailsWithACheckedException.class.getName()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("rule bases cannot be built: java.io.IOException: model on a network drive")
                .hasCauseInstanceOf(IOException.class);
    }

    @Test
    void onlyTheModulesRuleBasesAreBuiltAndInTheirOrder() throws IOException {
        Path a = ToyInstall.folder(tmp.resolve("a"), ToyInstall.toy("b-policy"));
        Path b = ToyInstall.folder(tmp.resolve("b"), ToyInstall.toy("a-policy"));
        Path c = ToyInstall.folder(tmp.resolve("c"), ToyInstall.files("unused", ToyRules.PACKAGE, null,
                List.of("io.iprules.fixture.Gone")));
        try (URLClassLoader l = ToyInstall.loader(a, b, c)) {
            Map<String, DroolsRuleBases.Built> built = DroolsRuleBases.load(l,
                    new java.util.LinkedHashMap<>(Map.of("b-policy", "B")));
            assertThat(built).containsOnlyKeys("b-policy");
            var owners = new java.util.LinkedHashMap<String, String>();
            owners.put("b-policy", "B");
            owners.put("a-policy", "A");
            assertThat(DroolsRuleBases.load(l, owners).keySet()).containsExactly("b-policy", "a-policy");
        }
    }

    // ------------------------------------------------------------------ the sources of the rules digest

    /** Beside the kbase: rule files and other resources in its package, a sub-package, another package, the root. */
    private static final Map<String, String> BESIDE = Map.ofEntries(
            Map.entry("io/iprules/fixture/toy.drl", "rule \"positive\""),
            Map.entry("io/iprules/fixture/toy-parameters.json", "{}"),
            Map.entry("io/iprules/fixture/Compiled.class", "bytecode"),
            Map.entry("io/iprules/fixture/sub/deeper.drl", "rule \"deeper\""),
            Map.entry("io/iprules/elsewhere/other.drl", "rule \"other\""),
            Map.entry("README.txt", "not rules"),
            // every kind of rule file Drools reads, in any case, and look-alikes that are not
            Map.entry("r/a.dslr", "1"), Map.entry("r/b.dsl", "2"), Map.entry("r/c.rdrl", "3"),
            Map.entry("r/d.drl.xls", "4"), Map.entry("r/e.drl.xlsx", "5"), Map.entry("r/f.drl.csv", "6"),
            Map.entry("r/g.dmn", "7"), Map.entry("r/h.pmml", "8"), Map.entry("r/UPPER.DRL", "9"),
            Map.entry("r/table.xls", "no"), Map.entry("r/data.csv", "no"), Map.entry("r/old.drl.bak", "no"),
            Map.entry("r/notes.txt", "no"));
    private static final List<String> RULE_FILES_ANYWHERE = List.of("META-INF/kmodule.xml",
            "io/iprules/elsewhere/other.drl", "io/iprules/fixture/sub/deeper.drl", "io/iprules/fixture/toy.drl",
            "r/UPPER.DRL", "r/a.dslr", "r/b.dsl", "r/c.rdrl", "r/d.drl.xls", "r/e.drl.xlsx", "r/f.drl.csv", "r/g.dmn",
            "r/h.pmml");

    /**
     * What {@link DroolsRuleBases#load} says the toy's rule base was built from, the kbase declaring {@code packages}.
     */
    private SortedMap<String, byte[]> sources(String packages, boolean jar, String... models) throws IOException {
        Map<String, String> files = new LinkedHashMap<>(ToyInstall.files(ToyPolicy.ID, packages,
                ToyInstall.droolsVersion(), List.of(models)));
        files.putAll(BESIDE);
        Path root = tmp.resolve("s" + n++);
        try (URLClassLoader l = ToyInstall.loader(jar ? ToyInstall.jar(root.resolve("toy.jar"), files)
                : ToyInstall.folder(root, files))) {
            return DroolsRuleBases.load(l, Map.of(ToyPolicy.ID, "toy")).get(ToyPolicy.ID).sources();
        }
    }

    @Test
    void theSourcesOfAKbaseAreItsKmoduleAndTheFilesOfItsPackages() throws IOException {
        for (boolean jar : List.of(false, true)) {
            SortedMap<String, byte[]> files = sources(ToyRules.PACKAGE, jar, RULES);
            // the compiled classes of the package count too: the build is reproducible (README "Decision receipts")
            assertThat(files.keySet()).as("jar %s", jar).containsExactly("META-INF/kmodule.xml",
                    "io/iprules/fixture/Compiled.class", "io/iprules/fixture/toy-parameters.json",
                    "io/iprules/fixture/toy.drl");
            assertThat(new String(files.get("io/iprules/fixture/toy.drl"), StandardCharsets.UTF_8))
                    .isEqualTo("rule \"positive\"");
            assertThat(new String(files.get("META-INF/kmodule.xml"), StandardCharsets.UTF_8))
                    .contains("<kbase name=\"toy-2020\" packages=\"io.iprules.fixture\"/>");

            assertThat(sources(ToyRules.PACKAGE + ".*", jar, RULES).keySet()).as("and its sub-packages")
                    .containsExactly("META-INF/kmodule.xml", "io/iprules/fixture/Compiled.class",
                            "io/iprules/fixture/sub/deeper.drl", "io/iprules/fixture/toy-parameters.json",
                            "io/iprules/fixture/toy.drl");
            assertThat(sources("io.iprules.elsewhere, " + ToyRules.PACKAGE, jar, RULES,
                    ToyRules.Elsewhere.class.getName()).keySet()).as("two packages").containsExactly(
                    "META-INF/kmodule.xml", "io/iprules/elsewhere/other.drl", "io/iprules/fixture/Compiled.class",
                    "io/iprules/fixture/toy-parameters.json", "io/iprules/fixture/toy.drl");
        }
    }

    @Test
    void aKbaseOfEveryPackageHasEveryRuleFileOfItsJar() throws IOException {
        for (boolean jar : List.of(false, true)) {
            assertThat(sources(null, jar, RULES).keySet()).as("jar %s", jar)
                    .containsExactlyElementsOf(RULE_FILES_ANYWHERE);
        }
    }

    @Test
    void rulesCanRunOverTheDecisionAlone() throws IOException {
        try (URLClassLoader l = ToyInstall.loader(ToyInstall.folder(tmp.resolve("alone"),
                ToyInstall.toy(ToyPolicy.ID)))) {
            RuleBase rules = DroolsRuleBases.load(l, Map.of(ToyPolicy.ID, "toy")).get(ToyPolicy.ID).rules();
            ToyRecord d = new ToyRecord(mock(Evaluation.class));
            rules.run(d, List.of());
            assertThat(d.conditions()).as("no applicant, nothing to decide").isEmpty();
            rules.run(d, List.of(new ToyApplicant("a", 2)));
            assertThat(d.conditions()).hasSize(1);
        }
    }

    /** A toy fact that carries its applicant's record, rather than being joined to a record inserted beside it. */
    public record Carried(ToyRecord recorder, ToyApplicant applicant) implements io.iprules.spi.RuleRecorder.Carrier {
    }

    /** One rule that matches a {@link Carried} alone, cited {@code toy §2}, and records into the record it carries. */
    public static class CarriedRules extends io.iprules.fixture.HandWrittenModel {
        public CarriedRules() {
            super(ToyRules.PACKAGE, List.of(carried()));
        }

        private static org.drools.model.Rule carried() {
            org.drools.model.Variable<Carried> c = org.drools.model.DSL.declarationOf(Carried.class);
            return org.drools.model.PatternDSL.rule(ToyRules.PACKAGE, "carried").metadata("citation", "toy §2").build(
                    org.drools.model.PatternDSL.pattern(c),
                    org.drools.model.DSL.on(c).execute(x -> x.recorder().condition("TOY_CARRIED",
                            x.applicant().name(), true, "carried", "carried", null, null)));
        }
    }

    @Test
    void aRuleMatchingOnlyAFactThatCarriesARecordCitesIntoThatRecord() throws IOException {
        try (URLClassLoader l = ToyInstall.loader(ToyInstall.folder(tmp.resolve("carried"), ToyInstall.files(
                ToyPolicy.ID, ToyRules.PACKAGE, ToyInstall.droolsVersion(), List.of(CarriedRules.class.getName()))))) {
            RuleBase rules = DroolsRuleBases.load(l, Map.of(ToyPolicy.ID, "toy")).get(ToyPolicy.ID).rules();
            ToyRecord a = new ToyRecord(mock(Evaluation.class));
            ToyRecord b = new ToyRecord(mock(Evaluation.class));
            // two applicants in one session, neither record inserted: each fact brings its own
            rules.run(List.of(new Carried(a, new ToyApplicant("a", 1)), new Carried(b, new ToyApplicant("b", 1))));
            assertThat(a.conditions()).singleElement().satisfies(c -> {
                assertThat(c.subject()).isEqualTo("a");
                assertThat(c.citation()).isEqualTo("toy §2");
            });
            assertThat(b.conditions()).singleElement().satisfies(c -> assertThat(c.subject()).isEqualTo("b"));
        }
    }

    /**
     * A fact that is neither a recorder nor a carrier, tagged to pick the one rule of {@link PatternOrderRules} that
     * fires.
     */
    public record Plain(String tag) {
    }

    /** A recorder that writes down what it is told: {@code rule citation} when a rule starts, {@code end} after it. */
    public static final class Told implements io.iprules.spi.RuleRecorder {
        final List<String> told = new java.util.ArrayList<>();

        @Override
        public void ruleStarted(String rule, String citation) {
            told.add(rule + " " + citation);
        }

        @Override
        public void ruleFinished() {
            told.add("end");
        }
    }

    /** The sessions the rule "session" of {@link PatternOrderRules} fired in, one per firing. */
    static final List<Object> SESSIONS = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    /** A fact carrying a {@link Told}. */
    public record Carrying(Told recorder) implements io.iprules.spi.RuleRecorder.Carrier {
    }

    /**
     * Rules whose first pattern is not a recorder: each fires for the {@link Plain} of its tag, cited {@code §} and its
     * tag, with the recorders and carriers in the order of its name.
     */
    public static class PatternOrderRules extends io.iprules.fixture.HandWrittenModel {
        public PatternOrderRules() {
            super(ToyRules.PACKAGE, List.of(
                    rule("plain then recorder", "1", Told.class),
                    rule("plain then carrier then recorder", "2", Carrying.class, Told.class),
                    rule("plain then recorder then carrier", "3", Told.class, Carrying.class),
                    rule("plain alone", "4"),
                    org.drools.model.PatternDSL.rule(ToyRules.PACKAGE, "session").metadata("citation", "§5").build(
                            org.drools.model.PatternDSL.pattern(SESSION).expr("tag 5", x -> x.tag().equals("5")),
                            org.drools.model.DSL.on(SESSION).execute((drools, x) -> SESSIONS.add(
                                    drools.getRuntime(org.kie.api.runtime.KieSession.class))))));
        }

        private static final org.drools.model.Variable<Plain> SESSION = org.drools.model.DSL.declarationOf(Plain.class);

        private static org.drools.model.Rule rule(String name, String tag, Class<?>... then) {
            org.drools.model.Variable<Plain> p = org.drools.model.DSL.declarationOf(Plain.class);
            List<org.drools.model.RuleItemBuilder<?>> items = new java.util.ArrayList<>();
            items.add(org.drools.model.PatternDSL.pattern(p).expr("tag " + tag, x -> x.tag().equals(tag)));
            for (Class<?> c : then) {
                items.add(org.drools.model.PatternDSL.pattern(org.drools.model.DSL.declarationOf(c)));
            }
            items.add(org.drools.model.DSL.on(p).execute(x -> { }));
            return org.drools.model.PatternDSL.rule(ToyRules.PACKAGE, name).metadata("citation", "§" + tag)
                    .build(items.toArray(new org.drools.model.RuleItemBuilder<?>[0]));
        }
    }

    /**
     * A rule whose first pattern is an ordinary fact cites into the recorder it also matches; when it matches a carrier
     * and a recorder of two evaluations, the first in its pattern order decides (RuleRecorder.Carrier), and a rule
     * matching neither tells no one and does not fail.
     */
    @Test
    void aRuleStartingFromAnOrdinaryFactCitesIntoTheFirstRecorderOrCarrierItMatches() throws IOException {
        RuleBase rules = patternOrderRules();
        Told alone = new Told();
        rules.run(List.of(new Plain("1"), alone));
        assertThat(alone.told).containsExactly("plain then recorder §1", "end");

        Told carried = new Told();
        Told beside = new Told();
        rules.run(List.of(new Plain("2"), beside, new Carrying(carried)));
        assertThat(carried.told).as("the carrier comes first in the rule").containsExactly(
                "plain then carrier then recorder §2", "end");
        assertThat(beside.told).isEmpty();

        carried = new Told();
        beside = new Told();
        rules.run(List.of(new Carrying(carried), new Plain("3"), beside));
        assertThat(beside.told).as("the recorder comes first in the rule").containsExactly(
                "plain then recorder then carrier §3", "end");
        assertThat(carried.told).isEmpty();

        Told none = new Told();
        rules.run(List.of(new Plain("4")));
        rules.run(List.of(new Plain("1"), none));
        assertThat(none.told).as("after a firing that told no one").containsExactly("plain then recorder §1", "end");
    }

    /** The rule base of {@link PatternOrderRules}, installed as a module ships it. */
    private RuleBase patternOrderRules() throws IOException {
        try (URLClassLoader l = ToyInstall.loader(ToyInstall.folder(tmp.resolve("order" + n++), ToyInstall.files(
                ToyPolicy.ID, ToyRules.PACKAGE, ToyInstall.droolsVersion(),
                List.of(PatternOrderRules.class.getName()))))) {
            return DroolsRuleBases.load(l, Map.of(ToyPolicy.ID, "toy")).get(ToyPolicy.ID).rules();
        }
    }

    /**
     * A run gives its session back to the rule base's pool, reset: however many runs one after another, they fire in
     * the few sessions the pool holds (one per processor), and each finds none of the facts of the runs before (the
     * rule fires once per run, not once more for each run past).
     */
    @Test
    void aRunGivesItsSessionBackToThePoolEmpty() throws IOException {
        RuleBase rules = patternOrderRules();
        SESSIONS.clear();
        int processors = Runtime.getRuntime().availableProcessors();
        int runs = 2 * processors + 2;
        for (int run = 0; run < runs; run++) {
            rules.run(List.of(new Plain("5")));
        }
        assertThat(SESSIONS).hasSize(runs);
        java.util.Set<Object> distinct = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        distinct.addAll(SESSIONS);
        assertThat(distinct).hasSizeLessThanOrEqualTo(processors);
    }

    /**
     * The rule base's options are set on it, not left to the host JVM's drools.* properties (README: two equal records
     * are two facts): with {@code drools.equalityBehavior=equality} set by another application in the same JVM, two
     * equal applicants still give two conditions.
     */
    @Test
    void aHostsDroolsPropertyDoesNotMakeTwoEqualApplicantsOne() throws IOException {
        String before = System.getProperty("drools.equalityBehavior");
        System.setProperty("drools.equalityBehavior", "equality");
        try (URLClassLoader l = ToyInstall.loader(ToyInstall.folder(tmp.resolve("host"),
                ToyInstall.toy(ToyPolicy.ID)))) {
            RuleBase rules = DroolsRuleBases.load(l, Map.of(ToyPolicy.ID, "toy")).get(ToyPolicy.ID).rules();
            ToyRecord d = new ToyRecord(mock(Evaluation.class));
            rules.run(d, List.of(new ToyApplicant("a", 1), new ToyApplicant("a", 1)));
            assertThat(d.conditions()).hasSize(2);
        } finally {
            if (before == null) {
                System.clearProperty("drools.equalityBehavior");
            } else {
                System.setProperty("drools.equalityBehavior", before);
            }
        }
    }

    /**
     * Reading the jar for the rules digest and the model index does not close the JDK's shared copy of it: a caller
     * reading one of its resources through its URL (which uses that copy) at the same time is not cut off.
     */
    @Test
    void buildingAnEngineDoesNotCloseAJarSomeoneElseIsReading() throws IOException {
        Map<String, String> files = new LinkedHashMap<>(ToyInstall.toy(ToyPolicy.ID));
        String drl = "rule \"positive\" // " + "x".repeat(200_000);
        files.put("io/iprules/fixture/toy.drl", drl);
        Path jar = ToyInstall.jar(tmp.resolve("read/toy.jar"), files);
        try (URLClassLoader l = ToyInstall.loader(jar)) {
            URL resource = l.getResource("io/iprules/fixture/toy.drl");
            assertThat(resource.getProtocol()).isEqualTo("jar");
            try (InputStream in = resource.openStream()) {
                byte[] start = in.readNBytes(10);
                assertThat(fired(RulesEngine.builder().classLoader(l).withoutDiscovery().module(new ToyPolicy())
                        .build())).hasSize(1);
                assertThat(new String(start, StandardCharsets.UTF_8) + new String(in.readAllBytes(),
                        StandardCharsets.UTF_8)).isEqualTo(drl);
            }
        }
    }

    private RuleBase declared(String sequential) throws IOException {
        Map<String, String> files = new LinkedHashMap<>(ToyInstall.toy(ToyPolicy.ID));
        files.put("META-INF/kmodule.xml", "<kmodule xmlns=\"http://www.drools.org/xsd/kmodule\"><kbase name=\""
                + ToyPolicy.ID + "\" packages=\"" + ToyRules.PACKAGE + "\"" + sequential + "/></kmodule>");
        try (URLClassLoader l = ToyInstall.loader(ToyInstall.folder(tmp.resolve("seq" + n++), files))) {
            return DroolsRuleBases.load(l, Map.of(ToyPolicy.ID, "toy")).get(ToyPolicy.ID).rules();
        }
    }

    /**
     * A kbase declared {@code sequential="true"} (any case, spaces around) runs in the stateless sessions Drools'
     * sequential mode needs, with the same listener: its rules decide and cite into the record as any kbase's do,
     * run after run.
     */
    @Test
    void aSequentialKbaseDecidesAndCitesLikeAnyOther() throws IOException {
        for (String attribute : List.of(" sequential=\"true\"", " sequential=\" TRUE \"", " sequential=\"false\"",
                "")) {
            RuleBase rules = declared(attribute);
            for (int count : new int[] {1, 0, 3}) { // one session after another
                ToyRecord d = new ToyRecord(mock(Evaluation.class));
                rules.run(d, List.of(new ToyApplicant("a" + count, count)));
                assertThat(d.conditions()).as(attribute).singleElement().satisfies(c -> {
                    assertThat(c.subject()).isEqualTo("a" + count);
                    assertThat(c.met()).isEqualTo(count > 0);
                    // the very string the rule base read, interned: the kit compares citations by reference
                    assertThat(c.citation()).isSameAs(ToyRules.CITATION);
                });
            }
        }
    }

    /**
     * The citation listener is on a pooled session only for the time of a run: a session taken from the pool again
     * tells each firing once, so the trace of the third evaluation is as long as the first's.
     */
    @Test
    void eachFiringIsTracedOnceRunAfterRun() throws IOException {
        RulesEngine engine = engine(ToyInstall.toy(ToyPolicy.ID), false);
        for (int run = 0; run < 3; run++) {
            assertThat(fired(engine)).as("run %d", run).containsExactly(new FiredRule("positive", ToyRules.CITATION));
        }
    }
}
