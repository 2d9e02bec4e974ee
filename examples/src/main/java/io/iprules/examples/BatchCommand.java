package io.iprules.examples;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iprules.Language;
import io.iprules.batch.BatchProgress;
import io.iprules.batch.BatchSummary;
import io.iprules.batch.Checkpoint;
import io.iprules.batch.DuplicateApplicants;
import io.iprules.batch.ResumeException;
import io.iprules.batch.Budget;
import io.iprules.batch.JsonLinesBatch;
import io.iprules.json.JsonEscapes;
import io.iprules.kit.Count;
import io.iprules.kit.Yuan;
import io.iprules.report.SafeText;
import io.iprules.report.TextColumns;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
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

    @Parameters(index = "0", paramLabel = "IN.jsonl|-", description = "Requests, one JSON object per line; - for "
            + "standard input.")
    String in;

    @Option(names = "--out", paramLabel = "OUT.jsonl", description = "Where to write the results (default, or -: "
            + "standard output).")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the available processors; "
            + "at most 4 per processor).")
    Integer threads;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en", converter = IpRules.LanguageConverter.class,
            description = "Language of the explanations, the summary and this help (default: ${DEFAULT-VALUE}).")
    Language lang;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = IpRules.DateConverter.class,
            description = "Evaluate every request as of this date.")
    LocalDate asOf;

    @Option(names = "--summary", paramLabel = "FILE", description = "Also write the summary as JSON to FILE.")
    Path summaryFile;

    @Option(names = "--resume", description = "Continue an interrupted run: keep the results in OUT.jsonl.partial up "
            + "to its last checkpoint (checked to answer this same input) and evaluate the rest.")
    boolean resume;

    @Option(names = "--progress", negatable = true, description = "Show a progress bar (default: when stderr is a "
            + "terminal).")
    Boolean progress;

    @Mixin
    IpRules.EngineOptions options;

    /** The most worker threads per processor: more only cost memory. */
    static final int THREADS_PER_PROCESSOR = 4;

    @Override
    public Integer call() throws IOException {
        Io io = Io.get();
        int workers = workers(io);
        Path input = InputFiles.pathOrStdin(in, lang);
        if (out != null && out.toString().equals("-")) {
            out = null; // standard output, as - is for the input
        }
        if (summaryFile != null && summaryFile.toString().equals("-")) {
            throw Messages.invalid(lang, "summary.stdout");
        }
        Targets t = Targets.check(input, options.dataFiles(), out, summaryFile, resume, lang);
        // a resumed run's settings are the interrupted run's, read once the .partial is locked (toFile): while
        // another run still writes it, that is what the user is told, not that its settings differ
        this.run = new Targets.RunSettings(lang, options.verbose, asOf, IpRules.today());
        ProgressBar bar = null;
        if (progress != null ? progress : Terminal.stderrIsTerminal()) {
            long total;
            try {
                total = input == null || !Files.isRegularFile(input) ? -1 : countLines(input);
            } catch (IOException e) {
                total = -1; // the run itself reports an unreadable input
            }
            bar = new ProgressBar(io.err(), total, lang);
        }
        ProgressBar shown = bar;
        // the engine, built with the run's settings (a resumed run's once they are read)
        Supplier<JsonLinesBatch.Builder> batch = () -> {
            io.iprules.RulesEngine engine = options.engine(lang); // sets up --verbose's logging
            this.engine = engine;
            Logs.withoutEvaluationLines();
            JsonLinesBatch.Builder b = JsonLinesBatch.builder(engine).language(lang)
                    .today(run.today()).asOf(asOf).trace(options.verbose).threads(workers);
            return shown == null ? b : b.progress(shown);
        };
        BatchSummary s;
        try {
            if (t.out() == null) {
                JsonLinesBatch.Builder b = batch.get();
                // killed by SIGTERM or Ctrl-C, the results on standard output stop short: said on standard error, as
                // a run to a file says where its results so far are (the exit status alone had told it)
                Thread notice = new Thread(() -> io.err().println(Messages.text(lang, "batch.incomplete.stdout")));
                Runtime.getRuntime().addShutdownHook(notice);
                try (InputStream source = open(input)) {
                    s = b.build().run(source, new CheckedStdout(io.out(), lang));
                } catch (ReadFailed e) {
                    throw new WriteFailedException(readFailed(e));
                } catch (IOException e) {
                    throw new WriteFailedException(Messages.text(lang, "write.stdout", Messages.reason(lang, e)));
                } finally {
                    removeHook(notice);
                }
            } else if (t.partial() == null) {
                s = through(batch.get(), input, t.out());
            } else {
                s = toFile(batch, input, t);
            }
        } finally {
            if (bar != null) {
                bar.done(); // also on failure: the redrawing timer stops
            }
        }
        String told = summary(s, lang);
        if (keptLines >= 0) { // said after the counts, which include the kept lines
            int first = told.indexOf('\n') + 1;
            told = told.substring(0, first) + l(lang, "batch.resumed", new Count(keptLines),
                    new Count(s.requests() - keptLines)) + "\n" + told.substring(first);
        }
        io.err().print(SafeText.escapeKeepingLines(told));
        if (summaryFile != null && !summaryWritten) {
            Targets.replace(summaryFile, summaryBytes(s), lang);
        }
        return s.failed() == 0 ? IpRules.OK : IpRules.INTERNAL;
    }

    /** Whether the {@code --summary} file was put in place with the results ({@link #toFile}). */
    private boolean summaryWritten;

    /**
     * The {@code --summary} file: {@link #json}, and for a resumed run {@code "resumed": {"kept", "answered"}} after
     * {@code millis} (the lines kept from the interrupted run and those this run answered; the counts and the budget
     * are of all lines, {@code millis} of this run alone), as its text summary says on stderr.
     */
    private byte[] summaryBytes(BatchSummary s) {
        ObjectNode o = json(s);
        if (keptLines >= 0) {
            ObjectNode withResumed = o.objectNode();
            o.properties().forEach(e -> {
                withResumed.set(e.getKey(), e.getValue());
                if (e.getKey().equals("millis")) {
                    withResumed.putObject("resumed").put("kept", keptLines).put("answered", s.requests() - keptLines);
                }
            });
            o = withResumed;
        }
        return (JsonEscapes.prettyString(o) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The engine of this run, once built: its first checkpoint records it. */
    private io.iprules.RulesEngine engine;

    /** What this run writes its checkpoints with: as given, or as the interrupted run it resumes. */
    private Targets.RunSettings run;

    /** The result lines a resumed run kept from the interrupted one; -1 for a run that resumes none. */
    private long keptLines = -1;

    /**
     * The settings of a resumed run: the interrupted run's, which shaped the lines already written. A different
     * language, trace or as-of date would mix two kinds of lines in one file: refused, saying what to give. The
     * date a request without {@code asOf} is evaluated on is the interrupted run's, whatever day it is resumed.
     */
    private Targets.RunSettings sameSettings(Targets.RunSettings recorded, Targets.RunSettings given) {
        if (recorded == null) {
            return given;
        }
        if (recorded.language() != given.language()) {
            throw Messages.invalid(lang, "resume.settings", "--lang " + recorded.language().tag(),
                    "--lang " + given.language().tag());
        }
        if (recorded.trace() != given.trace()) {
            String without = Messages.text(lang, "resume.settings.noVerbose");
            throw Messages.invalid(lang, "resume.settings", recorded.trace() ? "--verbose" : without,
                    given.trace() ? "--verbose" : without);
        }
        if (!java.util.Objects.equals(recorded.asOf(), given.asOf())) {
            String without = Messages.text(lang, "resume.settings.noAsOf");
            throw Messages.invalid(lang, "resume.settings",
                    recorded.asOf() == null ? without : "--as-of " + recorded.asOf(),
                    given.asOf() == null ? without : "--as-of " + given.asOf());
        }
        return recorded;
    }

    private int workers(Io io) {
        int processors = Runtime.getRuntime().availableProcessors();
        if (threads == null) {
            return processors;
        }
        if (threads < 1) {
            throw Messages.invalid(lang, "threads.min", threads);
        }
        int cap = processors * THREADS_PER_PROCESSOR;
        if (threads > cap) {
            io.err().println(Messages.text(lang, "threads.capped", threads, cap));
            return cap;
        }
        return threads;
    }

    /**
     * Writes to {@code OUT.partial} beside {@code --out}, with a checkpoint after each chunk, and renames it to
     * {@code --out} only when the run is complete: an interrupted run leaves the previous output as it was, and a
     * {@code .partial} whose name says it is incomplete. The input is opened first, so that an input that cannot be
     * read leaves the {@code .partial} of an interrupted run as it was; the {@code .partial} is locked while the run
     * writes it, so that a second run on the same {@code --out} is refused rather than writing into it too.
     */
    private BatchSummary toFile(Supplier<JsonLinesBatch.Builder> batch, Path input, Targets t) throws IOException {
        Path partial = t.partial();
        // a new run's engine is built before its .partial is created, so that a mistake in --params leaves no file
        // behind; a resumed run's once the .partial it continues is locked and its settings are read
        JsonLinesBatch.Builder built = resume ? null : batch.get();
        InputStream source = open(input);
        FileChannel channel = null;
        try {
            channel = lock(partial, t.out());
            return toFile(built != null ? () -> built : batch, source, channel, t);
        } finally {
            source.close();
            if (channel != null) {
                try {
                    channel.close(); // after the rename: the lock is held until the results are in place
                } finally {
                    HeldFiles.release(channel); // once its lock is let go
                }
            }
        }
    }

    private BatchSummary toFile(Supplier<JsonLinesBatch.Builder> batch, InputStream source, FileChannel channel,
                                Targets t) throws IOException {
        Path partial = t.partial();
        Path checkpoint = t.checkpoint();
        Checkpoint c = null;
        if (resume) {
            c = Targets.readCheckpoint(partial, checkpoint, lang); // a checkpoint first, then the settings it records
            run = sameSettings(Targets.readRunSettings(checkpoint, lang), run);
        }
        JsonLinesBatch.Builder b = batch.get();
        OutputStream sink;
        InputStream kept = null;
        try {
            if (resume) {
                // read through the locked channel: closing another one of the same file would release the lock
                channel.position(0);
                kept = new BufferedInputStream(new FirstBytes(Channels.newInputStream(channel), c.outputBytes()),
                        1 << 16);
                b.resume(c, kept);
                keptLines = c.lines();
                // cut and written once the kept results have passed the batch's checks: a refused resume leaves it
                sink = new ResumedPartial(channel, c.outputBytes());
            } else {
                // replaces an interrupted run's checkpoint before its .partial is cut: the two never disagree
                Targets.writeCheckpoint(checkpoint, JsonLinesBatch.nothingKept(engine), run, lang);
                channel.truncate(0);
                sink = new ResumedPartial(channel, 0);
            }
        } catch (IOException e) {
            throw Messages.writeFailed(lang, partial, e);
        } catch (java.io.UncheckedIOException e) {
            throw new WriteFailedException(e.getMessage()); // the checkpoint, named with its reason
        }
        PrintStream err = Io.get().err();
        // killed by SIGTERM or Ctrl-C: say where the results so far are (SIGKILL leaves only the .partial's name), up
        // to the rename that puts them in place: the last syncs before it (the whole .partial, the --summary file)
        // can take seconds on a busy disk, and a run stopped then is as resumable as one stopped earlier. Once the
        // .partial is renamed over --out there is nothing to resume, and nothing is said (StopNotice)
        StopNotice stop = new StopNotice(partial, () -> err.println(Messages.text(lang, "batch.incomplete", partial)));
        Thread notice = new Thread(stop::stop);
        Runtime.getRuntime().addShutdownHook(notice);
        try {
            return putInPlace(evaluate(b, source, sink, channel, t, stop), t, stop);
        } finally {
            removeHook(notice);
        }
    }

    /** Runs the batch into the {@code .partial}, its checkpoints recorded behind it, and syncs it whole. */
    private BatchSummary evaluate(JsonLinesBatch.Builder b, InputStream source, OutputStream sink, FileChannel channel,
                                  Targets t, StopNotice stop) throws IOException {
        Path partial = t.partial();
        Path checkpoint = t.checkpoint();
        BatchSummary s;
        try (OutputStream o = sink;
             Syncer syncer = new Syncer(channel, k -> Targets.writeCheckpoint(checkpoint, k, run, lang), partial,
                     lang)) {
            stop.halts(syncer::halt); // a stop waits for a checkpoint being recorded: no .checkpoint.tmp left
            s = b.checkpoints(syncer::offer).build().run(source, o);
            syncer.finish(); // every byte and the last checkpoint on the disk before the rename
        } catch (ResumeException e) {
            if (!e.differences().isEmpty()) {
                throw new InvalidInputException(anotherEngine(partial, e.differences(), e.startedWithAnotherEngine(),
                        lang));
            }
            throw Messages.invalid(lang, "resume.bad", partial, e.text().in(lang));
        } catch (ReadFailed e) {
            throw unfinished(readFailed(e), partial);
        } catch (IOException e) {
            throw unfinished(Messages.text(lang, "write.failed", partial, Messages.reason(lang, e)), partial);
        } catch (java.io.UncheckedIOException e) {
            throw unfinished(e.getMessage(), partial);
        } catch (RuntimeException | Error e) {
            Io.get().err().println(Messages.text(lang, "batch.incomplete", partial));
            throw e;
        }
        return s;
    }

    /** A failure that leaves the {@code .partial} to resume: what went wrong, then where the results so far are. */
    private WriteFailedException unfinished(String said, Path partial) {
        return new WriteFailedException(said + "\n" + Messages.text(lang, "batch.incomplete", partial));
    }

    /** Puts the results of a run written whole in place over {@code --out}, with the {@code --summary} file. */
    private BatchSummary putInPlace(BatchSummary s, Targets t, StopNotice stop) throws IOException {
        Path partial = t.partial();
        Path checkpoint = t.checkpoint();
        Targets.Prepared summary = preparedSummary(s, partial);
        boolean placed;
        try {
            placed = stop.place(() -> {
                // synced through the run's channel at its last flush: opening and closing another would drop the lock
                Targets.rename(partial, t.out());
                Files.deleteIfExists(checkpoint);
                if (summary != null) {
                    summary.commit(lang);
                    summaryWritten = true;
                }
            });
        } catch (IOException e) {
            if (summary != null) {
                summary.discard();
            }
            WriteFailedException failed = Messages.writeFailed(lang, t.out(), e);
            // the rename itself failed: the .partial is whole, synced and checkpointed, and --resume puts it in place
            throw !Files.exists(partial, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? failed
                    : unfinished(failed.getMessage(), partial);
        }
        if (!placed) {
            if (summary != null) {
                summary.discard();
            }
            awaitHalt();
        }
        return s;
    }

    /**
     * The {@code --summary} file written whole beside its target, to be renamed right after the results; {@code null}
     * without one, or for one written through (a device or a pipe), which is written once the results are in place, as
     * before: what reads it may take it as the sign that they are. A summary that cannot be written (a full disk) fails
     * the run with the previous results and summary in place and the {@code .partial} resumable, where it had replaced
     * the results and left the previous summary beside them.
     */
    private Targets.Prepared preparedSummary(BatchSummary s, Path partial) {
        if (summaryFile == null || Targets.Write.of(summaryFile).renamedOver() == null) {
            return null;
        }
        try {
            return Targets.prepare(summaryFile, summaryBytes(s), lang);
        } catch (WriteFailedException e) {
            throw unfinished(e.getMessage(), partial);
        }
    }

    /**
     * The JVM is stopping (SIGTERM, Ctrl-C) and its notice has said where the results are: nothing more is done or
     * said; the JVM halts once its shutdown hooks end.
     */
    private static void awaitHalt() {
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                // still stopping
            }
        }
    }

    /**
     * Opens {@code partial} (creating it for a new run, not cutting it) and locks it for this run; refuses (exit 2)
     * when another run holds it, or held it until it renamed it over {@code out} just now, or holds {@code out} (its
     * results renamed there, it has not finished). A file system without locks: the run goes on unlocked. A file a run
     * of this JVM holds is refused before any channel of it is opened ({@link HeldFiles}); the file this run holds is
     * entered there, and taken out once its channel is closed.
     */
    private FileChannel lock(Path partial, Path out) {
        // the look, the opening and the lock are one step among this JVM's runs: no run enters a file between this
        // one's look and its opening of the file
        synchronized (HeldFiles.MONITOR) {
            return lockedOrRefused(partial, out);
        }
    }

    /** {@link #lock}, under {@link HeldFiles#MONITOR}. */
    private FileChannel lockedOrRefused(Path partial, Path out) {
        if (HeldFiles.held(partial)) {
            throw Messages.invalid(lang, "out.busy", out, partial);
        }
        FileChannel channel;
        // the key of the file this run made at partial, read just after it made it (null: it opened one that was
        // there): what a refusal removes, and only if it is still the file there. Whether one was there, read before
        // the opening, could be told wrong: the run before, done, renames its .partial away in between
        Object made = null;
        try {
            // a resume continues the .partial there is, and creates none: nothing there is nothing to resume; never
            // through a link (Targets.checkBeside)
            if (resume) {
                channel = FileChannel.open(partial, StandardOpenOption.READ, StandardOpenOption.WRITE,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS);
            } else {
                try {
                    channel = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                            StandardOpenOption.WRITE, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                    made = HeldFiles.key(partial);
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    channel = openThere(partial, out);
                }
            }
        } catch (NoSuchFileException e) {
            if (resume) {
                throw Messages.invalid(lang, "resume.nothing", partial);
            }
            // a new run's .partial that cannot be created where its folder is (a folder of /proc): a failed write
            throw Messages.writeFailed(lang, partial, e);
        } catch (IOException e) {
            throw Messages.writeFailed(lang, partial, e);
        }
        Object opened = made != null ? made : HeldFiles.key(partial);
        boolean locked;
        try {
            locked = channel.tryLock() != null;
        } catch (java.nio.channels.OverlappingFileLockException e) {
            locked = false; // held in this JVM, not by a run (a run's file is refused before it is opened)
        } catch (IOException e) {
            return channel; // no locks here (some network file systems)
        }
        // the run that held it renames it over --out before it lets go: then this channel is that file, and the one at
        // partial (if any) another. Locked by another, it is not this run's to remove, whoever made it
        if (!locked || opened == null || !opened.equals(HeldFiles.key(partial))) {
            refuse(channel, partial, locked ? made : null);
            throw Messages.invalid(lang, "out.busy", out, partial);
        }
        // a run that has just renamed its .partial over --out holds its lock there until it has removed its checkpoint
        // and put its summary in place: a run started then, in a .partial of its own, would lose its first checkpoint
        // to that removal (and a run killed before its next one could not be resumed). A run of this JVM is found
        // without a channel of --out opened: closing it would let go of that run's lock
        if (HeldFiles.held(out) || lockedByAnother(out)) {
            refuse(channel, partial, made); // this run holds it: no other run writes in it
            throw Messages.invalid(lang, "out.busy", out, out);
        }
        HeldFiles.hold(opened, channel);
        return channel;
    }

    /**
     * A new run's {@code .partial} that was there (made by another run, or an interrupted run's), opened as it is. One
     * gone by then was renamed over {@code --out} by the run that held it, which holds it there until it is done:
     * refused, as a run started a moment later is.
     */
    private FileChannel openThere(Path partial, Path out) throws IOException {
        try {
            return FileChannel.open(partial, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw Messages.invalid(lang, "out.busy", out, partial);
        }
    }

    /** A refused run lets go of its {@code .partial}, removing it if this run made it ({@link #removeMade}). */
    private static void refuse(FileChannel channel, Path partial, Object made) {
        removeMade(partial, made); // before the lock is let go: no other run can have it yet
        try {
            channel.close();
        } catch (IOException ignored) {
            // refused either way
        }
    }

    /**
     * Removes the {@code .partial} a refused run made, which holds nothing: {@code made} is the key of the file the run
     * made there ({@code null}: it made none, and the {@code .partial} there, an interrupted run's, is left), removed
     * only if it is still the file at {@code partial}. Called while the run holds that file's lock: no other run
     * writes in it or renames it.
     */
    static void removeMade(Path partial, Object made) {
        if (made == null || !made.equals(HeldFiles.key(partial))) {
            return;
        }
        try {
            Files.deleteIfExists(partial);
        } catch (IOException ignored) {
            // refused either way; an empty .partial is what is left
        }
    }

    /**
     * Whether another program holds a lock on {@code file} (a run that renamed its {@code .partial} over it and has
     * not finished); {@code false} where that cannot be told (no such file, not readable, no locks here). This run
     * holds no lock on it, which closing the channel would let go; nor does any run of this JVM ({@link HeldFiles}).
     */
    private static boolean lockedByAnother(Path file) {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.READ, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try {
                return c.tryLock(0, Long.MAX_VALUE, true) == null;
            } catch (java.nio.channels.OverlappingFileLockException e) {
                return true; // held in this JVM, not by a run
            }
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * Writes straight into {@code target}, a device or a named pipe (as to standard output): renaming a file over it
     * would put a regular file in its place. No checkpoints: such a run cannot be resumed.
     */
    private BatchSummary through(JsonLinesBatch.Builder b, Path input, Path target) throws IOException {
        InputStream source = open(input); // first: an input that cannot be read is told before the target is opened
        OutputStream sink;
        try {
            sink = Files.newOutputStream(target);
        } catch (IOException e) {
            source.close();
            throw Messages.writeFailed(lang, target, e);
        }
        try (InputStream in = source; OutputStream o = sink) {
            return b.build().run(in, o);
        } catch (ReadFailed e) {
            throw new WriteFailedException(readFailed(e));
        } catch (IOException e) {
            throw new WriteFailedException(Messages.text(lang, "write.failed", target, Messages.reason(lang, e)));
        } catch (java.io.UncheckedIOException e) {
            throw new WriteFailedException(e.getMessage());
        }
    }

    /**
     * Why the kept results cannot be continued by this engine, in {@code lang}: each receipt part that differs, and
     * the options that made it differ.
     */
    static String anotherEngine(Path partial, List<ResumeException.Difference> differences, Language lang) {
        return anotherEngine(partial, differences, false, lang);
    }

    /**
     * The same, for {@code atStart}: the engine the interrupted run's checkpoint recorded when it started, whose
     * differences may be of several policies, each line naming its policy.
     */
    static String anotherEngine(Path partial, List<ResumeException.Difference> differences, boolean atStart,
                                Language lang) {
        StringBuilder b = new StringBuilder(atStart ? Messages.text(lang, "resume.engine.run", partial)
                : Messages.text(lang, "resume.engine", partial, differences.get(0).policy()));
        java.util.Set<String> advice = new java.util.LinkedHashSet<>();
        for (ResumeException.Difference d : differences) {
            String part = d.part();
            String label;
            if (part.startsWith("data.")) {
                String kind = part.substring("data.".length());
                label = kind.equals(IpRules.CALENDAR) ? Messages.text(lang, "resume.part.calendar") // 日历
                        : Messages.text(lang, "resume.part.data", kind);
                advice.add(kind.equals(IpRules.CALENDAR) ? Messages.text(lang, "resume.engine.calendar")
                        : Messages.text(lang, "resume.engine.data", kind));
            } else {
                label = Messages.text(lang, "resume.part." + part);
                advice.add(Messages.text(lang, part.equals("parameters") ? "resume.engine.params"
                        : "resume.engine.install"));
            }
            b.append("\n  ").append(atStart ? d.policy() + " " : "").append(Messages.text(lang, "resume.engine.part",
                    part, label, none(d.recorded(), lang), none(d.now(), lang)));
        }
        return b.append('\n').append(Messages.text(lang, "resume.engine.advice",
                String.join(Messages.text(lang, "resume.engine.and"), advice))).toString();
    }

    private static String none(String value, Language lang) {
        return "none".equals(value) ? Messages.text(lang, "resume.none") : value;
    }

    /** The first {@code n} bytes of a stream: the part of {@code OUT.partial} its checkpoint covers. */
    static final class FirstBytes extends java.io.FilterInputStream {
        private long left;

        FirstBytes(InputStream in, long n) {
            super(in);
            this.left = n;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int c = super.read();
            if (c >= 0) {
                left--;
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return len == 0 ? 0 : -1;
            }
            int r = super.read(b, off, (int) Math.min(len, left));
            if (r > 0) {
                left -= r;
            }
            return r;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(Math.min(n, left));
            left -= s;
            return s;
        }

        @Override
        public int available() throws IOException {
            return (int) Math.min(super.available(), left);
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }

    /**
     * {@code OUT.partial}, through the run's locked channel, continued from byte {@code keep}: cut there (a chunk
     * written after the checkpoint is written again) when the run first writes or flushes, which it does once kept
     * results have been checked. Closing it leaves the channel open: the lock is held until the rename.
     */
    static final class ResumedPartial extends OutputStream {
        private final FileChannel channel;
        private final long keep;
        private OutputStream out;

        ResumedPartial(FileChannel channel, long keep) {
            this.channel = channel;
            this.keep = keep;
        }

        private OutputStream open() throws IOException {
            if (out == null) {
                channel.truncate(keep);
                channel.position(keep);
                out = Channels.newOutputStream(channel);
            }
            return out;
        }

        @Override
        public void write(int b) throws IOException {
            open().write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            open().write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            open().flush();
        }

        @Override
        public void close() throws IOException {
            if (out != null) {
                out.flush();
            }
        }
    }

    /**
     * Syncs the {@code .partial} to the disk ({@code fdatasync}) and records its checkpoints behind the thread that
     * writes it: a checkpoint is recorded only once every byte it counts is on the disk, so that after a power cut
     * {@code --resume} keeps what the last checkpoint there records, never bytes the disk lost. Syncing in the writing
     * thread would make the run wait for the disk after each chunk (40 to 70% longer for 1,000,000 lines while other
     * programs wrote to the disk); here the writer goes on, and while the syncer is busy only the newest checkpoint
     * offered waits (the ones in between are skipped: a resume after them keeps the chunks written during the last
     * sync fewer, a chunk or two on an idle disk, more on a busy one), and at most one is recorded a second
     * ({@link #SPACING}), the last one offered always at the run's end. A failure to sync or record is the run's
     * failure, thrown to the writer at its next checkpoint or at {@link #finish}.
     */
    static final class Syncer implements AutoCloseable {
        private final FileChannel channel;
        private final java.util.function.Consumer<Checkpoint> record;
        private final Path partial;
        private final Language lang;
        private final Thread thread;
        private Checkpoint pending;
        private boolean stopping;
        private Throwable failure;
        /**
         * How long a stop waits for a checkpoint being recorded: the write, its sync and the rename take a moment, or
         * seconds on a busy disk; one that hangs (a stalled network file system) must not keep a stopped JVM alive,
         * where a {@code .checkpoint.tmp} left behind is only removed by the next {@code --resume}.
         */
        static final java.time.Duration HALT_WAIT = java.time.Duration.ofSeconds(10);
        /**
         * The least time between two checkpoints recorded, but the last at the run's end: an input that pauses
         * between lines (a program writing a line at a time) ends a chunk at each pause, and each chunk's sync and
         * record had taken nearly a millisecond of work (a slow producer's 2,000 lines were 465 records, 1,397 syncs).
         * A run stopped by a signal may so redo up to a second of lines more on {@code --resume}.
         */
        static final java.time.Duration SPACING = java.time.Duration.ofSeconds(1);
        private long nextRecord = System.nanoTime(); // guarded by the thread's only use: run()

        /** Held while a checkpoint is recorded (its temporary file written, synced and renamed). */
        private final java.util.concurrent.locks.Lock recording = new java.util.concurrent.locks.ReentrantLock();
        private volatile boolean halted; // set before the stop waits for the lock: no recording begins after it
        private final java.time.Duration haltWait;

        Syncer(FileChannel channel, java.util.function.Consumer<Checkpoint> record, Path partial, Language lang) {
            this(channel, record, partial, lang, HALT_WAIT);
        }

        Syncer(FileChannel channel, java.util.function.Consumer<Checkpoint> record, Path partial, Language lang,
               java.time.Duration haltWait) {
            this.haltWait = haltWait;
            this.channel = channel;
            this.record = record;
            this.partial = partial;
            this.lang = lang;
            this.thread = new Thread(this::run, "ip-rules-batch-sync");
            thread.setDaemon(true); // a run killed or failed leaves its .partial; nothing to finish for it
            thread.start();
        }

        /**
         * For a stop (SIGTERM, Ctrl-C; {@link StopNotice#halts}): waits for a checkpoint being recorded to be in place,
         * at most {@link #HALT_WAIT}, and records no more. The JVM halts this daemon thread wherever it is once the
         * shutdown hooks have run: one halted between writing the {@code .checkpoint.tmp} and renaming it left that
         * file behind. Past the wait the stop goes on (the file may then be left, as before): a stop that never ended
         * while a write hung, a second Ctrl-C doing nothing, was worse.
         */
        void halt() {
            halted = true;
            try {
                if (recording.tryLock(haltWait.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS)) {
                    recording.unlock();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the JVM is stopping: let it
            }
        }

        /** A chunk written and flushed: its checkpoint, to be recorded once synced. */
        synchronized void offer(Checkpoint c) {
            rethrow();
            pending = c;
            notifyAll();
        }

        private void run() {
            while (true) {
                Checkpoint c;
                synchronized (this) {
                    while (!stopping) {
                        long left = nextRecord - System.nanoTime();
                        if (pending != null && left <= 0) {
                            break;
                        }
                        try {
                            if (pending == null) {
                                wait();
                            } else {
                                java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(this, left);
                            }
                        } catch (InterruptedException e) {
                            // nothing here interrupts it: a bug, told as one, not checkpoints silently skipped
                            failure = new IllegalStateException("the thread recording the checkpoints of " + partial
                                    + " was interrupted", e);
                            return;
                        }
                    }
                    if (pending == null) {
                        return;
                    }
                    c = pending;
                    pending = null;
                }
                try {
                    try {
                        channel.force(false); // all the checkpoint counts was written before it was offered
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(
                                Messages.text(lang, "write.failed", partial, Messages.reason(lang, e)), e);
                    }
                    recording.lock();
                    try {
                        if (halted) {
                            return; // the JVM is stopping: no checkpoint begun that it could cut short
                        }
                        record.accept(c);
                        nextRecord = System.nanoTime() + SPACING.toNanos();
                    } finally {
                        recording.unlock();
                    }
                } catch (RuntimeException | Error e) {
                    synchronized (this) {
                        failure = e;
                        notifyAll();
                    }
                    return;
                }
            }
        }

        /**
         * Waits until the last checkpoint offered is recorded and syncs what was written since (a run's end, an
         * empty file cut to nothing): the whole {@code .partial} is then on the disk. Throws a failure of either.
         */
        void finish() throws IOException {
            drain();
            synchronized (this) {
                rethrow();
            }
            channel.force(false);
        }

        private void rethrow() {
            if (failure instanceof RuntimeException r) {
                throw r;
            }
            if (failure instanceof Error e) {
                throw e;
            }
        }

        /** Records the last checkpoint offered, once synced, and stops. */
        private void drain() throws java.io.InterruptedIOException {
            synchronized (this) {
                stopping = true;
                notifyAll();
            }
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while syncing " + partial);
            }
        }

        /**
         * A run that failed (an unreadable input, a full disk) still records the checkpoint of its last chunk written
         * whole, as {@code --resume} expects; a failure to do so is left unsaid beside the run's own.
         */
        @Override
        public void close() {
            try {
                drain();
            } catch (java.io.InterruptedIOException e) {
                // the run failed or was stopped already: that is what is reported
            }
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down already: the notice is being printed
        }
    }

    private InputStream open(Path input) {
        if (input == null) {
            return new Requests(Io.get().in());
        }
        try {
            return requests(input);
        } catch (NoSuchFileException e) {
            throw InputFiles.missing(in, lang);
        } catch (IOException e) {
            throw Messages.invalid(lang, "file.unreadable", in, Messages.reason(lang, e));
        }
    }

    /** The requests of the file or named pipe {@code input}, buffered. */
    static InputStream requests(Path input) throws IOException {
        // a named pipe (bash's <(…) too) read as standard input is, by a FileInputStream, which asks the pipe how many
        // bytes wait: the JDK's stream of a file asks it for a position and fails (Requests says 0), and the batch,
        // which answers the lines in hand before a read that would wait, would take that for a pause at every buffer:
        // chunks of 64 KiB, each flushed and checkpointed, none read while the one before is evaluated
        InputStream raw = Files.readAttributes(input, java.nio.file.attribute.BasicFileAttributes.class).isOther()
                ? new java.io.FileInputStream(input.toFile()) : Files.newInputStream(input);
        return new BufferedInputStream(new Requests(raw), 1 << 16);
    }

    /** A read of the requests that failed after they were opened: exit 1, naming the input, in the run's language. */
    private String readFailed(ReadFailed e) {
        return Messages.text(lang, "file.unreadable", InputFiles.name(in, lang), Messages.reason(lang, e.cause()));
    }

    /**
     * The requests as the batch reads them. A read that fails throws {@link ReadFailed}, so that it is told as a
     * failed read of the input, not as a failed write of the output. A named pipe (or bash's {@code <(…)}) is read as
     * standard input is: asked how many bytes are available, the JDK's stream of a file asks a pipe for its position
     * and fails ("Illegal seek"), where {@code 0} is the answer.
     */
    static final class Requests extends java.io.FilterInputStream {
        Requests(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return in.read();
            } catch (IOException e) {
                throw new ReadFailed(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return in.read(b, off, len);
            } catch (IOException e) {
                throw new ReadFailed(e);
            }
        }

        @Override
        public long skip(long n) throws IOException {
            try {
                return in.skip(n);
            } catch (IOException e) {
                throw new ReadFailed(e);
            }
        }

        @Override
        public int available() {
            try {
                return in.available();
            } catch (IOException e) {
                return 0; // a pipe cannot tell: as standard input, nothing is promised
            }
        }
    }

    /** A read of the requests failed: {@link #cause()} says why. */
    static final class ReadFailed extends IOException {
        private static final long serialVersionUID = 1L;

        ReadFailed(IOException cause) {
            super(cause.getMessage(), cause);
        }

        IOException cause() {
            return (IOException) getCause();
        }
    }

    /** Standard output for the batch: a failed write (which a PrintStream only records) stops the run at once. */
    static final class CheckedStdout extends java.io.FilterOutputStream {
        private final PrintStream ps;
        private final Language lang;

        CheckedStdout(PrintStream ps, Language lang) {
            super(ps);
            this.ps = ps;
            this.lang = lang;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            ps.write(b, off, len);
            check();
        }

        @Override
        public void flush() throws IOException {
            check(); // checkError flushes
        }

        @Override
        public void close() throws IOException {
            flush(); // standard output stays open for the summary's errors and the caller
        }

        private void check() throws IOException {
            if (ps.checkError()) {
                throw new IOException(IpRules.stdoutFailure(ps, lang)); // already in the run's language
            }
        }
    }

    static String summary(BatchSummary s, Language lang) {
        StringBuilder b = new StringBuilder();
        // every count grouped as the officer's text groups it (Count: 3,977, not 3977)
        b.append(l(lang, "batch.summary", new Count(s.requests()), new Count(s.evaluated()), new Count(s.invalid()),
                new Count(s.failed()),
                String.format(Locale.ROOT, "%.1f", s.millis() / 1000.0))).append('\n');
        Budget budget = s.budget();
        if (budget.hasAwards()) {
            // an award whose eligibility is open (资格待定) is not one whose amount alone is (金额待定): named as such
            long eligibility = budget.eligibilityUndetermined();
            String key = eligibility == 0 ? "batch.budget" : eligibility == budget.undetermined()
                    ? "batch.budget.eligibility" : "batch.budget.some-eligibility";
            b.append(l(lang, key, Yuan.format(budget.total()), new Count(budget.determined()),
                    new Count(budget.undetermined()), new Count(eligibility))).append('\n');
        }
        if (!budget.awaitingApplicant().isEmpty()) {
            Budget.Awaiting all = budget.awaitingApplicantInAll();
            // an item whose amount is open is counted apart: summed as 0.00 it would understate what may become due
            Count items = new Count(all.items());
            b.append(all.undetermined() == 0 ? l(lang, "batch.budget.awaiting", items, Yuan.format(all.amount()))
                    : all.undetermined() == all.items() ? l(lang, "batch.budget.awaiting.all-undetermined", items)
                    : l(lang, "batch.budget.awaiting.some-undetermined", items, Yuan.format(all.amount()),
                    new Count(all.items() - all.undetermined()), new Count(all.undetermined()))).append('\n');
        }
        // a table: names left-aligned, amounts and counts right-aligned on their last digit
        int nameWidth = 0;
        int amountWidth = 0;
        int countWidth = 0;
        for (Budget.Line line : budget.byCode().values()) {
            nameWidth = Math.max(nameWidth, TextColumns.columns(line.code()));
            amountWidth = Math.max(amountWidth, Yuan.format(line.amount()).length());
            countWidth = Math.max(countWidth, Math.max(Count.format(line.determined()).length(),
                    Count.format(line.undetermined()).length()));
        }
        for (Budget.Line line : budget.byCode().values()) {
            b.append("  ").append(TextColumns.padRight(line.code(), nameWidth)).append("  ")
                    .append(l(lang, "batch.budget.line", TextColumns.padLeft(Yuan.format(line.amount()), amountWidth),
                            TextColumns.padLeft(Count.format(line.determined()), countWidth),
                            TextColumns.padLeft(Count.format(line.undetermined()), countWidth)))
                    .append('\n');
        }
        java.util.Map<String, Budget.Targets> targets = budget.targetsByPolicy();
        budget.evaluatedByPolicy().forEach((p, n) -> {
            Budget.IndicatorCounts ic = budget.indicatorsByPolicy().get(p);
            Budget.Targets t = targets.get(p);
            long eligible = budget.eligibleByPolicy().get(p);
            // an assessment's eligible is "every target met", not a subsidy's "qualifies": a batch of both counts and
            // words them apart (beijing-2012's enterprises that qualify had been added to its cities that met all)
            Count evaluated = new Count(n);
            b.append("  ").append(t == null ? l(lang, "batch.policy", p, evaluated, new Count(eligible))
                    : t.results() == n ? l(lang, "batch.policy.targets", p, evaluated, new Count(t.everyTargetMet()))
                    : l(lang, "batch.policy.targets-and-not", p, evaluated, new Count(eligible - t.everyTargetMet()),
                            new Count(n - t.results()), new Count(t.everyTargetMet()), new Count(t.results())));
            if (ic != null) {
                b.append(l(lang, "batch.indicators", new Count(ic.met()), new Count(ic.notMet()),
                        new Count(ic.unknown())));
            }
            Budget.DeadlineCounts dc = budget.deadlinesByPolicy().get(p);
            if (dc != null) {
                b.append(l(lang, "batch.deadlines", new Count(dc.onTime()), new Count(dc.late()),
                        new Count(dc.pending()), new Count(dc.overdue()), new Count(dc.notApplicable()),
                        new Count(dc.unknown())));
            }
            b.append('\n');
        });
        DuplicateApplicants d = s.duplicates();
        if (d.count() > 0) {
            // without a budget above (a batch of applications or assessments) the repeats are named without money:
            // "the budget above counts their 0.00 yuan" would point at nothing
            boolean money = budget.hasAwards();
            b.append(money ? l(lang, "batch.duplicates", new Count(d.count()), Yuan.format(d.amount()))
                    : l(lang, "batch.duplicates.no-budget", new Count(d.count()))).append('\n');
            for (DuplicateApplicants.Repeat r : d.repeats()) {
                b.append("  ").append(money && r.total() != null
                        ? l(lang, "batch.duplicate", r.line(), r.firstLine(), SafeText.escape(r.applicant()), r.by(),
                                r.policy(), Yuan.format(r.total()))
                        : l(lang, "batch.duplicate.no-amount", r.line(), r.firstLine(), SafeText.escape(r.applicant()),
                                r.by(), r.policy())).append('\n');
            }
            if (d.repeats().size() < d.count()) {
                b.append("  ").append(l(lang, "batch.duplicates.more", new Count(d.count() - d.repeats().size())))
                        .append('\n');
            }
        }
        if (d.unchecked() > 0) {
            b.append(l(lang, "batch.duplicates.unchecked", new Count(d.unchecked()))).append('\n');
        }
        return b.toString();
    }

    /** The summary as the {@code --summary} file holds it (the HTTP service's batch trailer is the same). */
    static ObjectNode json(BatchSummary s) {
        return s.toJson();
    }

    private static String l(Language lang, String key, Object... args) {
        return Messages.LABELS.format(lang, key, args);
    }

    /**
     * A one-line bar on stderr, by lines: how many of how many, the rate, and the time left at that rate; redrawn
     * four times a second by a timer (so it moves while a slow chunk is evaluated), in the language of the run.
     */
    static final class ProgressBar implements BatchProgress {
        private static final int WIDTH = 79;
        private final PrintStream err;
        private final long totalLines;
        private final Language lang;
        private final long start = System.nanoTime();
        private volatile long lines;
        private final java.util.concurrent.ScheduledExecutorService timer;

        /** @param totalLines the lines of the input, or -1 when not known (standard input) */
        ProgressBar(PrintStream err, long totalLines, Language lang) {
            this.err = err;
            this.totalLines = totalLines;
            this.lang = lang;
            this.timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "ip-rules-progress");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleAtFixedRate(this::draw, 0, 250, java.util.concurrent.TimeUnit.MILLISECONDS);
        }

        @Override
        public void update(long lines, long bytes) {
            this.lines = lines;
        }

        private synchronized void draw() {
            err.print("\r" + TextColumns.padRight(line(lines, totalLines, (System.nanoTime() - start) / 1e9, lang),
                    WIDTH));
            err.flush();
        }

        /** The bar's text for {@code done} lines of {@code total} after {@code seconds}. */
        static String line(long done, long total, double seconds, Language lang) {
            double rate = seconds > 0 ? done / seconds : 0;
            String rateText = l(lang, "batch.progress.rate", String.format(Locale.ROOT, "%,.0f", rate));
            if (total <= 0) {
                return l(lang, "batch.progress.lines", String.format(Locale.ROOT, "%,d", done)) + "  " + rateText;
            }
            long shown = Math.min(done, total);
            int percent = (int) (shown * 100 / total);
            int filled = (int) (shown * 20 / total);
            String left = rate < 1e-9 || done == 0 ? l(lang, "batch.progress.left-unknown")
                    : l(lang, "batch.progress.left", duration(Math.round((total - shown) / rate)));
            return "[" + "#".repeat(filled) + ".".repeat(20 - filled) + "] "
                    + String.format(Locale.ROOT, "%3d%%", percent)
                    + "  " + l(lang, "batch.progress.of", String.format(Locale.ROOT, "%,d", shown),
                    String.format(Locale.ROOT, "%,d", total)) + "  " + rateText + "  " + left;
        }

        /** Seconds as {@code 0:07}, {@code 12:34} or {@code 1:02:03}. */
        static String duration(long s) {
            return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                    : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
        }

        void done() {
            timer.shutdownNow();
            synchronized (this) {
                err.print("\r" + " ".repeat(WIDTH) + "\r");
                err.flush();
            }
        }
    }

    /** The lines of a file, as the batch counts them (a last line without a newline counts), in one quick pass. */
    static long countLines(Path file) throws IOException {
        long n = 0;
        int last = '\n';
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int r; (r = in.read(buf)) > 0; ) {
                for (int i = 0; i < r; i++) {
                    if (buf[i] == '\n') {
                        n++;
                    }
                }
                last = buf[r - 1];
            }
        }
        return last == '\n' ? n : n + 1;
    }
}
