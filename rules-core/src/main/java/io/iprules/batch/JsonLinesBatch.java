package io.iprules.batch;

import io.iprules.EvaluationResult;
import io.iprules.InvalidRequestException;
import io.iprules.Language;
import io.iprules.Outcome;
import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
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
 * input order, on several threads, in bounded memory: lines are read, evaluated and written in chunks of at most
 * {@link Builder#chunk} lines and {@link Builder#chunkBytes} bytes of input (a line longer than
 * {@link JsonContract#MAX_REQUEST_BYTES} is skipped without being kept), at most two chunks in memory at a time,
 * and a request's problems are cut at {@link io.iprules.InvalidRequestException#MAX_PROBLEMS}. The check for
 * repeated applicants keeps about 24 bytes per identifying value (two for a line giving a code and a name), in at
 * most {@link Builder#duplicateCheckBytes} (a quarter of the heap by default); past it, lines it cannot remember
 * are counted ({@link DuplicateApplicants#unchecked}).
 *
 * <p>A chunk is read while the one before it is evaluated, but not past a pause of the input: where no line is
 * ready (no whole line buffered, and the bytes {@link InputStream#available()} says are ready end none, as for a
 * client that waits for the answers to the lines it sent before it sends more), the chunk being read ends with the
 * lines received, and the chunk in hand is written before the read waits. Every line received is so answered without
 * waiting for more input; a file, whose bytes are always ready, is still read in whole chunks.
 *
 * <p>Every result line ends with {@code "line": n}, its input line number. After each chunk the output is flushed
 * and a {@link Checkpoint} is given to {@link Builder#checkpoints}; a run {@linkplain Builder#resume resumed} from
 * one skips the input it covers, after checking it is the same input byte for byte (SHA-256), and that the output
 * kept from it is the one written (its CRC-32C, which a byte flipped or an edit by hand changes).
 *
 * <p>Nothing is lost: a line that is not a valid request gets an error result
 * ({@code {"line": 12, "error": {"problems": [{"path": "…", "message": "…"}]}}}) and the run goes on; a line that
 * hits an internal failure gets {@code {"line": 12, "error": {"internal": "…"}}}. The summary accounts for every
 * line and holds the budget of the evaluated ones.
 *
 * <pre>{@code
 * BatchSummary s = JsonLinesBatch.builder(engine).threads(4)
 *         .asOf(LocalDate.of(2013, 12, 31)) // or today(…): the date of a line that gives none
 *         .build().run(in, out);
 * s.budget().total();
 * }</pre>
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.MAINTAINED, since = "0.1.0")
public final class JsonLinesBatch {
    private static final Logger LOG = LoggerFactory.getLogger(JsonLinesBatch.class);
    /** The most bytes of input a chunk holds by default: 8 MiB. */
    public static final long DEFAULT_CHUNK_BYTES = 8L << 20;
    /**
     * Slices of a chunk per thread: a few, so that progress moves a slice (a few hundred lines) at a time rather than
     * a whole chunk, while each engine call still gets hundreds of requests.
     */
    private static final int SLICES_PER_THREAD = 4;

    private final RulesEngine engine;
    /** Per policy and request key, the fields that identify an applicant (repeats are flagged). */
    private final java.util.Map<String, java.util.Map<String, List<String>>> identity;
    private final JsonContract contract;
    private final int threads;
    private final int chunk;
    private final Language language;
    private final LocalDate today;
    private final LocalDate asOf;
    private final BatchProgress progress;
    private final boolean trace;
    private final long chunkBytes;
    private final java.util.function.Consumer<Checkpoint> checkpoints;
    private final Checkpoint resume;
    private final InputStream keptOutput;
    private final long duplicateCheckBytes;
    /** What every checkpoint records of the engine ({@link Checkpoint#engine}); null when it cannot say. */
    private final java.util.SortedMap<String, java.util.SortedMap<String, String>> engineParts;

    private JsonLinesBatch(Builder b) {
        this.engine = b.engine;
        this.engineParts = SameEngine.parts(b.engine);
        this.contract = new JsonContract(b.engine);
        this.identity = Duplicates.identity(b.engine);
        this.threads = b.threads;
        this.chunk = b.chunk;
        this.language = b.language;
        this.today = b.today;
        this.asOf = b.asOf;
        this.progress = b.progress;
        this.trace = b.trace;
        this.chunkBytes = b.chunkBytes;
        this.checkpoints = b.checkpoints;
        this.resume = b.resume;
        this.keptOutput = b.keptOutput;
        this.duplicateCheckBytes = b.duplicateCheckBytes;
    }

    /**
     * The checkpoint of a run over {@code engine} before its first line: nothing kept, the engine recorded (see
     * {@link Checkpoint#engine}), so that a run stopped before its first chunk is resumed by the same engine too.
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    public static Checkpoint nothingKept(RulesEngine engine) {
        return Checkpoint.NOTHING_KEPT.withEngine(SameEngine.parts(Objects.requireNonNull(engine, "engine")));
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
        private long chunkBytes = DEFAULT_CHUNK_BYTES;
        /** 0: a quarter of the heap, as the run starts. */
        private long duplicateCheckBytes;
        private java.util.function.Consumer<Checkpoint> checkpoints = c -> { };
        private Checkpoint resume;
        private InputStream keptOutput;

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

        /**
         * The most lines a chunk holds (default 2048); a chunk also ends at {@link #chunkBytes}, and where the input
         * pauses (see {@link JsonLinesBatch}). At most two chunks are in memory: one read and evaluated while the one
         * before it is written.
         */
        public Builder chunk(int lines) {
            if (lines < 1) {
                throw new IllegalArgumentException("a chunk holds at least one line, not " + lines);
            }
            this.chunk = lines;
            return this;
        }

        /**
         * The most bytes of input a chunk holds (default {@value JsonLinesBatch#DEFAULT_CHUNK_BYTES}); a chunk ends
         * at the line that reaches it, so a chunk holds at most this plus one line of at most
         * {@link JsonContract#MAX_REQUEST_BYTES}.
         */
        public Builder chunkBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("a chunk holds at least one byte, not " + bytes);
            }
            this.chunkBytes = bytes;
            return this;
        }

        /**
         * The most bytes the check for repeated applicants may take, its tables growing included (default: a quarter
         * of {@link Runtime#maxMemory()}); it remembers about one identifying value per 36 bytes (2.8 million under
         * {@code -Xmx512m}; a line giving a code and a name takes two). Once it is full, a line whose applicant it
         * does not remember is counted in {@link DuplicateApplicants#unchecked} instead of being remembered: a repeat
         * among such lines is not flagged. Every line is still evaluated and budgeted.
         */
        @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
        public Builder duplicateCheckBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("the check for repeated applicants needs at least one byte, not "
                        + bytes);
            }
            this.duplicateCheckBytes = bytes;
            return this;
        }

        /** Told, after each chunk is written and flushed, how far the output is complete. */
        @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
        public Builder checkpoints(java.util.function.Consumer<Checkpoint> value) {
            this.checkpoints = Objects.requireNonNull(value);
            return this;
        }

        /**
         * Continues an interrupted run: the input's first {@link Checkpoint#inputBytes} bytes must hash to
         * {@link Checkpoint#inputSha256} (else {@link ResumeException}), and {@code keptOutput}, the output kept
         * from that run cut at {@link Checkpoint#outputBytes}, is read again for the summary (every line must
         * answer its input line, in order, and it must hold exactly those bytes, with the CRC-32C
         * {@link Checkpoint#outputCrc32c} where the checkpoint records one, else {@link ResumeException}: a kept
         * result changed in place would otherwise be passed on as decided).
         * Its results must have been decided by the same engine as this one:
         * the receipt of each policy's first kept result must have this engine's library and policy versions,
         * rules, parameters and data (else {@link ResumeException} with its {@link ResumeException#differences()}),
         * or the file would hold two engines' decisions as one run. Each kept result must also be one this run
         * would write: in its {@link #language}, with a trace exactly when {@link #trace} is set, and dated as this
         * run dates a request ({@link #asOf} overriding every date, or a request without {@code asOf} evaluated as
         * of {@link #today}), else {@link ResumeException}: one file would hold two kinds of lines. The run then
         * writes only the lines after the checkpoint.
         */
        @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
        public Builder resume(Checkpoint from, InputStream keptOutput) {
            this.resume = Objects.requireNonNull(from);
            this.keptOutput = Objects.requireNonNull(keptOutput);
            return this;
        }

        /** Language of the explanations in the results (default Chinese). */
        public Builder language(Language value) {
            this.language = Objects.requireNonNull(value);
            return this;
        }

        /**
         * The date used for a request without {@code asOf}; required unless {@link #asOf} is set. Its warning calls
         * it today in China: pass {@code LocalDate.now(ZoneId.of("Asia/Shanghai"))}, not the machine's date.
         */
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
                throw new IllegalStateException("a batch needs today() or asOf(): the evaluation date is always "
                        + "explicit");
            }
            return new JsonLinesBatch(this);
        }
    }

    private static final class Chunk {
        final long firstLine;
        final byte[][] lines;
        final int size;
        /** Each line's answer, UTF-8, encoded by the worker (the writing thread only copies it out). */
        final byte[][] out;
        final Budget[] budgets;
        final int[] evaluated;
        final int[] invalid;
        final int[] failed;
        final Duplicates.Applicant[] applicants;
        /** {@link Duplicates.Applicant#fingerprints} of each applicant, computed by the worker. */
        final long[][] fingerprints;
        final java.math.BigDecimal[] totals;
        final long inputEnd;
        final String inputSha256;

        Chunk(long firstLine, byte[][] lines, int size, int slices, long inputEnd, String inputSha256) {
            this.inputEnd = inputEnd;
            this.inputSha256 = inputSha256;
            this.applicants = new Duplicates.Applicant[size];
            this.fingerprints = new long[size][];
            this.totals = new java.math.BigDecimal[size];
            this.firstLine = firstLine;
            this.lines = lines;
            this.size = size;
            this.out = new byte[size][];
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
        Objects.requireNonNull(in, "in"); // before anything is read or evaluated, not at the first flush
        Objects.requireNonNull(out, "out");
        long start = System.nanoTime();
        LineReader reader = new LineReader(in, JsonContract.MAX_REQUEST_BYTES, sha256());
        Budget budget = new Budget();
        Duplicates duplicates = new Duplicates(duplicateCheckBytes > 0 ? duplicateCheckBytes
                : Duplicates.defaultMaxBytes());
        long[] counts = new long[4]; // requests, evaluated, invalid, failed
        long lineNumber = 1;
        long writtenInputBytes = resume == null ? 0 : resume.inputBytes();
        // the checksum of the whole output, the kept part included: a checkpoint records it, so that a kept result
        // changed in place (a byte flipped, an amount edited by hand) is found when the run is resumed. CRC-32C, not
        // SHA-256: it finds such a change as surely, at a twentieth of the cost (SHA-256 of a million results, 1.4
        // GB, took 1.2 s of CPU beside a batch's 12 s; CRC-32C 0.05 s); whoever could forge it could as well edit
        // the finished output
        java.util.zip.CRC32C outputCrc = new java.util.zip.CRC32C();
        if (resume != null) {
            lineNumber = kept(reader, budget, duplicates, counts, outputCrc) + 1;
        }
        CountingOutput counted = new CountingOutput(out, resume == null ? 0 : resume.outputBytes(), outputCrc);
        OutputStream sink = new BufferedOutputStream(counted, 1 << 20);
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ip-rules-batch-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> previousTasks = null;
            Chunk previous = null;
            while (true) {
                if (previous != null && !reader.lineReady()) {
                    // the read would wait: the chunk in hand is answered first, not once the next one has come (a
                    // client waiting for answers before it sends more lines would get none). A file always has
                    // bytes ready, and is read while the chunk before is evaluated
                    writtenInputBytes = answer(previous, previousTasks, sink, counted, outputCrc, budget, duplicates,
                            counts, writtenInputBytes);
                    previous = null;
                }
                Chunk next = read(reader, lineNumber);
                List<Future<?>> tasks = next == null ? null : submit(pool, next);
                if (previous != null) {
                    writtenInputBytes = answer(previous, previousTasks, sink, counted, outputCrc, budget, duplicates,
                            counts, writtenInputBytes);
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
                (System.nanoTime() - start) / 1_000_000, duplicates.summary());
        LOG.info("batch: {} requests, {} evaluated, {} invalid, {} failed in {} ms", s.requests(), s.evaluated(),
                s.invalid(), s.failed(), s.millis());
        return s;
    }

    /**
     * Writes chunk {@code c} once evaluated, flushes it, and gives its checkpoint and progress.
     *
     * @param bytesBefore the input bytes of the lines written before it
     * @return the input bytes of the lines written, it included
     */
    private long answer(Chunk c, List<Future<?>> tasks, OutputStream sink, CountingOutput counted,
            java.util.zip.CRC32C outputCrc, Budget budget, Duplicates duplicates, long[] counts, long bytesBefore)
            throws IOException {
        long linesBefore = counts[0];
        write(c, tasks, sink, budget, duplicates, counts, done -> progress.update(linesBefore + done, bytesBefore));
        sink.flush();
        checkpoints.accept(new Checkpoint(counts[0], c.inputEnd, c.inputSha256, counted.count(), crc32c(outputCrc),
                engineParts));
        // the input bytes of the lines written, not of the chunk read ahead
        progress.update(counts[0], c.inputEnd);
        return c.inputEnd;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** A CRC-32C as a checkpoint records it: eight lower-case hex digits. */
    private static String crc32c(java.util.zip.CRC32C c) {
        return String.format(java.util.Locale.ROOT, "%08x", c.getValue());
    }

    private static String hex(MessageDigest d) {
        try {
            return java.util.HexFormat.of().formatHex(((MessageDigest) d.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 of the JDK is cloneable", e);
        }
    }

    /**
     * Reads the input lines and output lines a resumed run keeps, in step: checks the input is the one the checkpoint
     * was taken of, that each kept line answers its input line, that this engine is the one that decided them
     * ({@link SameEngine}), and counts them into the summary. Nothing is written before these checks pass.
     *
     * @param outputCrc given the kept output's bytes, for the output's checksum to go on from them
     * @return the number of lines kept
     */
    private long kept(LineReader reader, Budget budget, Duplicates duplicates, long[] counts,
            java.util.zip.CRC32C outputCrc) throws IOException {
        // a result is longer than its request, but not without bound: a line beyond this is not one the batch wrote;
        // every byte read is summed (the lines are read to the end, and must then be exactly the bytes recorded)
        LineReader results = new LineReader(new java.util.zip.CheckedInputStream(keptOutput, outputCrc),
                16 * JsonContract.MAX_REQUEST_BYTES);
        if (resume.engine() != null && engineParts != null && resume.lines() > 0) {
            // recorded when the run started: another engine is refused whatever was kept, error lines only included;
            // nothing kept mixes with nothing (this run's checkpoints record this engine)
            List<ResumeException.Difference> differences = SameEngine.differences(resume.engine(), engineParts);
            if (!differences.isEmpty()) {
                throw new ResumeException(differences, true);
            }
        }
        SameEngine sameEngine = new SameEngine(engine);
        java.util.function.BiPredicate<String, String> awaitsApplicant = (policy, reason) -> engine.findPolicy(policy)
                .flatMap(p -> p.exclusionReason(reason)).map(io.iprules.ExclusionReason::awaitsApplicant).orElse(false);
        long n = 0;
        ResumeException otherSettings = null; // told once the kept part is known to answer this input
        while (n < resume.lines()) {
            byte[] request = reader.next();
            byte[] result = results.next();
            if (request == null || result == null) {
                throw new ResumeException(io.iprules.Text.bilingual(
                        "检查点记录已保留 " + resume.lines() + " 行,但" + (request == null ? "输入" : "已保留的输出")
                                + "只有 " + n + " 行",
                        "its checkpoint records " + resume.lines() + " kept lines but "
                                + (request == null ? "the input" : "the kept output") + " has only " + n));
            }
            n++;
            WrittenLine w = WrittenLine.parse(result, n);
            counts[0]++;
            counts[w.kind()]++;
            if (w.kind() == 1) {
                sameEngine.check(w.node(), n);
                if (otherSettings == null) {
                    otherSettings = sameSettings(w.node(), n);
                }
                budget.addWritten(w.node(), awaitsApplicant);
                duplicates.add(Duplicates.applicant(request, identity), n, w.total());
            }
            if ((n & 1023) == 0) { // a million kept lines take seconds to check: a bar at 0 would look stuck
                progress.update(n, reader.consumed());
            }
        }
        if (results.next() != null) {
            throw new ResumeException(io.iprules.Text.bilingual(
                    "已保留的输出多于其检查点记录的 " + resume.lines() + " 行",
                    "the kept output has more lines than its checkpoint (" + resume.lines() + ")"));
        }
        // every line there but not every byte (a last newline lost, a line end rewritten): the lines written next
        // would not start where the kept output ends, and a file continued at the checkpoint's byte would hold a hole
        if (results.consumed() != resume.outputBytes()) {
            throw new ResumeException(io.iprules.Text.bilingual(
                    "已保留的输出有 " + results.consumed() + " 个字节,而不是其检查点记录的 " + resume.outputBytes()
                            + " 个",
                    "the kept output has " + results.consumed() + " bytes, not the " + resume.outputBytes()
                            + " its checkpoint records"));
        }
        if (reader.consumed() != resume.inputBytes() || !hex(reader.digest()).equals(resume.inputSha256())) {
            throw new ResumeException(io.iprules.Text.bilingual(
                    "输入不是中断的运行所读的那一个:其前 " + resume.inputBytes() + " 个字节不同",
                    "the input is not the one the interrupted run read: its first " + resume.inputBytes()
                            + " bytes differ"));
        }
        // every line parsed and answering its input line, but not the bytes written: a result changed since (a byte
        // flipped on the disk, an amount or a verdict edited by hand) would be passed on as this run's
        if (resume.outputCrc32c() != null && !crc32c(outputCrc).equals(resume.outputCrc32c())) {
            throw new ResumeException(io.iprules.Text.bilingual(
                    "已保留的输出在中断后被改动过:其 " + resume.outputBytes() + " 个字节的校验和(CRC-32C)与检查点记录的不符,"
                            + "其中的结果都不能保留;请重新运行",
                    "the kept output was changed after the run was interrupted: its " + resume.outputBytes()
                            + " bytes do not have the checksum (CRC-32C) its checkpoint records, so none of its "
                            + "results can be kept; start the run again"));
        }
        if (otherSettings != null) {
            throw otherSettings;
        }
        return n;
    }

    /**
     * Why a kept result is not one this run would have written so, or {@code null}: another language, a trace or
     * none, another date (an override, or today for a request without {@code asOf}). The command line compares its
     * settings before; a Java caller's run is held to the same here, by what each kept result records.
     */
    private ResumeException sameSettings(com.fasterxml.jackson.databind.JsonNode result, long line) {
        com.fasterxml.jackson.databind.JsonNode receipt = result.path("receipt");
        String written = receipt.path("language").asText(language.tag()); // no receipt: nothing recorded to compare
        if (!written.equals(language.tag())) {
            return new ResumeException(io.iprules.Text.bilingual(
                    "已保留的输出第 " + line + " 行的语言是 " + written + ",本次运行写 " + language.tag()
                            + ":请以中断的运行的语言续跑",
                    "line " + line + " of the kept output is in " + written + ", this run writes " + language.tag()
                            + ": resume in the interrupted run's language"));
        }
        if (result.has("trace") != trace) {
            return new ResumeException(io.iprules.Text.bilingual(
                    "已保留的输出第 " + line + " 行" + (trace ? "没有" : "带有") + "规则轨迹(trace),本次运行"
                            + (trace ? "写" : "不写") + ":请以中断的运行的设置续跑",
                    "line " + line + " of the kept output has " + (trace ? "no trace" : "a trace") + ", this run "
                            + (trace ? "writes one" : "writes none") + ": resume with the interrupted run's settings"));
        }
        if (!receipt.isObject()) {
            return null;
        }
        String source = receipt.path("asOfSource").asText();
        String date = receipt.path("asOf").asText();
        LocalDate expected = asOf != null ? asOf
                : io.iprules.Receipt.AsOfSource.DEFAULT.name().equals(source) ? today : null;
        boolean overridden = io.iprules.Receipt.AsOfSource.OVERRIDE.name().equals(source);
        if (overridden != (asOf != null) || expected != null && !date.equals(expected.toString())) {
            return new ResumeException(io.iprules.Text.bilingual(
                    "已保留的输出第 " + line + " 行按 " + date + " 评估(" + source + "),本次运行"
                            + (asOf != null ? "一律按 " + asOf + " 评估" : "按请求的 asOf 评估,未给出时按 " + today)
                            + ":请以中断的运行的日期续跑",
                    "line " + line + " of the kept output was evaluated as of " + date + " (" + source + "), this run "
                            + (asOf != null ? "evaluates every request as of " + asOf
                            : "evaluates as of each request's asOf, " + today + " where it gives none")
                            + ": resume with the interrupted run's dates"));
        }
        return null;
    }

    private Chunk read(LineReader reader, long firstLine) throws IOException {
        byte[][] lines = new byte[chunk][];
        int n = 0;
        long bytes = 0;
        while (n < chunk && bytes < chunkBytes) {
            if (n > 0 && !reader.lineReady()) {
                // the input pauses (a client waiting for answers before it sends more): the lines in hand are
                // evaluated and answered now, not held until more lines fill the chunk
                break;
            }
            byte[] line = reader.next();
            if (line == null) {
                break;
            }
            bytes += line.length;
            lines[n++] = line;
        }
        return n == 0 ? null : new Chunk(firstLine, lines, n, Math.min(threads * SLICES_PER_THREAD, n),
                reader.consumed(),
                hex(reader.digest()));
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

    /**
     * Evaluates one slice of a chunk: every line is read first, then the valid requests go to the engine in one call
     * ({@link JsonContract#evaluateAll}, one chunk per policy for its module). Should that call fail (a defect), the
     * slice's lines are evaluated one by one, so that the failure is reported on its own line only.
     */
    private void evaluate(Chunk c, int slice, int slices) {
        // a run of neighbouring lines per slice: two threads writing answers side by side into the chunk's arrays
        // would share cache lines at every line; counts are kept here and stored once
        int evaluated = 0;
        int invalid = 0;
        int failed = 0;
        Budget b = new Budget();
        List<Integer> at = new ArrayList<>();
        List<JsonContract.ParsedRequest> parsed = new ArrayList<>();
        List<byte[]> read = new ArrayList<>();
        for (int i = start(c, slice, slices), end = start(c, slice + 1, slices); i < end; i++) {
            long line = c.firstLine + i;
            byte[] json = c.lines[i];
            c.lines[i] = null;
            try {
                if (json == LineReader.TOO_LONG) {
                    throw new InvalidRequestException("", "该行超过 " + JsonContract.MAX_REQUEST_BYTES + " 字节",
                            "the line is longer than " + JsonContract.MAX_REQUEST_BYTES + " bytes");
                }
                if (json.length == 0) {
                    throw new InvalidRequestException("", "该行为空;应为一个 JSON 请求",
                            "the line is empty; expected a JSON request");
                }
                parsed.add(contract.read(json, today, asOf));
                at.add(i);
                read.add(json);
            } catch (InvalidRequestException e) {
                c.out[i] = contract.writeErrorUtf8(e.problems(), line, language);
                invalid++;
            } catch (RuntimeException | StackOverflowError e) {
                failed(c, i, e);
                failed++;
            }
        }
        List<Outcome> outcomes = null;
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
                c.out[i] = contract.writeLineUtf8(r, language, trace, line);
                Duplicates.Applicant applicant = Duplicates.applicant(read.get(k), identity);
                c.applicants[i] = applicant;
                if (applicant != null) {
                    c.fingerprints[i] = applicant.fingerprints();
                }
                c.totals[i] = r.total();
                evaluated++;
            } catch (InvalidRequestException e) {
                c.out[i] = contract.writeErrorUtf8(e.problems(), line, language);
                invalid++;
            } catch (RuntimeException | StackOverflowError e) {
                failed(c, i, e);
                failed++;
            }
            read.set(k, null);
        }
        c.evaluated[slice] = evaluated;
        c.invalid[slice] = invalid;
        c.failed[slice] = failed;
        c.budgets[slice] = b;
    }

    private static byte[] utf8(String line) {
        return line.getBytes(StandardCharsets.UTF_8);
    }

    /** Where slice {@code slice} of {@code slices} begins in the chunk (and the one before it ends). */
    private static int start(Chunk c, int slice, int slices) {
        return (int) ((long) slice * c.size / slices);
    }

    private void failed(Chunk c, int i, Throwable e) {
        long line = c.firstLine + i;
        LOG.error("line {}: internal failure: {}", line, e.toString(), e); // the trace only with --verbose
        c.out[i] = utf8(contract.writeInternalError(String.valueOf(e), line));
    }

    private static void write(Chunk c, List<Future<?>> tasks, OutputStream sink, Budget budget,
            Duplicates duplicates, long[] counts, java.util.function.LongConsumer evaluated) throws IOException {
        int slices = tasks.size();
        long done = 0;
        for (int s = 0; s < slices; s++) {
            Future<?> f = tasks.get(s);
            try {
                f.get();
                // slices are runs of lines in order: progress as each slice is evaluated, not once a chunk
                done = start(c, s + 1, slices);
                evaluated.accept(done);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof OutOfMemoryError heap) {
                    throw heap; // the heap given is too small for the run, as on the reading thread: no bug of ours
                }
                // an Error (not a line's failure, which is written on its line): a broken installation or a bug
                long first = c.firstLine + start(c, s, slices);
                long last = c.firstLine + start(c, s + 1, slices) - 1;
                throw new IllegalStateException("a batch worker failed evaluating "
                        + (first == last ? "line " + first : "lines " + first + " to " + last), e.getCause());
            }
        }
        for (int i = 0; i < c.size; i++) {
            sink.write(c.out[i]);
            sink.write('\n');
            c.out[i] = null;
            if (c.applicants[i] != null) {
                duplicates.add(c.applicants[i], c.fingerprints[i], c.firstLine + i, c.totals[i]);
            }
        }
        for (int s = 0; s < c.budgets.length; s++) {
            budget.merge(c.budgets[s]);
            counts[1] += c.evaluated[s];
            counts[2] += c.invalid[s];
            counts[3] += c.failed[s];
        }
        counts[0] += c.size;
    }

    /**
     * Counts and sums the bytes that reach the output, from where a resumed run's kept output ends (its checksum
     * given the kept bytes already).
     */
    private static final class CountingOutput extends java.io.FilterOutputStream {
        private long count;
        private final java.util.zip.Checksum checksum;

        CountingOutput(OutputStream out, long start, java.util.zip.Checksum checksum) {
            super(out);
            this.count = start;
            this.checksum = checksum;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            checksum.update(b, off, len);
            count += len;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            checksum.update(b);
            count++;
        }

        long count() {
            return count;
        }
    }

    /** The engine this batch evaluates with. */
    public RulesEngine engine() {
        return engine;
    }
}
