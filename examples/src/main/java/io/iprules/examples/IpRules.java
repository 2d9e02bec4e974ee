package io.iprules.examples;

import io.iprules.ConfigurationException;
import io.iprules.InvalidRequestException;
import io.iprules.Language;
import io.iprules.Problem;
import io.iprules.RulesEngine;
import io.iprules.report.SafeText;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;
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
 * <p>Exit codes (docs/contract.md): 0 evaluated, whatever the outcome; 2 the input is invalid (stderr names the
 * JSON path and the problem, stdout prints nothing); 1 an internal failure, output that could not be written or a
 * heap too small for the run.
 */
@Command(name = "ip-rules", mixinStandardHelpOptions = true, versionProvider = IpRules.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Decides what Chinese IP policies owe an applicant, and why, clause by clause.",
        footer = {"", "Exit codes: 0 evaluated; 2 invalid input (stderr names the JSON path); 1 an internal failure, "
                + "output that could not be written (a full disk, a closed pipe) or too little memory for the run.",
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
    /**
     * The subcommands by name, in the order the usage lists them. Not in {@code @Command(subcommands)}: picocli
     * reads a command's annotations when it is added (with all nine the command line was a quarter of a start's
     * main thread, with one a sixth), so a run that names its subcommand first gets that one only
     * ({@link #commandLine(Language, String[])}).
     */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("evaluate", EvaluateCommand::new);
        m.put("batch", BatchCommand::new);
        m.put("replay", ReplayCommand::new);
        m.put("report", ReportCommand::new);
        m.put("policies", PoliciesCommand::new);
        m.put("generate", GenerateCommand::new);
        m.put("schema", SchemaCommand::new);
        m.put("serve", ServeCommand::new);
        m.put("help", HelpCommand::new);
        return Collections.unmodifiableMap(m);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * {@code ip-rules --lang en} with no command, or before {@code --help}: the language of this help and of the
     * messages. Before a command's name it is that command's {@code --lang} ({@link #langAfterCommand}).
     */
    @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en", converter = LanguageConverter.class,
            description = "Language of this help and of the messages; before a COMMAND, its --lang "
                    + "(default: ${DEFAULT-VALUE}).")
    Language lang;

    /** Runs the command and exits with its code. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new Recording(new FileOutputStream(FileDescriptor.out)), true,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, System.in, out, err));
    }

    /** Runs the command with the given streams; returns the exit code. */
    static int run(String[] given, InputStream in, PrintStream out, PrintStream err) {
        String[] args = langAfterCommand(given);
        Io.set(new Io(in, out, err));
        Logs.configure(err, false);
        CommandLine cl = commandLine(language(args), args)
                // UTF-8 as the command's own messages: a PrintWriter over a stream would encode picocli's usage and
                // errors in the default charset, ASCII under the C locale on Java 17, every Chinese character a '?'
                .setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true))
                .setExitCodeExceptionMapper(IpRules::exitCode)
                .setParameterExceptionHandler((e, ignored) -> {
                    // picocli quotes the argument back: escaped, it cannot move the cursor or forge a line
                    CommandLine c = e.getCommandLine();
                    String message = e.getMessage();
                    String dash = dashFile(e, args);
                    c.getErr().println(SafeText.escape(language(args) == Language.ZH
                            ? CommandLineText.chinese(message) : message));
                    if (e instanceof CommandLine.UnmatchedArgumentException && args.length > 0
                            && "version".equals(args[0])) {
                        // picocli would suggest the commands that look alike (serve, generate): the version is an
                        // option
                        c.getErr().println(Messages.text(language(args), "usage.versionIsAnOption"));
                    } else if (language(args) == Language.ZH && e instanceof CommandLine.UnmatchedArgumentException u
                            && !u.getSuggestions().isEmpty()) {
                        c.getErr().println(SafeText.escape(CommandLineText.suggestions(u.getSuggestions())));
                    } else if (dash != null) {
                        // a file named -x.json was taken for an option, and the file reported missing
                        c.getErr().println(SafeText.escape(Messages.text(language(args), "usage.dashFile", dash)));
                    } else if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, c.getErr())) {
                        c.usage(c.getErr());
                    }
                    return INVALID;
                })
                .setExecutionExceptionHandler((e, line, parsed) -> {
                    report(e, err, language(args));
                    return exitCode(e);
                });
        cl.getCommandSpec().usageMessage().autoWidth(true);
        int exit;
        try {
            exit = cl.execute(args);
        } catch (Error e) {
            // not a bug: the heap given is too small for this run (a huge batch, a tiny -Xmx); the failed allocation
            // is gone, so there is room to say so, instead of the JVM's stack trace. Drools' service loader wraps one
            // met while it loads its components (ServiceConfigurationError), so the causes are looked through too.
            if (!outOfMemory(e)) {
                throw e;
            }
            err.println(Messages.text(language(args), "outOfMemory", Runtime.getRuntime().maxMemory() >> 20));
            LOG.debug("out of memory", e);
            return INTERNAL;
        }
        if (out.checkError() && exit != INTERNAL) { // a PrintStream only records a failed write: never exit 0
            err.println(Messages.text(language(args), "write.stdout", stdoutFailure(out, language(args))));
            return INTERNAL;
        }
        if (exit == OK && err.checkError()) {
            // what the run had to say on standard error (a batch's summary, a warning) was lost: not a success,
            // though there is nowhere left to say so (a batch's --summary FILE is written all the same)
            return INTERNAL;
        }
        return exit;
    }

    /** Whether {@code e} is, or was caused by, an {@link OutOfMemoryError}. */
    static boolean outOfMemory(Throwable e) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < 16; depth++, t = t.getCause()) { // bounded: causes may form a loop
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /**
     * The command line, its usage help ({@code --help}, {@code help COMMAND}, the usage shown after a mistake) in
     * {@code lang}: the annotations' English, or their Chinese from the resource bundle {@code usage_zh.properties}.
     * Chosen before parsing, from the arguments, so that the help and the usage after an error speak alike.
     */
    static CommandLine commandLine(Language lang) {
        return commandLine(lang, new String[0]);
    }

    /**
     * As {@link #commandLine(Language)}, with only the subcommand {@code args} names first, when it names one: every
     * other run (help, a mistake, a root option) gets them all, for the usage and for picocli's suggestions.
     */
    static CommandLine commandLine(Language lang, String[] args) {
        CommandLine cl = new CommandLine(new IpRules());
        // before the settings below: picocli gives a setting to the subcommands present when it is set
        Supplier<Object> named = args.length > 0 && !"help".equals(args[0]) ? SUBCOMMANDS.get(args[0]) : null;
        if (named != null) {
            cl.addSubcommand(args[0], named.get());
        } else {
            SUBCOMMANDS.forEach((name, command) -> cl.addSubcommand(name, command.get()));
        }
        // every command lists -V, --version (mixinStandardHelpOptions): each prints the version, not an empty line
        cl.getSubcommands().values().forEach(c -> c.getCommandSpec().versionProvider(new Version()));
        cl.setCaseInsensitiveEnumValuesAllowed(true)
                .registerConverter(Path.class, new PathConverter());
        if (lang == Language.ZH) {
            cl.setResourceBundle(ResourceBundle.getBundle("io.iprules.examples.usage", Locale.CHINESE,
                    IpRules.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
        return cl;
    }

    /**
     * The argument a command's missing file parameter most likely is: one that begins with '-' (but is not '-' or
     * '--') and names none of the command's options; {@code null} when {@code e} is not a missing parameter or there
     * is none such.
     */
    static String dashFile(CommandLine.ParameterException e, String[] args) {
        if (!(e instanceof CommandLine.MissingParameterException) || e.getCommandLine() == null) {
            return null;
        }
        CommandLine.Model.CommandSpec spec = e.getCommandLine().getCommandSpec();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                return null;
            }
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (a.startsWith("-") && a.length() > 1 && spec.findOption(name) == null
                    && (a.startsWith("--") || !clusterOfOptions(spec, a))) {
                return a;
            }
        }
        return null;
    }

    /** Whether {@code a} is a cluster of one-letter options ({@code -hv}). */
    private static boolean clusterOfOptions(CommandLine.Model.CommandSpec spec, String a) {
        for (int i = 1; i < a.length(); i++) {
            if (spec.findOption(a.charAt(i)) == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code ip-rules --lang en evaluate f.json} as {@code ip-rules evaluate --lang en f.json}: every command has its
     * {@code --lang}, and people write it before the command's name as often as after (picocli refused it there as
     * an unknown option, in English only). {@code args} unchanged when no command's name follows the leading
     * {@code --lang}s.
     */
    static String[] langAfterCommand(String[] args) {
        int i = 0;
        while (i < args.length) {
            if (args[i].startsWith("--lang=")) {
                i++;
            } else if ("--lang".equals(args[i]) && i + 1 < args.length) {
                i += 2;
            } else {
                break;
            }
        }
        if (i == 0 || i == args.length || !SUBCOMMANDS.containsKey(args[i])) {
            return args;
        }
        List<String> moved = new ArrayList<>(args.length);
        moved.add(args[i]);
        moved.addAll(List.of(args).subList(0, i));
        moved.addAll(List.of(args).subList(i + 1, args.length));
        return moved.toArray(String[]::new);
    }

    /** The language the arguments ask for, for a message outside any command. */
    static Language language(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
                    : "--lang".equals(args[i]) && i + 1 < args.length ? args[i + 1] : null;
            // read as the option itself reads it (Language.parse: any case, spaces around): --lang EN gave English
            // results but Chinese errors and help
            if (value != null && "en".equals(value.trim().toLowerCase(java.util.Locale.ROOT))) {
                return Language.EN;
            }
        }
        return Language.ZH;
    }

    /** Why standard output failed, as far as is known. */
    static String stdoutFailure(PrintStream out, Language lang) {
        IOException e = Recording.LAST.get();
        return e == null ? Messages.text(lang, "reason.refused") : Messages.reason(lang, e);
    }

    /** Remembers the last failed write of standard output, which a PrintStream swallows. */
    static final class Recording extends java.io.FilterOutputStream {
        static final java.util.concurrent.atomic.AtomicReference<IOException> LAST =
                new java.util.concurrent.atomic.AtomicReference<>();

        Recording(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                LAST.set(e);
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                LAST.set(e);
                throw e;
            }
        }
    }

    /** The time zone of "today" when a request gives no date: the policies are Chinese, so China's. */
    static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");

    /** Today in China, whatever the machine's time zone. */
    static java.time.LocalDate today() {
        return java.time.LocalDate.now(ZONE);
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
        return INTERNAL; // a failed write (WriteFailedException) too
    }

    private static void report(Exception e, PrintStream err, Language lang) {
        if (e instanceof InvalidRequestException invalid) {
            for (Problem p : invalid.problems()) {
                // the path as in the request; the message in the run's language, as the problem's maker worded it
                // (a module that gives English only: the common English templates are translated as a fallback)
                String message = p.bilingual() ? p.message(lang) : ProblemText.in(lang, p.message());
                err.println(SafeText.escape(p.path() == null || p.path().isEmpty() ? message
                        : p.path() + ": " + message));
            }
        } else if (e instanceof ConfigurationException c && c.inParameters()) {
            // one line, whatever a file's value or name holds: a newline in it must not start a line of its own
            err.println(SafeText.escape(c.message(lang)));
        } else if (e instanceof InvalidInputException || e instanceof WriteFailedException) {
            err.println(SafeText.escapeKeepingLines(e.getMessage())); // composed of lines (a resume's reasons…)
        } else if (e instanceof ConfigurationException c) {
            // a broken installation: said in the run's language, like every other message an officer reads
            err.println(Messages.cannotStart(lang, c.message(lang)));
            LOG.debug("cannot start", e);
        } else {
            err.println("internal error: " + SafeText.escape(String.valueOf(e)) + " (run with --verbose to see where)");
            LOG.debug("internal error", e);
        }
    }

    /** The kind of data file {@code --calendar} gives (the policy kit's {@code KitModule.CALENDAR}). */
    static final String CALENDAR = io.iprules.kit.KitModule.CALENDAR;

    /** Options every command that builds an engine shares. */
    static final class EngineOptions {
        @Option(names = "--params", paramLabel = "FILE",
                description = "Deployment parameter file: values for the amounts the texts leave to implementing "
                        + "rules.")
        Path params;

        @Option(names = "--calendar", paramLabel = "FILE",
                description = "A year of China's working-day calendar (a State Council holiday notice the library does "
                        + "not bundle yet), in the format the README gives; repeatable, one file per year.")
        List<Path> calendars = new ArrayList<>();

        @Option(names = {"-v", "--verbose"}, description = "Log what the engine does (stderr), list the rules fired, "
                + "and show where an internal failure happened.")
        boolean verbose;

        /** The files the engine reads: the parameter file and the calendar files; nothing may be written over them. */
        List<Path> dataFiles() {
            List<Path> files = new ArrayList<>(calendars);
            if (params != null) {
                files.add(params);
            }
            return files;
        }

        /** The engine, a wrong parameter or data file refused in Chinese (the command line's default language). */
        RulesEngine engine() {
            return engine(Language.ZH);
        }

        /**
         * The engine with the deployment's parameters and data files; a wrong one is a user's mistake (exit 2) worded
         * in {@code lang}, naming the file and the path within it.
         */
        RulesEngine engine(Language lang) {
            if (verbose) {
                Logs.configure(Io.get().err(), true);
            }
            for (Path file : dataFiles()) {
                // a name whose bytes are not in the system's character set reached Java as U+FFFD: the file of that
                // other name is not there, and "no such file" would deny the file the user can list
                if (file.toString().indexOf('\uFFFD') >= 0 && !Files.exists(file)) {
                    throw InputFiles.missing(file.toString(), lang);
                }
            }
            try {
                RulesEngine.Builder b = RulesEngine.builder();
                if (params != null) {
                    b.parameters(params);
                }
                for (Path calendar : calendars) {
                    b.dataFile(CALENDAR, calendar);
                }
                return b.build();
            } catch (ConfigurationException e) {
                if (e.inParameters()) {
                    // one line, whatever the file's value or name holds: a newline in it must not start a line
                    throw new InvalidInputException(SafeText.escape(e.message(lang)));
                }
                throw e;
            }
        }
    }

    /** Output options every command that prints shares. */
    static final class OutputOptions {
        @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
                description = "Output format (default: ${DEFAULT-VALUE}).")
        Format format;

        @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en", converter = LanguageConverter.class,
                description = "Language of the explanations and this help (default: ${DEFAULT-VALUE}).")
        Language lang;

        boolean json() {
            return format == Format.JSON;
        }
    }

    /** A date {@code YYYY-MM-DD}, for picocli, refused in the contract's words (not java.time's). */
    static final class DateConverter implements CommandLine.ITypeConverter<java.time.LocalDate> {
        @Override
        public java.time.LocalDate convert(String value) {
            try {
                if (!value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                    // the contract's form only: java.time also reads a signed or longer year (+999999999-12-31)
                    throw new java.time.format.DateTimeParseException("not YYYY-MM-DD", value, 0);
                }
                return java.time.LocalDate.parse(value);
            } catch (java.time.format.DateTimeParseException e) {
                // the request reader's words: 2013-02-29 has the form, but is no date
                throw new CommandLine.TypeConversionException("must be a real date YYYY-MM-DD, not '"
                        + SafeText.escape(value) + "'");
            }
        }
    }

    /**
     * A file's path, for picocli: an empty one ({@code --out=$UNSET}) is refused, where Java would take it for the
     * working folder and the message would name nothing.
     */
    static final class PathConverter implements CommandLine.ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            if (value.isEmpty()) {
                throw new CommandLine.TypeConversionException("must name a file, not be empty");
            }
            // Java drops a name's last /, so out/ would be written as a file named out (or over one), where the
            // system refuses such a name for a file
            if (InputFiles.endsWithSeparator(value)) {
                throw new CommandLine.TypeConversionException("must name a file, not a folder (it ends with "
                        + value.charAt(value.length() - 1) + ")");
            }
            try {
                return Path.of(value);
            } catch (java.nio.file.InvalidPathException e) {
                throw new CommandLine.TypeConversionException("'" + SafeText.escape(value) + "' is not a file name: "
                        + e.getReason());
            }
        }
    }

    /**
     * A file's name where {@code -} may stand for a standard stream, for picocli: not empty, as {@link PathConverter}.
     */
    static final class FileNameConverter implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!"-".equals(value)) {
                new PathConverter().convert(value); // refuses what is not a file's name
            }
            return value; // as written, which messages quote
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
