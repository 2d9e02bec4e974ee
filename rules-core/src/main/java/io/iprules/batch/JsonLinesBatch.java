package io.iprules.batch;

import io.iprules.EvaluationResult;
import io.iprules.InvalidRequestException;
import io.iprules.Language;
import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates a stream of requests, one JSON object per line, into a stream of results, one per input line and in
 * input order, on several threads, with memory that does not grow with the input: lines are read, evaluated and
 * written in chunks, at most three chunks in memory at a time.
 *
 * <p>Nothing is lost: a line that is not a valid request gets an error result
 * ({@code {"line": 12, "error": {"problems": [{"path": "…", "message": "…"}]}}}) and the run goes on; a line that
 * hits an internal failure gets {@code {"line": 12, "error": {"internal": "…"}}}. The summary accounts for every
 * line and holds the budget of the evaluated ones.
 *
 * <pre>{@code
 * BatchSummary s = JsonLinesBatch.builder(engine).threads(4).build().run(in, out);
 * s.budget().total();
 * }</pre>
 */
public final class JsonLinesBatch {
    private static final Logger LOG = LoggerFactory.getLogger(JsonLinesBatch.class);

    private final RulesEngine engine;
    private final JsonContract contract;
    private final int threads;
    private final int chunk;
    private final Language language;
    private final LocalDate today;
    private final LocalDate asOf;
    private final BatchProgress progress;
    private final boolean trace;

    private JsonLinesBatch(Builder b) {
        this.engine = b.engine;
        this.contract = new JsonContract(b.engine);
        this.threads = b.threads;
        this.chunk = b.chunk;
        this.language = b.language;
        this.today = b.today;
        this.asOf = b.asOf;
        this.progress = b.progress;
        this.trace = b.trace;
    }

    /** A batch over {@code engine}'s policies. */
    public static Builder builder(RulesEngine engine) {
        return new Builder(engine);
    }

    /** Configures a {@link JsonLinesBatch}. */
    public static final class Builder {
        private final RulesEngine engine;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int chunk = 2048;
        private Language language = Language.ZH;
        private LocalDate today;
        private LocalDate asOf;
        private BatchProgress progress = BatchProgress.NONE;
        private boolean trace;

        private Builder(RulesEngine engine) {
            this.engine = Objects.requireNonNull(engine, "engine");
        }

        /** Worker threads (default: the available processors). */
        public Builder threads(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("threads must be at least 1, not " + n);
            }
            this.threads = n;
            return this;
        }

        /** Lines per chunk (default 2048); memory is bounded by about three chunks. */
        public Builder chunk(int lines) {
            if (lines < 1) {
                throw new IllegalArgumentException("a chunk holds at least one line, not " + lines);
            }
            this.chunk = lines;
            return this;
        }

        /** Language of the explanations in the results (default Chinese). */
        public Builder language(Language value) {
            this.language = Objects.requireNonNull(value);
            return this;
        }

        /** The date used for a request without {@code asOf}; required unless {@link #asOf} is set. */
        public Builder today(LocalDate value) {
            this.today = value;
            return this;
        }

        /** An as-of date that replaces every request's. */
        public Builder asOf(LocalDate value) {
            this.asOf = value;
            return this;
        }

        /** Also write the rules fired in each result ({@code "trace"}); default {@code false}. */
        public Builder trace(boolean value) {
            this.trace = value;
            return this;
        }

        /** Told after each chunk is written. */
        public Builder progress(BatchProgress value) {
            this.progress = Objects.requireNonNull(value);
            return this;
        }

