package io.iprules.examples;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iprules.Language;
import io.iprules.batch.BatchProgress;
import io.iprules.batch.BatchSummary;
import io.iprules.batch.Budget;
import io.iprules.batch.JsonLinesBatch;
import io.iprules.kit.Yuan;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ip-rules batch IN.jsonl}: one request per line in, one result per line out, in order, and a summary. */
@Command(name = "batch", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Evaluates one request per line (JSON Lines) into one result per line, in input order.",
                "A bad line gets an error result with its line number and the run goes on. The summary (stderr) "
                        + "accounts for every line and gives the budget: total and per award code."})
final class BatchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN.jsonl|-", description = "Requests, one JSON object per line; - for standard input.")
    String in;

    @Option(names = "--out", paramLabel = "OUT.jsonl", description = "Where to write the results (default: standard output).")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the available processors).")
    Integer threads;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en", converter = IpRules.LanguageConverter.class,
            description = "Language of the explanations and the summary (default: ${DEFAULT-VALUE}).")
    Language lang;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Evaluate every request as of this date.")
    LocalDate asOf;

    @Option(names = "--summary", paramLabel = "FILE", description = "Also write the summary as JSON to FILE.")
    Path summaryFile;

    @Option(names = "--progress", negatable = true, description = "Show a progress bar (default: when stderr is a terminal).")
    Boolean progress;

    @Mixin
    IpRules.EngineOptions options;

    @Override
    public Integer call() throws IOException {
        Io io = Io.get();
        if (threads != null && threads < 1) {
            throw new InvalidInputException("--threads must be at least 1, not " + threads);
        }
        InputStream input = open(in);
        long size = "-".equals(in) ? -1 : Files.size(Path.of(in));
        JsonLinesBatch.Builder b = JsonLinesBatch.builder(options.engine()).language(lang)
                .today(LocalDate.now()).asOf(asOf).trace(options.verbose);
        Logs.withoutEvaluationLines();
        if (threads != null) {
            b.threads(threads);
        }
        ProgressBar bar = null;
        if (progress != null ? progress : Terminal.stderrIsTerminal()) {
            bar = new ProgressBar(io.err(), size);
            b.progress(bar);
        }
        BatchSummary s;
        try (InputStream source = input; OutputStream sink = out == null ? io.out() : Files.newOutputStream(out)) {
            s = b.build().run(source, sink);
        }
        if (bar != null) {
            bar.done();
        }
        io.err().print(summary(s, lang));
        if (summaryFile != null) {
            Files.writeString(summaryFile, json(s).toPrettyString() + "\n");
        }
        return s.failed() == 0 ? IpRules.OK : IpRules.INTERNAL;
    }

    private static InputStream open(String in) {
        try {
            return "-".equals(in) ? Io.get().in() : new BufferedInputStream(Files.newInputStream(Path.of(in)), 1 << 16);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("cannot read " + in + ": no such file");
        } catch (IOException e) {
            throw new InvalidInputException("cannot read " + in + ": " + e.getMessage());
        }
    }

    static String summary(BatchSummary s, Language lang) {
        StringBuilder b = new StringBuilder();
        b.append(l(lang, "batch.summary", s.requests(), s.evaluated(), s.invalid(), s.failed(),
                String.format(Locale.ROOT, "%.1f", s.millis() / 1000.0))).append('\n');
        Budget budget = s.budget();
        if (budget.hasAwards()) {
            b.append(l(lang, "batch.budget", Yuan.format(budget.total()), budget.determined(), budget.undetermined()))
                    .append('\n');
        }
        for (Budget.Line line : budget.byCode().values()) {
            b.append("  ").append(String.format(Locale.ROOT, "%-38s", line.code()))
                    .append(l(lang, "batch.budget.line", Yuan.format(line.amount()), line.determined(), line.undetermined()))
                    .append('\n');
        }
        budget.evaluatedByPolicy().forEach((p, n) -> {
            b.append("  ").append(l(lang, "batch.policy", p, n, budget.eligibleByPolicy().get(p)));
            Budget.IndicatorCounts ic = budget.indicatorsByPolicy().get(p);
            if (ic != null) {
                b.append(l(lang, "batch.indicators", ic.met(), ic.notMet(), ic.unknown()));
            }
            b.append('\n');
        });
        return b.toString();
    }

    static ObjectNode json(BatchSummary s) {
        JsonNodeFactory f = JsonNodeFactory.withExactBigDecimals(true);
        ObjectNode o = f.objectNode();
        o.put("requests", s.requests());
        o.put("evaluated", s.evaluated());
        o.put("invalid", s.invalid());
        o.put("failed", s.failed());
        o.put("millis", s.millis());
        ObjectNode budget = o.putObject("budget");
        budget.put("total", s.budget().total().toPlainString());
        budget.put("determined", s.budget().determined());
        budget.put("undetermined", s.budget().undetermined());
        ObjectNode codes = budget.putObject("byCode");
        for (Budget.Line line : s.budget().byCode().values()) {
            codes.putObject(line.code()).put("amount", line.amount().toPlainString())
                    .put("determined", line.determined()).put("undetermined", line.undetermined());
        }
        ObjectNode policies = o.putObject("byPolicy");
        s.budget().evaluatedByPolicy().forEach((p, n) -> {
            ObjectNode pn = policies.putObject(p).put("evaluated", n).put("eligible", s.budget().eligibleByPolicy().get(p));
            Budget.IndicatorCounts ic = s.budget().indicatorsByPolicy().get(p);
            if (ic != null) {
                pn.putObject("indicators").put("met", ic.met()).put("notMet", ic.notMet()).put("unknown", ic.unknown());
            }
        });
        return o;
    }

    private static String l(Language lang, String key, Object... args) {
        return TextReport.LABELS.format(lang, key, args);
    }

    /** A one-line bar on stderr, redrawn at most five times a second. */
    static final class ProgressBar implements BatchProgress {
        private final PrintStream err;
        private final long size;
        private final long start = System.nanoTime();
        private long lastDraw;

        ProgressBar(PrintStream err, long size) {
            this.err = err;
            this.size = size;
        }

        @Override
        public void update(long lines, long bytes) {
            long now = System.nanoTime();
            if (now - lastDraw < 200_000_000L) {
                return;
            }
            lastDraw = now;
            double seconds = Math.max(1e-3, (now - start) / 1e9);
            String rate = String.format(Locale.ROOT, "%,d lines  %,.0f/s", lines, lines / seconds);
            if (size > 0) {
                int percent = (int) Math.min(100, bytes * 100 / size);
                int filled = percent / 4;
                err.print("\r[" + "#".repeat(filled) + ".".repeat(25 - filled) + "] " + String.format(Locale.ROOT, "%3d%% ", percent) + rate + "   ");
            } else {
                err.print("\r" + rate + "   ");
            }
            err.flush();
        }

        void done() {
            err.print("\r" + " ".repeat(79) + "\r");
            err.flush();
        }
    }
}
