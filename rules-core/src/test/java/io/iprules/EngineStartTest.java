package io.iprules;

import static io.iprules.fixture.Chinese.assertNoEnglishBut;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.iprules.fixture.ToyPolicy;
import io.iprules.spi.PolicyModule;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine refuses to start on a broken installation, and says what to do, in Chinese and English. */
class EngineStartTest {
    private static final LocalDate D = LocalDate.of(2020, 1, 1);

    private static PolicyModule module(String id) {
        PolicyModule m = mock(PolicyModule.class);
        when(m.id()).thenReturn(id);
        when(m.describe()).thenReturn(new PolicyDescription(id, Text.plain(id), null, D, D, null, id + " §1", "1",
                List.of(), List.of(), List.of(new SubjectKind("applicant", String.class, Text.plain("a")))));
        return m;
    }

    private static ClassLoader loaderWith(Path... roots) throws IOException {
        URL[] urls = new URL[roots.length];
        for (int i = 0; i < roots.length; i++) {
            urls[i] = roots[i].toUri().toURL();
        }
        return new URLClassLoader(urls, EngineStartTest.class.getClassLoader());
    }

    private static Path kmodule(Path root, String kbase) throws IOException {
        Files.createDirectories(root.resolve("META-INF"));
        Files.writeString(root.resolve("META-INF/kmodule.xml"),
                "<kmodule xmlns=\"http://www.drools.org/xsd/kmodule\"><kbase name=\"" + kbase
                        + "\" packages=\"x.rules\"/></kmodule>");
        return root;
    }

    /**
     * A start-up worker (the rule bases' builder, the rule material's reader) that ends without a result, which only an
     * error met inside its own {@code catch} does (a heap of 8 MB), is told as the heap shortage it is: the start had
     * waited for it for ever, deaf to SIGTERM. A worker that ends with its result gives it.
     */
    @Test
    void aStartUpWorkerThatEndsWithoutAResultIsNotWaitedForForEver() throws InterruptedException {
        java.util.concurrent.CompletableFuture<String> never = new java.util.concurrent.CompletableFuture<>();
        Thread died = new Thread(() -> { }, "ip-rules-rule-bases");
        died.start();
        assertThatThrownBy(() -> DefaultRulesEngine.join(never, died)).isInstanceOf(OutOfMemoryError.class)
                .hasMessage("ip-rules-rule-bases ended without a result");
        java.util.concurrent.CompletableFuture<String> made = new java.util.concurrent.CompletableFuture<>();
        Thread maker = new Thread(() -> made.complete("built"));
        maker.start();
        assertThat(DefaultRulesEngine.join(made, maker)).isEqualTo("built");
    }

    /**
     * A module checks the deployment's parameter values before any evaluation: its refusal (the deployment's mistake)
     * reaches the caller as it is; its own failure is the module's fault, named as such.
     */
    @Test
    void aModuleChecksTheDeploymentsParameterValuesWhenTheEngineStarts(@TempDir Path tmp) throws IOException {
        // checked beside the units' check, once the rule base is there
        URLClassLoader loader = io.iprules.fixture.ToyInstall.loader(io.iprules.fixture.ToyInstall.folder(
                tmp.resolve("toy"), io.iprules.fixture.ToyInstall.toy(ToyPolicy.ID)));
        PolicyModule refusing = org.mockito.Mockito.spy(new ToyPolicy());
        ConfigurationException refusal = new ConfigurationException(Text.bilingual("toy-2020.X[0].value: 太早",
                "toy-2020.X[0].value: too early"), null, true);
        org.mockito.Mockito.doThrow(refusal).when(refusing).checkParameters(org.mockito.ArgumentMatchers.any());
        assertThatThrownBy(() -> RulesEngine.builder().classLoader(loader).withoutDiscovery().module(refusing).build())
                .isSameAs(refusal);

        PolicyModule failing = org.mockito.Mockito.spy(new ToyPolicy());
        org.mockito.Mockito.doThrow(new IllegalStateException("a bug")).when(failing)
                .checkParameters(org.mockito.ArgumentMatchers.any());
        ConfigurationException e = catchThrowableOfType(ConfigurationException.class,
                () -> RulesEngine.builder().classLoader(loader).withoutDiscovery().module(failing).build());
        loader.close();
        assertThat(e.inParameters()).isFalse();
        assertThat(e.message(Language.EN)).isEqualTo("policy module 'toy-2020' failed while checking the deployment's "
                + "parameter values: a bug");
        assertThat(e.message(Language.ZH)).isEqualTo("政策模块 toy-2020 检查部署参数值时出错:a bug");
    }

