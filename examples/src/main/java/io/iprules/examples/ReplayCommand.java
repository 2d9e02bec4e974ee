package io.iprules.examples;

import io.iprules.Receipt;
import io.iprules.json.Replay;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ip-rules replay REQUEST RESULT}: evaluates the request again and checks the result's receipt and bytes.
 * Exit codes: 0 the receipt matches and the output is byte-identical; 3 the receipt does not match (another
 * library or module version, other rules or parameters, another request or date); 4 the receipt matches but the
 * output differs from the recorded one (the result was altered); 2 invalid input; 1 internal failure.
 */
@Command(name = "replay", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Replays a decision receipt: evaluates REQUEST again and checks that RESULT's receipt matches "
                + "this engine and request and that the output is byte-identical.",
                "Build the engine as the one that decided (the same --params). With --line N, REQUEST and RESULT are "
                        + "a batch's input and output (JSON Lines) and line N of each is replayed."},
        footer = {"", "Exit codes: 0 replayed byte for byte; 3 the receipt does not match (what differs is printed); "
                + "4 the receipt matches but the output differs (the first differing field is printed); 2 invalid "
                + "input; 1 internal failure."})
final class ReplayCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "REQUEST", description = "The request that was evaluated (- for standard input).")
    String request;

    @Parameters(index = "1", paramLabel = "RESULT", description = "The result with its receipt, as evaluate --format json or batch wrote it.")
    String result;

    /** The largest result read: a result may be longer than its request, so 16 times the largest request. */
    static final int MAX_RESULT_BYTES = 16 * io.iprules.json.JsonContract.MAX_REQUEST_BYTES;

    @Option(names = "--line", paramLabel = "N", description = "Replay line N (from 1) of a batch's input and output.")
    Long line;

    @Mixin
    IpRules.EngineOptions options;

    @Override
    public Integer call() {
        if (line != null && line < 1) {
            throw new InvalidInputException("--line counts from 1, not " + line);
        }
        if ("-".equals(request) && "-".equals(result)) {
            throw new InvalidInputException("only one of REQUEST and RESULT can be standard input");
        }
        byte[] requestBytes = line == null ? EvaluateCommand.read(request, io.iprules.Language.EN) : line(request, line);
        byte[] resultBytes = line == null ? InputFiles.read(result, MAX_RESULT_BYTES, io.iprules.Language.EN) : line(result, line);
        Replay.Report report = new Replay(options.engine()).check(requestBytes, resultBytes);
        Io io = Io.get();
        Receipt r = report.replayed();
        switch (report.verdict()) {
            case IDENTICAL -> {
                io.out().println("replayed: the receipt matches and the output is byte-identical");
                io.out().println("  library " + r.library() + ", " + r.policy() + " " + r.policyVersion()
                        + ", as of " + r.asOf() + " (" + r.asOfSource() + ")");
                io.out().println("  rules      " + r.rules());
                io.out().println("  parameters " + r.parameters());
                io.out().println("  request    " + r.request());
                return IpRules.OK;
            }
            case RECEIPT_DIFFERS -> {
                io.out().println("does not replay: the receipt does not match this engine or this request");
                report.differences().forEach(d -> io.out().println("  " + SafeText.escape(d)));
                return IpRules.RECEIPT_DIFFERS;
            }
            default -> {
                io.out().println("does not replay: the receipt matches but the output is not the one recorded");
                report.differences().forEach(d -> io.out().println("  " + SafeText.escape(d)));
                return IpRules.OUTPUT_DIFFERS;
            }
        }
    }

    /** Line {@code n} of a JSON Lines file, without its line break. */
    private static byte[] line(String file, long n) {
        try (InputStream in = "-".equals(file) ? Io.get().in()
                : new BufferedInputStream(Files.newInputStream(Path.of(file)), 1 << 16)) {
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
                        throw new InvalidInputException(file + ": line " + n + " is longer than " + MAX_RESULT_BYTES
                                + " bytes");
                    }
                    b.write(c);
                }
            }
            if (current == n && b.size() > 0) {
                return b.toByteArray();
            }
            throw new InvalidInputException(file + " has no line " + n);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new InvalidInputException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
