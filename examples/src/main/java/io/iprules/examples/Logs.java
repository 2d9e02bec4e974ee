package io.iprules.examples;

import ch.qos.logback.classic.ClassicConstants;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import io.iprules.report.SafeText;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.LoggerFactory;

/**
 * Where the command's logs go and how much they say. Without {@code --verbose}: warnings and errors only, one line
 * each, without stack traces (a user is told what went wrong, not where in the code). With {@code --verbose}:
 * also INFO (engine ready, batch summary) and DEBUG (rule bases and their digests, each evaluation and the rules it
 * fired), and stack traces. Always to the command's standard error, never to standard output.
 */
final class Logs {
    /** A one-line message; {@code %nopex}: an exception adds nothing (its message is in the line when useful). */
    static final String QUIET = "%-5level %logger{0}: %safeMsg%n%nopex";
    /** The same, with the full stack trace of an exception. */
    static final String VERBOSE = "%-5level %logger{0}: %safeMsg%n%ex";

    private Logs() {
    }

    /**
     * Sends every log line to {@code err}, quietly or verbosely. Called at the start of each command (tests run
     * several in one JVM, so nothing is left from the previous one) and again when {@code --verbose} is given.
     */
    static synchronized void configure(PrintStream err, boolean verbose) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return; // another SLF4J provider chosen by whoever embeds the command: leave it alone
        }
        configure(context, err, verbose);
    }

    private static void configure(LoggerContext context, PrintStream err, boolean verbose) {
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.getInstanceConverterMap().put("safeMsg", SafeMessage::new);
        layout.setPattern(verbose ? VERBOSE : QUIET);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setName("STDERR");
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(new KeepOpen(err));
        appender.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAndStopAllAppenders();
        root.addAppender(appender);
        context.getLogger("io.iprules").setLevel(verbose ? Level.DEBUG : null);
        context.getLogger("io.iprules.evaluations").setLevel(null);
    }

    /**
     * The command's logging from the moment logback starts, before {@link #configure(PrintStream, boolean)} takes
     * over at the start of a command: warnings and errors on standard error, Drools and KIE at WARN (unconfigured,
     * logback logs everything at DEBUG to standard output, where the results go). Logback finds it through
     * {@code META-INF/services} and asks it before reading any XML: a {@code logback.xml} in this jar said the same,
     * and parsing it was about a tenth of every run's start (the first decision's). A configuration of the user's
     * ({@code -Dlogback.configurationFile}, or a {@code logback-test.xml} or {@code logback.xml} on the class path)
     * is left to logback, which reads it as it always did.
     */
    public static final class StartConfigurator extends ContextAwareBase implements Configurator {
        /** For the service loader. */
        public StartConfigurator() {
        }

        @Override
        public ExecutionStatus configure(LoggerContext context) {
            ClassLoader loader = StartConfigurator.class.getClassLoader();
            if (System.getProperty(ClassicConstants.CONFIG_FILE_PROPERTY) != null
                    || loader.getResource(ClassicConstants.TEST_AUTOCONFIG_FILE) != null
                    || loader.getResource(ClassicConstants.AUTOCONFIG_FILE) != null) {
                return ExecutionStatus.INVOKE_NEXT_IF_ANY;
            }
            Logs.configure(context, System.err, false);
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
            context.getLogger("org.drools").setLevel(Level.WARN);
            context.getLogger("org.kie").setLevel(Level.WARN);
            return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
        }
    }

    /**
     * Keeps the per-evaluation DEBUG lines off even with {@code --verbose}: for a batch, a line per request would
     * bury the summary and cost more than the evaluations (the results carry the rules fired instead).
     */
    static void withoutEvaluationLines() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger("io.iprules.evaluations").setLevel(Level.INFO);
        }
    }

    /**
     * A log line's message with control characters and bidirectional overrides escaped ({@link SafeText}), its
     * continuation lines (an evaluation's rules fired) indented: with {@code --verbose} a line names the applicant,
     * and a name must not move the cursor nor pass a line of its own off as a log line.
     */
    public static final class SafeMessage extends ClassicConverter {
        private static final java.util.regex.Pattern UNINDENTED = java.util.regex.Pattern.compile("\n(?=\\S)");

        @Override
        public String convert(ILoggingEvent event) {
            String message = SafeText.escapeKeepingLines(event.getFormattedMessage());
            return message.indexOf('\n') < 0 ? message : UNINDENTED.matcher(message).replaceAll("\n    ");
        }
    }

    /** The command's stderr, not closed when the appender stops (it would close System.err). */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
