package io.iprules.examples;

import io.iprules.ConfigurationException;
import io.iprules.InvalidRequestException;
import io.iprules.Language;
import io.iprules.Problem;
import io.iprules.RulesEngine;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/**
 * The {@code ip-rules} command: evaluates requests of the JSON contract, reports target indicators as a page, and
 * lists the policies.
 *
 * <p>Exit codes (CONTRACT.md): 0 evaluated, whatever the outcome; 2 the input is invalid (stderr names the
 * JSON path and the problem, stdout prints nothing); 1 an internal failure.
 */
@Command(name = "ip-rules", mixinStandardHelpOptions = true, versionProvider = IpRules.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Decides what Chinese IP policies owe an applicant, and why, clause by clause.",
        subcommands = {EvaluateCommand.class, BatchCommand.class, ReplayCommand.class, ReportCommand.class,
                PoliciesCommand.class, GenerateCommand.class, SchemaCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 evaluated; 2 invalid input (stderr names the JSON path); 1 internal failure.",
                "replay: 0 replays byte for byte; 3 the receipt does not match; 4 the output was altered."})
public final class IpRules implements Runnable {
    static final int OK = 0;
    static final int INVALID = 2;
    static final int INTERNAL = 1;
    /** replay: the receipt does not match this engine or this request. */
    static final int RECEIPT_DIFFERS = 3;
    /** replay: the receipt matches but the output is not the one recorded. */
    static final int OUTPUT_DIFFERS = 4;
    private static final Logger LOG = LoggerFactory.getLogger(IpRules.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command and exits with its code. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, System.in, out, err));
    }

    /** Runs the command with the given streams; returns the exit code. */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Io.set(new Io(in, out, err));
        Logs.configure(err, false);
        CommandLine cl = new CommandLine(new IpRules())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .setExitCodeExceptionMapper(IpRules::exitCode)
                .setExecutionExceptionHandler((e, line, parsed) -> {
                    report(e, err);
                    return exitCode(e);
                });
        cl.getCommandSpec().usageMessage().autoWidth(true);
        return cl.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a command: evaluate, batch, replay, report, policies, generate, schema, serve (or help)");
    }

    static int exitCode(Throwable e) {
        if (e instanceof InvalidRequestException || e instanceof InvalidInputException
                || e instanceof CommandLine.ParameterException) {
            return INVALID;
        }
        if (e instanceof ConfigurationException c && c.inParameters()) {
            return INVALID;
        }
        return INTERNAL;
    }

    private static void report(Exception e, PrintStream err) {
        if (e instanceof InvalidRequestException invalid) {
            for (Problem p : invalid.problems()) {
                err.println(p);
            }
        } else if (e instanceof InvalidInputException || e instanceof ConfigurationException c && c.inParameters()) {
            err.println(e.getMessage());
        } else if (e instanceof ConfigurationException) {
            err.println("ip-rules cannot start: " + e.getMessage());
            LOG.debug("cannot start", e);
        } else {
            err.println("internal error: " + e + " (run with --verbose to see where)");
            LOG.debug("internal error", e);
        }
    }

    /** Options every command that builds an engine shares. */
    static final class EngineOptions {
        @Option(names = "--params", paramLabel = "FILE",
                description = "Deployment parameter file: values for the amounts the texts leave to implementing rules.")
        Path params;

        @Option(names = {"-v", "--verbose"}, description = "Log what the engine does (stderr), list the rules fired, "
                + "and show where an internal failure happened.")
        boolean verbose;

        RulesEngine engine() {
            if (verbose) {
                Logs.configure(Io.get().err(), true);
            }
            RulesEngine.Builder b = RulesEngine.builder();
            if (params != null) {
                b.parameters(params);
            }
            return b.build();
        }
    }

    /** Output options every command that prints shares. */
    static final class OutputOptions {
        @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
                description = "Output format (default: ${DEFAULT-VALUE}).")
        Format format;

        @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en", converter = LanguageConverter.class,
                description = "Language of the explanations (default: ${DEFAULT-VALUE}).")
        Language lang;

        boolean json() {
            return format == Format.JSON;
        }
    }

    /** {@code zh} or {@code en}, for picocli. */
    static final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            try {
                return Language.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Output formats. */
    enum Format {
        TEXT, JSON;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The version from the jar's manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = IpRules.class.getPackage().getImplementationVersion();
            return new String[] {"ip-rules " + (v == null ? "(development build)" : v)};
        }
    }
}
