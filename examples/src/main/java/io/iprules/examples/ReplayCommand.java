package io.iprules.examples;

import io.iprules.Language;
import io.iprules.Receipt;
import io.iprules.json.Replay;
import io.iprules.report.SafeText;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ip-rules replay REQUEST RESULT}: evaluates the request again and checks the result's receipt and bytes.
 * Exit codes: 0 the receipt matches and the output is byte-identical; 3 the receipt does not match (another
 * library or module version, other rules or parameters, another request or date); 4 the receipt matches but the
 * output differs from the recorded one (the result was altered); 2 invalid input; 1 an internal failure, output
 * that could not be written or too little memory.
 */
@Command(name = "replay", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Replays a decision receipt: evaluates REQUEST again and checks that RESULT's receipt matches "
                + "this engine and request and that the output is byte-identical.",
                "Build the engine as the one that decided (the same --params). With --line N, REQUEST and RESULT are "
                        + "a batch's input and output (JSON Lines) and line N of each is replayed."},
        footer = {"", "Exit codes: 0 replayed byte for byte; 3 the receipt does not match (what differs is printed); "
                + "4 the receipt matches but the output differs (the first differing field is printed); 2 invalid "
                + "input; 1 an internal failure, output that could not be written or too little memory."})
final class ReplayCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "REQUEST", description = "The request that was evaluated (- for standard "
            + "input).")
    String request;

    @Parameters(index = "1", paramLabel = "RESULT", description = "The result with its receipt, as evaluate --format "
            + "json or batch wrote it.")
    String result;

    /** The largest result read: a result may be longer than its request, so 16 times the largest request. */
    static final int MAX_RESULT_BYTES = 16 * io.iprules.json.JsonContract.MAX_REQUEST_BYTES;

    @Option(names = "--line", paramLabel = "N", description = "Replay line N (from 1) of a batch's input and output.")
    Long line;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en", converter = IpRules.LanguageConverter.class,
            description = "Language of the verdict, the differences, the messages and this help (default: "
                    + "${DEFAULT-VALUE}); the result is written again in its receipt's language, whatever this says.")
    Language lang;

    @Mixin
    IpRules.EngineOptions options;

    @Override
    public Integer call() {
        if (line != null && line < 1) {
            throw Messages.invalid(lang, "replay.line.min", line);
        }
        if ("-".equals(request) && "-".equals(result)) {
            throw Messages.invalid(lang, "replay.stdin.both");
        }
        byte[] requestBytes = line == null ? EvaluateCommand.read(request, lang) : line(request, line, lang);
        byte[] resultBytes = line == null ? InputFiles.read(result, MAX_RESULT_BYTES, "file.tooLarge.result", lang)
                : line(result, line, lang);
        Replay.Report report = new Replay(options.engine(lang)).check(requestBytes, resultBytes, line);
        Io io = Io.get();
        Receipt r = report.replayed();
        switch (report.verdict()) {
            case IDENTICAL -> {
                print(io, "", "replay.identical");
                print(io, "  ", "replay.engine", r.library(), r.policy(), r.policyVersion(), r.asOf(),
                        Messages.LABELS.format(lang, "replay.as-of-source." + r.asOfSource().name(), new Object[0]));
                print(io, "  ", "replay.rules", r.rules());
                print(io, "  ", "replay.parameters", r.parameters());
                print(io, "  ", "replay.request", r.request());
                return IpRules.OK;
            }
            case RECEIPT_DIFFERS -> {
                print(io, "", "replay.receipt-differs");
                printDifferences(io, report);
                return IpRules.RECEIPT_DIFFERS;
            }
            default -> {
                print(io, "", "replay.output-differs");
                printDifferences(io, report);
                return IpRules.OUTPUT_DIFFERS;
            }
        }
    }

    /** One line of the verdict, labelled in the run's language; escaped, as a receipt's parts came from a file. */
    private void print(Io io, String indent, String key, Object... args) {
        io.out().println(indent + SafeText.escape(Messages.LABELS.format(lang, key, args)));
    }

    /** Each difference in the run's language; paths and values are the result's, escaped. */
    private void printDifferences(Io io, Replay.Report report) {
        report.explained().forEach(d -> io.out().println("  " + SafeText.escape(d.in(lang))));
    }

    /** Line {@code n} of a JSON Lines file, without its line break. */
    private static byte[] line(String file, long n, Language lang) {
        return InputFiles.read(file, lang, (raw, name) -> {
            // a file buffered; standard input read byte by byte, never a byte past the limit + 1
            InputStream in = "-".equals(file) ? raw : new BufferedInputStream(raw, 1 << 16);
            long current = 1;
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            int c;
            while ((c = in.read()) >= 0) {
                if (c == '\n') {
                    if (current == n) {
                        return b.toByteArray();
                    }
                    current++;
                } else if (current == n) {
                    if (b.size() >= MAX_RESULT_BYTES) { // stop at the limit + 1 byte
                        throw Messages.invalid(lang, "replay.line.tooLong", name, n, MAX_RESULT_BYTES);
                    }
                    b.write(c);
                }
            }
            if (current == n && b.size() > 0) {
                return b.toByteArray();
            }
            throw Messages.invalid(lang, "replay.line.missing", name, n);
        });
    }
}
