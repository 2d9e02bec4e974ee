package io.iprules.examples;

import static io.iprules.examples.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the command logs: nothing but problems by default, never a stack trace unless --verbose asks. */
class LogsTest {
    private static final String PILOT = "requests/jiaxing-pilot-and-provincial-demo.json";

    @AfterEach
    void quiet() {
        Logs.configure(System.err, false);
    }

    private static String logged(boolean verbose) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Logs.configure(new PrintStream(bytes, true, StandardCharsets.UTF_8), verbose);
        Logger log = LoggerFactory.getLogger("io.iprules.batch.JsonLinesBatch");
        log.debug("a detail");
        log.error("line {}: internal failure: {}", 7, "java.lang.IllegalStateException: 坏了",
                new IllegalStateException("坏了"));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void logbackStartsWithTheCommandsConfigurationWithoutReadingXml() {
        // found through META-INF/services: the command's jar carries no logback.xml for logback to parse
        assertThat(java.util.ServiceLoader.load(ch.qos.logback.classic.spi.Configurator.class).stream()
                .map(java.util.ServiceLoader.Provider::type)).contains(Logs.StartConfigurator.class);
        assertThat(LogsTest.class.getClassLoader().getResource("logback.xml")).isNull();
        ch.qos.logback.classic.LoggerContext context = new ch.qos.logback.classic.LoggerContext();
        Logs.StartConfigurator start = new Logs.StartConfigurator();
        start.setContext(context);
        assertThat(start.configure(context))
                .isEqualTo(ch.qos.logback.classic.spi.Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        // what the logback.xml it replaces said: warnings and errors only, Drools' and KIE's DEBUG lines off
        assertThat(context.getLogger("org.drools.core.Anything").getEffectiveLevel())
                .isEqualTo(ch.qos.logback.classic.Level.WARN);
        assertThat(context.getLogger("org.kie.api.Anything").getEffectiveLevel())
                .isEqualTo(ch.qos.logback.classic.Level.WARN);
        assertThat(context.getLogger("io.iprules.Anything").getEffectiveLevel())
                .isEqualTo(ch.qos.logback.classic.Level.WARN);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR")).isNotNull();
    }

    @Test
    void aConfigurationFileTheUserNamesIsLeftToLogback() {
        String before = System.getProperty("logback.configurationFile");
        System.setProperty("logback.configurationFile", "/somewhere/logback.xml");
        try {
            ch.qos.logback.classic.LoggerContext context = new ch.qos.logback.classic.LoggerContext();
            Logs.StartConfigurator start = new Logs.StartConfigurator();
            start.setContext(context);
            assertThat(start.configure(context))
                    .isEqualTo(ch.qos.logback.classic.spi.Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
            assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
            assertThat(context.getLogger("org.drools").getLevel()).isNull();
        } finally {
            if (before == null) {
                System.clearProperty("logback.configurationFile");
            } else {
                System.setProperty("logback.configurationFile", before);
            }
        }
    }

    @Test
    void anErrorIsOneLineWithoutVerboseAndItsStackTraceWithIt() {
        assertThat(logged(false)).isEqualTo(
                "ERROR JsonLinesBatch: line 7: internal failure: java.lang.IllegalStateException: 坏了\n");
        assertThat(logged(true)).startsWith("DEBUG JsonLinesBatch: a detail\n"
                + "ERROR JsonLinesBatch: line 7: internal failure: java.lang.IllegalStateException: 坏了\n"
                + "java.lang.IllegalStateException: 坏了\n\tat io.iprules.examples.LogsTest.logged(");
    }

    @Test
    void aLoggedNameCannotMoveTheCursorOrForgeALine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Logs.configure(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        LoggerFactory.getLogger("io.iprules.evaluations").debug("evaluated {}", "安宁\u001b[2J\nINFO forged\u202e市");
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .isEqualTo("DEBUG evaluations: evaluated 安宁\\u001B[2J\n    INFO forged\\u202E市\n");
    }

    @Test
    void anInternalFailureOfTheCommandIsOneLineUnlessVerbose(@TempDir Path tmp) throws Exception {
        // a failure that is no one's mistake (an output that is a folder is now the user's, exit 2): the input
        // stream itself breaks down in a way no I/O error explains
        CliTest.Run quiet = broken("batch", "-");
        assertThat(quiet.exit()).isEqualTo(1);
        assertThat(quiet.err()).startsWith("internal error: ").contains("(run with --verbose to see where)")
                .doesNotContain("\tat ");
        assertThat(quiet.err().strip().lines()).hasSize(1);

        CliTest.Run verbose = broken("batch", "-", "--verbose");
        assertThat(verbose.exit()).isEqualTo(1);
        assertThat(verbose.err()).contains("internal error: ", "DEBUG IpRules: internal error", "\tat ");
    }

    private static CliTest.Run broken(String... args) {
        java.io.InputStream in = new java.io.InputStream() {
            @Override
            public int read() {
                throw new IllegalStateException("the stream broke down");
            }
        };
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int exit = IpRules.run(args, in, new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        return new CliTest.Run(exit, out.toString(java.nio.charset.StandardCharsets.UTF_8),
                err.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void verboseLogsTheEngineAndTheRulesFiredToStderrOnly() throws Exception {
        CliTest.Run quiet = run("evaluate", PILOT, "--format", "json");
        assertThat(quiet.err()).isEmpty();

        CliTest.Run verbose = run("evaluate", PILOT, "--format", "json", "--verbose");
        assertThat(verbose.exit()).isZero();
        assertThat(new ObjectMapper().readTree(verbose.out()).get("trace")).isNotEmpty();
        assertThat(verbose.out()).doesNotContain("DEBUG", "INFO");
        assertThat(verbose.err())
                .contains("INFO  DefaultRulesEngine: rules engine ", " ready in ")
                .contains("DEBUG DefaultRulesEngine: jiaxing-2012 ", ": rules sha256:")
                .contains("DEBUG evaluations: jiaxing-2012 as of 2013-12-31, 嘉兴禾城新材料科技有限公司: eligible true, 1 awards")
                .contains("rules fired:\n    ")
                .contains("[jiaxing-2012 §7(1)]");
        assertThat(run("evaluate", PILOT).err()).as("quiet again after a verbose run").isEmpty();
    }

    @Test
    void aVerboseBatchWritesTheRulesFiredInEachResultAndLogsNoLinePerRequest(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in.jsonl");
        Path out = tmp.resolve("out.jsonl");
        run("generate", "anning-2022", "--count", "30", "--seed", "2", "--out", in.toString());
        CliTest.Run r = run("batch", in.toString(), "--out", out.toString(), "--verbose");
        assertThat(r.exit()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(30).allMatch(l -> l.contains("\"trace\":[{\"rule\":"));
        assertThat(r.err()).contains("INFO  JsonLinesBatch: batch: 30 requests, 30 evaluated")
                .doesNotContain("rules fired");
        CliTest.Run quiet = run("batch", in.toString(), "--out", out.toString());
        assertThat(Files.readAllLines(out)).noneMatch(l -> l.contains("\"trace\""));
        assertThat(quiet.err()).doesNotContain("INFO", "DEBUG");
    }
}