    @Test
    void noModuleAtAll() {
        assertThatThrownBy(() -> RulesEngine.builder().withoutDiscovery().build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("no policy module found").hasMessageContaining("rules-*.jar")
                .hasMessageNotContaining("rules-example");
    }

    @Test
    void twoModulesWithOneId() {
        assertThatThrownBy(() -> RulesEngine.builder().withoutDiscovery()
                .module(module("p-1")).module(module("p-1")).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("module() was given two modules with the id 'p-1'")
                .hasMessageContaining("give one module per policy id"); // not "keep one on the classpath": no jar
    }

    /**
     * A module given by hand that the class path declares too: the message names the one found, to be left to
     * discovery.
     */
    @Test
    void aModuleGivenThatDiscoveryAlsoFinds(@TempDir Path tmp) throws IOException {
        Path root = tmp.resolve("services");
        Files.createDirectories(root.resolve("META-INF/services"));
        Files.writeString(root.resolve("META-INF/services/" + PolicyModule.class.getName()), ToyPolicy.class.getName());
        ClassLoader loader = loaderWith(root);
        assertThatThrownBy(() -> RulesEngine.builder().classLoader(loader).module(module(ToyPolicy.ID)).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("the module given to module() has the id 'toy-2020' of a module found on the "
                        + "classpath (" + ToyPolicy.class.getName() + " from "
                        + ToyPolicy.class.getProtectionDomain().getCodeSource().getLocation() + "): call "
                        + "withoutDiscovery() to use only the modules given, or leave the module to discovery");
    }

    @Test
    void aModuleWithoutItsRuleBase() {
        assertThatThrownBy(() -> RulesEngine.builder().withoutDiscovery().module(module("p-missing")).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("policy module 'p-missing'")
                .hasMessageContaining("<kbase name=\"p-missing\"");
    }

    @Test
    void aRuleBaseDeclaredByTwoJars(@TempDir Path tmp) throws IOException {
        ClassLoader loader = loaderWith(kmodule(tmp.resolve("a"), "p-twice"), kmodule(tmp.resolve("b"), "p-twice"));
        assertThatThrownBy(() -> RulesEngine.builder().classLoader(loader).withoutDiscovery()
                .module(module("p-twice")).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("rule base 'p-twice' is declared by more than one")
                .hasMessageContaining("silently");
    }

    @Test
    void aRuleBaseNotCompiledToTheExecutableModel(@TempDir Path tmp) throws IOException {
        ClassLoader loader = loaderWith(kmodule(tmp.resolve("a"), "p-source-only"));
        assertThatThrownBy(() -> RulesEngine.builder().classLoader(loader).withoutDiscovery()
                .module(module("p-source-only")).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("was not compiled to the executable model")
                .hasMessageContaining("kie-maven-plugin");
    }

    @Test
    void aModuleDescribingAnotherPolicy() {
        PolicyModule m = module("p-1");
        when(m.id()).thenReturn("p-2");
        assertThatThrownBy(() -> RulesEngine.builder().withoutDiscovery().module(m).build())
                .hasMessageContaining("has id 'p-2' but describes policy 'p-1'");
    }

    /** The message an officer reads in a Chinese run. */
    private static String chinese(ThrowingCallable build) {
        Throwable t = catchThrowable(build);
        assertThat(t).isInstanceOf(ConfigurationException.class);
        ConfigurationException c = (ConfigurationException) t;
        assertThat(c.inParameters()).as("an installation problem").isFalse();
        assertThat(c.message(Language.EN)).isEqualTo(c.getMessage());
        return c.message(Language.ZH);
    }

    @Test
    void noModuleAtAllInChinese() {
        String zh = chinese(() -> RulesEngine.builder().withoutDiscovery().build());
        assertThat(zh).isEqualTo("未找到任何政策模块:请将至少一个政策模块的 jar(rules-*.jar;发行包的 lib/ 目录中即有)放到类路径上;"
                + "每个模块都在 META-INF/services/io.iprules.spi.PolicyModule 中声明自己");
        assertNoEnglishBut(zh, "rules-*.jar", "lib/", "jar", "META-INF/services/io.iprules.spi.PolicyModule");
    }

    @Test
    void twoModulesWithOneIdInChinese() {
        String where = ToyPolicy.class.getProtectionDomain().getCodeSource().getLocation() + " 中的 "
                + ToyPolicy.class.getName();
        String zh = chinese(() -> RulesEngine.builder().withoutDiscovery().module(new ToyPolicy())
                .module(new ToyPolicy()).build());
        assertThat(zh).isEqualTo("通过 module() 给出了两个编号同为 toy-2020 的模块(" + where + "):每个政策编号只给一个模块。");
        assertNoEnglishBut(zh, "module()", "toy-2020",
                ToyPolicy.class.getProtectionDomain().getCodeSource().getLocation().toString(),
                ToyPolicy.class.getName());
    }

    @Test
    void aModuleWithoutItsRuleBaseInChinese() {
        PolicyModule m = module("p-missing");
        String zh = chinese(() -> RulesEngine.builder().withoutDiscovery().module(m).build());
        assertThat(zh).startsWith("政策模块 p-missing(").contains(m.getClass().getName() + ")")
                .contains("没有规则库:其 META-INF/kmodule.xml 必须声明 <kbase name=\"p-missing\" packages=\"…\"/>。"
                        + "已找到的规则库:");
    }

    @Test
    void aRuleBaseDeclaredByTwoJarsInChinese(@TempDir Path tmp) throws IOException {
        ClassLoader loader = loaderWith(kmodule(tmp.resolve("a"), "p-twice"), kmodule(tmp.resolve("b"), "p-twice"));
        String a = tmp.resolve("a").toUri().toURL() + "META-INF/kmodule.xml";
        String b = tmp.resolve("b").toUri().toURL() + "META-INF/kmodule.xml";
        String zh = chinese(() -> RulesEngine.builder().classLoader(loader).withoutDiscovery()
                .module(module("p-twice")).build());
        assertThat(zh).isEqualTo("规则库 p-twice 在多个 META-INF/kmodule.xml 中都有声明:" + a + " 和 " + b + ";"
                + "Drools 只会使用其中第一个,且不作任何提示。请在类路径上只保留该模块的一份,或为每个 kbase 取不同的名称。");
        assertNoEnglishBut(zh, "p-twice", a, b, "META-INF/kmodule.xml", "Drools", "kbase");
    }

    /** The toy policy, describing itself with the given parameters (a module whose own parameter files are wrong). */
    private static PolicyModule toyWith(ParameterInfo... parameters) {
        ToyPolicy toy = new ToyPolicy();
        return new PolicyModule() {
            @Override
            public String id() {
                return toy.id();
            }

            @Override
            public PolicyDescription describe() {
                return toy.describe().withParameters(List.of(parameters));
            }

            @Override
            public List<Outcome> evaluate(List<io.iprules.spi.Evaluation> chunk) {
                return toy.evaluate(chunk);
            }
        };
    }

    private static ParameterInfo parameter(String name, ParameterUnit unit, String value) {
        return new ParameterInfo(name, unit, "toy §9", Text.plain(name), false,
                List.of(new ParameterValue(LocalDate.of(2020, 1, 1), value, "toy §9")));
    }

    /** Builds an engine of the toy's rule base, installed as a module ships it, and {@code module}. */
    private static ThrowingCallable toyEngine(Path tmp, PolicyModule module) {
        return () -> {
            try (URLClassLoader l = io.iprules.fixture.ToyInstall.loader(io.iprules.fixture.ToyInstall.folder(
                    tmp.resolve("toy"), io.iprules.fixture.ToyInstall.toy(ToyPolicy.ID)))) {
                RulesEngine.builder().classLoader(l).withoutDiscovery().module(module).build();
            }
        };
    }

    @Test
    void aModuleDefiningAParameterTwiceCannotStartInEitherLanguage(@TempDir Path tmp) {
        PolicyModule m = toyWith(parameter("TOY_CAP", ParameterUnit.YUAN, "100"),
                parameter("TOY_CAP", ParameterUnit.YUAN, "200"));
        String zh = chinese(toyEngine(tmp, m));
        assertThat(zh).isEqualTo("政策模块 toy-2020 两次定义了参数 TOY_CAP:请将该模块改为只定义一次后重新构建");
        assertNoEnglishBut(zh, "toy-2020", "TOY_CAP");
        assertThatThrownBy(toyEngine(tmp, m))
                .hasMessage("policy module 'toy-2020' defines parameter TOY_CAP twice: rebuild the module with one "
                        + "definition of it");
    }

    @Test
    void aModuleWithAParameterValueUnfitForItsUnitCannotStartInEitherLanguage(@TempDir Path tmp) {
        PolicyModule m = toyWith(parameter("TOY_SHARE", ParameterUnit.RATIO, "1.5"));
        String zh = chinese(toyEngine(tmp, m));
        assertThat(zh).isEqualTo("政策模块 toy-2020:参数 TOY_SHARE 自 2020-01-01 起的取值无效:"
                + "应为 0 到 1 之间的比例(0.5 为一半),现为 1.5");
        assertNoEnglishBut(zh, "toy-2020", "TOY_SHARE");
        assertThatThrownBy(toyEngine(tmp, m))
                .hasMessage("policy module 'toy-2020': the value of parameter TOY_SHARE from 2020-01-01 is not valid: "
                        + "is a share between 0 and 1 (0.5 is half), not 1.5");
    }

    /**
     * A module's own value taking effect before its policy took force (the toy's 2020-01-01, toy §9): the day before
     * cannot start, naming the value and the day to write, in both languages, in the words a deployment's value is
     * refused in ({@link ParameterValue#beforeInForce}), then what the module's builder does; a value from the day
     * itself starts (the toy's other tests give theirs from that day).
     */
    @Test
    void aModuleWithAValueBeforeItsPolicyTookForceCannotStartInEitherLanguage(@TempDir Path tmp) {
        PolicyModule m = toyWith(new ParameterInfo("TOY_CAP", ParameterUnit.YUAN, "toy §9", Text.plain("TOY_CAP"),
                false, List.of(new ParameterValue(LocalDate.of(2019, 12, 31), "100", "toy §9"))));
        String zh = chinese(toyEngine(tmp, m));
        assertThat(zh).isEqualTo("政策模块 toy-2020:参数 TOY_CAP: values[0].from: 2019-12-31 早于本政策施行之日 2020-01-01"
                + "(toy §9):施行之日前的取值不会被读取;自施行之日起适用的取值,from 应写为 2020-01-01,其所依据的更早文件写在其 "
                + "source 中。请改正该取值后重新构建该模块");
        assertNoEnglishBut(zh, "toy-2020", "TOY_CAP", "values[0].from", "toy §9", "from", "source");
        assertThatThrownBy(toyEngine(tmp, m)).isInstanceOf(ConfigurationException.class)
                .matches(e -> !((ConfigurationException) e).inParameters(), "the module's fault, not the deployment's")
                .hasMessage("policy module 'toy-2020': parameter TOY_CAP: values[0].from: 2019-12-31 is before "
                        + "2020-01-01, the day the policy took force (toy §9): nothing reads a value before that day; "
                        + "for a value that applies from the start, write 2020-01-01, and name an older document it "
                        + "comes from in its source. Rebuild the module with that value corrected");
        assertThatCode(toyEngine(tmp, toyWith(parameter("TOY_CAP", ParameterUnit.YUAN, "100"))))
                .doesNotThrowAnyException();
    }

    /**
     * A module that words its own defect in both languages (the policy kit does, at the file and field) is told so
     * in the run's language, after its id; another failure's message is given as it is.
     */
    @Test
    void aModuleThatCannotDescribeItselfIsToldInTheRunsLanguage() {
        PolicyModule m = module("p-files");
        when(m.describe()).thenThrow(new ConfigurationException(Text.bilingual("p/policy.json: id 必须填写",
                "p/policy.json: id is required"), null, false));
        ThrowingCallable start = () -> RulesEngine.builder().withoutDiscovery().module(m).build();
        String zh = chinese(start);
        assertThat(zh).isEqualTo("政策模块 p-files 无法给出自身的政策描述:p/policy.json: id 必须填写");
        assertNoEnglishBut(zh, "p-files", "p/policy.json", "id");
        assertThatThrownBy(start).isInstanceOf(ConfigurationException.class)
                .hasMessage("policy module 'p-files' cannot describe itself: p/policy.json: id is required")
                .matches(e -> !((ConfigurationException) e).inParameters(), "the module's fault");
    }
}