        /** The batch. */
        public JsonLinesBatch build() {
            if (today == null && asOf == null) {
                throw new IllegalStateException("a batch needs today() or asOf(): the evaluation date is always explicit");
            }
            return new JsonLinesBatch(this);
        }
    }

    private static final class Chunk {
        final long firstLine;
        final byte[][] lines;
        final int size;
        final String[] out;
        final Budget[] budgets;
        final int[] evaluated;
        final int[] invalid;
        final int[] failed;

        Chunk(long firstLine, byte[][] lines, int size, int slices) {
            this.firstLine = firstLine;
            this.lines = lines;
            this.size = size;
            this.out = new String[size];
            this.budgets = new Budget[slices];
            this.evaluated = new int[slices];
            this.invalid = new int[slices];
            this.failed = new int[slices];
        }
    }

    /**
     * Runs the batch: reads {@code in} to its end, writes one line per input line to {@code out} (UTF-8), and
     * flushes it. Closes neither stream.
     *
     * @throws IOException when reading or writing fails (lines already written stay written)
     */
    public BatchSummary run(InputStream in, OutputStream out) throws IOException {
        long start = System.nanoTime();
        LineReader reader = new LineReader(in, JsonContract.MAX_REQUEST_BYTES);
        OutputStream sink = new BufferedOutputStream(out, 1 << 20);
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ip-rules-batch-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Budget budget = new Budget();
        long[] counts = new long[4]; // requests, evaluated, invalid, failed
        try {
            long lineNumber = 1;
            List<Future<?>> previousTasks = null;
            Chunk previous = null;
            while (true) {
                Chunk next = read(reader, lineNumber);
                List<Future<?>> tasks = next == null ? null : submit(pool, next);
                if (previous != null) {
                    write(previous, previousTasks, sink, budget, counts);
                    progress.update(counts[0], reader.bytes());
                }
                if (next == null) {
                    break;
                }
                lineNumber += next.size;
                previous = next;
                previousTasks = tasks;
            }
            sink.flush();
        } finally {
            pool.shutdownNow();
        }
        BatchSummary s = new BatchSummary(counts[0], counts[1], counts[2], counts[3], budget,
                (System.nanoTime() - start) / 1_000_000);
        LOG.info("batch: {} requests, {} evaluated, {} invalid, {} failed in {} ms", s.requests(), s.evaluated(),
                s.invalid(), s.failed(), s.millis());
        return s;
    }

    private Chunk read(LineReader reader, long firstLine) throws IOException {
        byte[][] lines = new byte[chunk][];
        int n = 0;
        while (n < chunk) {
            byte[] line = reader.next();
            if (line == null) {
                break;
            }
            lines[n++] = line;
        }
        return n == 0 ? null : new Chunk(firstLine, lines, n, Math.min(threads, n));
    }

    private List<Future<?>> submit(ExecutorService pool, Chunk c) {
        int slices = c.budgets.length;
        List<Future<?>> tasks = new ArrayList<>(slices);
        for (int s = 0; s < slices; s++) {
            int slice = s;
            tasks.add(pool.submit(() -> evaluate(c, slice, slices)));
        }
        return tasks;
    }

    /** Evaluates every {@code slices}-th line of the chunk from {@code slice}: interleaved, so slow lines spread out. */
    /**
     * Evaluates one slice of a chunk: every line is read first, then the valid requests go to the engine in one call
     * ({@link JsonContract#evaluateAll}, one chunk per policy for its module). Should that call fail (a defect), the
     * slice's lines are evaluated one by one, so that the failure is reported on its own line only.
     */
    private void evaluate(Chunk c, int slice, int slices) {
        Budget b = new Budget();
        List<Integer> at = new ArrayList<>();
        List<JsonContract.ParsedRequest> parsed = new ArrayList<>();
        List<byte[]> read = new ArrayList<>();
        for (int i = slice; i < c.size; i += slices) {
            long line = c.firstLine + i;
            byte[] json = c.lines[i];
            c.lines[i] = null;
            try {
                if (json == LineReader.TOO_LONG) {
                    throw new InvalidRequestException("", "the line is longer than " + JsonContract.MAX_REQUEST_BYTES
                            + " bytes");
                }
                if (json.length == 0) {
                    throw new InvalidRequestException("", "the line is empty; expected a JSON request");
                }
                parsed.add(contract.read(json, asOf != null ? asOf : today));
                at.add(i);
                read.add(json);
            } catch (InvalidRequestException e) {
                c.out[i] = contract.writeError(e.problems(), line);
                c.invalid[slice]++;
            } catch (RuntimeException | StackOverflowError e) {
                failed(c, slice, i, e);
            }
        }
        List<io.iprules.spi.Outcome> outcomes = null;
        try {
            outcomes = contract.evaluateAll(parsed, asOf);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.debug("batch: a slice failed as a whole ({}); evaluating its lines one by one", e.toString());
        }
        for (int k = 0; k < at.size(); k++) {
            int i = at.get(k);
            long line = c.firstLine + i;
            try {
                EvaluationResult r = outcomes != null ? outcomes.get(k).resultOrThrow()
                        : contract.evaluate(read.get(k), today, asOf);
                b.add(r);
                c.out[i] = contract.write(r, language, trace);
                c.evaluated[slice]++;
            } catch (InvalidRequestException e) {
                c.out[i] = contract.writeError(e.problems(), line);
                c.invalid[slice]++;
            } catch (RuntimeException | StackOverflowError e) {
                failed(c, slice, i, e);
            }
            read.set(k, null);
        }
        c.budgets[slice] = b;
    }

    private void failed(Chunk c, int slice, int i, Throwable e) {
        long line = c.firstLine + i;
        LOG.error("line {}: internal failure: {}", line, e.toString(), e); // the trace only with --verbose
        c.out[i] = contract.writeInternalError(String.valueOf(e), line);
        c.failed[slice]++;
    }

    private static void write(Chunk c, List<Future<?>> tasks, OutputStream sink, Budget budget, long[] counts)
            throws IOException {
        for (Future<?> f : tasks) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a batch worker failed outside any line", e.getCause());
            }
        }
        for (String s : c.out) {
            sink.write(s.getBytes(StandardCharsets.UTF_8));
            sink.write('\n');
        }
        for (int s = 0; s < c.budgets.length; s++) {
            budget.merge(c.budgets[s]);
            counts[1] += c.evaluated[s];
            counts[2] += c.invalid[s];
            counts[3] += c.failed[s];
        }
        counts[0] += c.size;
    }

    /** The engine this batch evaluates with. */
    public RulesEngine engine() {
        return engine;
    }
}
