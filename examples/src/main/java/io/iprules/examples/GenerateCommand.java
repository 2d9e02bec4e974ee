package io.iprules.examples;

import io.iprules.report.SafeText;
import io.iprules.spi.RequestGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ip-rules generate POLICY}: a seeded, reproducible synthetic population, one request per line. */
@Command(name = "generate", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Writes a synthetic population of requests for a policy (JSON Lines), for benchmarks and tests.",
                "The same seed gives the same file. --invalid-rate corrupts a share of the lines on purpose."})
final class GenerateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "POLICY", description = "The policy id, e.g. jiaxing-2012.")
    String policy;

    @Option(names = "--count", defaultValue = "1000", paramLabel = "N", description = "How many requests (default: "
            + "${DEFAULT-VALUE}).")
    long count;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: "
            + "${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--invalid-rate", defaultValue = "0", paramLabel = "R", converter = ShareConverter.class,
            description = "Share of lines to corrupt, between 0 and 1 (default: ${DEFAULT-VALUE}).")
    java.math.BigDecimal invalidRate;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default, or -: standard output).")
    Path out;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en", converter = IpRules.LanguageConverter.class,
            description = "Language of the messages and this help (default: ${DEFAULT-VALUE}).")
    io.iprules.Language lang;

    @Override
    public Integer call() throws IOException {
        if (count < 0) {
            throw Messages.invalid(lang, "count.min", count);
        }
        RequestGenerator generator = generator(policy, lang);
        if (out != null && out.toString().equals("-")) {
            out = null; // standard output, as - is elsewhere
        }
        if (out != null) {
            Targets.checkTarget(out, lang); // a folder (or one where its .partial goes), a missing folder: exit 2
        }
        // each line is corrupted with the given probability, from a seeded source: reproducible, not an exact count
        // under one in a million is none (and 1e-999999999 must not be expanded to its billion digits)
        long perMillion = invalidRate.compareTo(ONE_PER_MILLION) < 0 ? 0 : invalidRate.movePointRight(6).longValue();
        SplittableRandom random = new SplittableRandom(seed);
        SplittableRandom corruption = new SplittableRandom(seed ^ 0x5DEECE66DL);
        // a device or a named pipe is written through; a file, or the file a link leads to, is replaced by a
        // temporary file renamed over it when complete
        Targets.Write write = out == null ? null : Targets.Write.of(out);
        Path target = write == null ? null : write.file();
        try (Writer w = out == null
                ? new BufferedWriter(new OutputStreamWriter(Io.get().out(), StandardCharsets.UTF_8), 1 << 16)
                : write.renamedOver() == null ? Files.newBufferedWriter(target, StandardCharsets.UTF_8)
                : Files.newBufferedWriter(target, StandardCharsets.UTF_8, Targets.OWN_FILE)) {
            for (long i = 0; i < count; i++) {
                String line = generator.next(random);
                if (perMillion > 0 && corruption.nextLong(1_000_000) < perMillion) {
                    line = Corruption.apply(line, corruption);
                }
                w.write(line);
                w.write('\n');
            }
        } catch (IOException e) {
            removeOwnFile(write);
            throw Messages.writeFailed(lang, target == null ? "standard output" : target, e);
        }
        if (write != null && write.renamedOver() != null) {
            try {
                Targets.move(target, write.renamedOver());
            } catch (IOException e) {
                removeOwnFile(write);
                throw Messages.writeFailed(lang, write.renamedOver(), e);
            }
        }
        return IpRules.OK;
    }

    /**
     * After a failed write, the {@code .partial} this run made, as {@code report} and {@code --summary} remove theirs.
     */
    private static void removeOwnFile(Targets.Write write) {
        if (write != null && write.renamedOver() != null) { // else standard output or a device: not this run's file
            Targets.removeAfterFailedWrite(write.file());
        }
    }

    private static final java.math.BigDecimal ONE_PER_MILLION = new java.math.BigDecimal("0.000001");

    /**
     * A share between 0 and 1 ({@code 0.01}), for picocli; anything else (1.5, NaN, 1e999999999) refused in the
     * words the user typed, never expanded.
     */
    static final class ShareConverter implements picocli.CommandLine.ITypeConverter<java.math.BigDecimal> {
        @Override
        public java.math.BigDecimal convert(String value) {
            java.math.BigDecimal share = null;
            try {
                share = new java.math.BigDecimal(value.strip());
            } catch (NumberFormatException e) {
                // not a number: refused below
            }
            if (share == null || share.signum() < 0 || share.compareTo(java.math.BigDecimal.ONE) > 0) {
                throw new picocli.CommandLine.TypeConversionException("must be a share between 0 and 1, not '"
                        + SafeText.escape(value) + "'");
            }
            return share;
        }
    }

    private static RequestGenerator generator(String policy, io.iprules.Language lang) {
        try {
            return RequestGenerator.forPolicy(policy);
        } catch (IllegalArgumentException e) {
            java.util.List<String> known = java.util.ServiceLoader.load(RequestGenerator.class).stream()
                    .map(p -> p.get().policy()).sorted().toList();
            throw Messages.invalid(lang, "generate.policy", policy, String.join(", ", known));
        }
    }

    /** Ways to spoil a request line that any policy refuses. */
    static final class Corruption {
        private Corruption() {
        }

        static String apply(String line, SplittableRandom r) {
            switch (r.nextInt(4)) {
                case 0:
                    return line.substring(0, 1 + r.nextInt(line.length() - 1)); // truncated
                case 1:
                    return line.replaceFirst("\"asOf\":\"[0-9-]+\"", "\"asOf\":\"2013-02-30\""); // impossible date
                case 2:
                    return "{\"unexpected\":true," + line.substring(1); // unknown field
                default:
                    // unknown policy
                    return line.replaceFirst("\"policy\":\"[^\"]+\"", "\"policy\":\"no-such-policy\"");
            }
        }
    }
}
