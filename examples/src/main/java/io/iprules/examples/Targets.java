package io.iprules.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iprules.Language;
import io.iprules.batch.Checkpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a batch writes, checked before any work: neither output, nor a file written beside it (its {@code .partial},
 * the checkpoint and its temporary file), may be the input or the other output (through a
 * symbolic or hard link too), a folder, or in a folder that does not exist; nor may a file written beside it be a
 * link, a named pipe or a device ({@link #checkBeside}). Files are written beside their target
 * under a temporary name and renamed over it once complete, so that a target is never left half-written. A target
 * that is a symbolic link is the file it leads to: that file is replaced, and the link stays. A target that is not a
 * regular file (a device such as {@code /dev/null}, a named pipe) is written through, as standard output is: renaming
 * a file over it would put a regular file in its place.
 *
 * @param partial    where the results go until the run completes ({@code OUT.partial}), or {@code null} for
 *                   standard output or a target written through
 * @param checkpoint where how far the {@code .partial} is complete and synced is recorded
 *                   ({@code OUT.partial.checkpoint})
 * @param out        the file the results replace (the file a link leads to), or the target written through, or
 *                   {@code null} for standard output
 */
record Targets(Path partial, Path checkpoint, Path out) {
    /** The suffix of a batch's output while the run is not complete. */
    static final String PARTIAL = ".partial";
    /** The links followed from a target to its file, as many as Linux follows in one path (its ELOOP limit). */
    static final int MAX_LINKS = 40;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(Targets.class);

    /**
     * Checks a batch's targets against its inputs: {@code input} (the requests, {@code null} for standard input) and
     * {@code dataFiles} (the engine's {@code --params} and {@code --calendar} files).
     */
    static Targets check(Path input, java.util.List<Path> dataFiles, Path out, Path summary, boolean resume,
            Language lang) {
        if (input != null) {
            if (input.toString().isEmpty()) {
                throw Messages.invalid(lang, "file.empty");
            }
            if (Files.isDirectory(input)) {
                throw Messages.invalid(lang, "file.directory", input);
            }
            if (!Files.isRegularFile(input) && !Files.exists(input)) {
                try {
                    input.toRealPath(); // why it is not there: missing, or a link loop, or a folder not to be read
                } catch (java.nio.file.NoSuchFileException e) {
                    // missing: said below
                } catch (IOException e) {
                    throw Messages.invalid(lang, "file.unreadable", input, Messages.reason(lang, e));
                }
                throw InputFiles.missing(input.toString(), lang);
            }
        }
        if (input == null && standardInputIsAFolder()) {
            // a read of it fails (EISDIR) only once the run has begun, after a .partial kept by an interrupted run
            // was emptied: told first, as a folder named as the input is
            throw Messages.invalid(lang, "file.unreadable", Messages.text(lang, "stdin"),
                    Messages.text(lang, "reason.isDirectory"));
        }
        if (resume && out == null) {
            throw Messages.invalid(lang, "resume.noOut");
        }
        // every file the run writes, renames or replaces: none may be an input, and the summary's none of the results'
        java.util.List<Path> outFiles;
        Targets targets;
        if (out == null) {
            outFiles = java.util.List.of();
            targets = new Targets(null, null, null);
            new Inputs(input, dataFiles, "out.sameAsInput").mustNotBeStandardOutput("stdout.sameAsInput", lang);
        } else if (writtenThrough(out)) {
            if (resume) {
                throw Messages.invalid(lang, "resume.notAFile", out);
            }
            outFiles = java.util.List.of(out);
            targets = new Targets(null, null, out);
        } else {
            // as every writer checks its target: out as given (a loop, a chain longer than the system follows),
            // the file it leads to, and its .partial beside it
            Write w = checkTarget(out, lang);
            Path file = w.renamedOver();
            Path partial = w.file();
            Path checkpoint = checkpointOf(partial);
            outFiles = java.util.List.of(file, partial, checkpoint, temporaryOf(checkpoint));
            for (Path beside : outFiles.subList(2, outFiles.size())) {
                // the checkpoint is only ever renamed over, which leaves a file of other names as it was
                checkBeside(beside, file, !beside.equals(checkpoint), lang);
            }
            targets = new Targets(partial, checkpoint, file);
        }
        java.util.List<Path> summaryFiles = java.util.List.of();
        if (summary != null) {
            Write w = checkTarget(summary, lang);
            summaryFiles = w.renamedOver() == null ? java.util.List.of(w.file())
                    : java.util.List.of(w.renamedOver(), w.file());
        }
        Inputs inputs = new Inputs(input, dataFiles, "out.sameAsInput");
        for (Path written : outFiles) {
            inputs.mustNotBe(written, lang);
        }
        for (Path written : summaryFiles) {
            inputs.mustNotBe(written, lang);
            for (Path other : outFiles) {
                mustDiffer(written, other, "out.sameAsOther", "--out", lang);
            }
        }
        return targets;
    }

    /**
     * The file that writing {@code target} replaces: {@code target}, or, when it is a symbolic link, the file the link
     * leads to (through every link on the way, at most {@value #MAX_LINKS}), so that the temporary file goes beside
     * that file and the link stays. Still a link after that many: a loop, which {@link #checkWritable} refuses.
     */
    static Path replaced(Path target) {
        Path p = target;
        for (int hops = 0; hops < MAX_LINKS && Files.isSymbolicLink(p); hops++) {
            try {
                Path parent = p.toAbsolutePath().getParent();
                p = parent == null ? Files.readSymbolicLink(p) : parent.resolve(Files.readSymbolicLink(p));
            } catch (IOException | UnsupportedOperationException e) {
                return p; // an unreadable link: written as it is, and a failure told as usual
            }
        }
        return p;
    }

    /**
     * How a command writes {@code target}: into {@code file}, renamed over {@code renamedOver} once complete (the
     * file a link leads to), or, for a target {@linkplain #writtenThrough written through}, into the target itself
     * with nothing to rename ({@code renamedOver} is {@code null}).
     */
    record Write(Path file, Path renamedOver) {
        static Write of(Path target) {
            if (writtenThrough(target)) {
                return new Write(target, null);
            }
            Path replaced = replaced(target);
            return new Write(partialOf(replaced), replaced);
        }
    }

    /**
     * Whether {@code target} exists and is neither a regular file nor a folder (a device, a named pipe, a socket):
     * such a target is written through, never replaced by a file renamed over it.
     */
    static boolean writtenThrough(Path target) {
        return Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target);
    }

    private static Path checkpointOf(Path partial) {
        return partial.resolveSibling(partial.getFileName() + ".checkpoint");
    }

    /** Where {@link #writeCheckpoint} writes before its rename. */
    private static Path temporaryOf(Path checkpoint) {
        return checkpoint.resolveSibling(checkpoint.getFileName() + ".tmp");
    }

    /**
     * For {@code evaluate} and {@code report} writing to standard output, checked before any work: the shell's
     * {@code >> FILE} must not name the request ({@code input}, {@code null} for standard input) or a data file, which
     * the answer appended to it would spoil ({@code > FILE} has emptied it already: then the request is told as empty).
     */
    static void checkStandardOutput(Path input, java.util.List<Path> dataFiles, Language lang) {
        new Inputs(input, dataFiles, "html.sameAsInput").mustNotBeStandardOutput("stdout.sameAsRequest", lang);
    }

    /**
     * Where {@code report} writes its page, checked before any work: not a folder, in a folder that exists, and not
     * an input ({@code input}, the request, {@code null} for standard input; the engine's {@code dataFiles}), which
     * the page would replace.
     */
    static void checkPage(Path input, java.util.List<Path> dataFiles, Path page, Language lang) {
        Write w = checkTarget(page, lang);
        Inputs inputs = new Inputs(input, dataFiles, "html.sameAsInput");
        inputs.mustNotBe(page, lang);
        if (w.renamedOver() != null) {
            inputs.mustNotBe(w.file(), lang);
        }
    }

    /**
     * What a command reads, which nothing it writes may be: the requests ({@code null}: standard input, which is a
     * file when the shell redirects one, {@code < FILE}) and the engine's data files (named by their option).
     */
    private record Inputs(Path requests, java.util.List<Path> dataFiles, String requestsKey) {
        Inputs {
            requests = requests != null ? requests : standardInputFile();
        }

        /**
         * Standard output, when the shell writes it to a file ({@code > FILE}, {@code >> FILE}), may be none of them
         * either: results appended to the requests being read would be read back as requests without end.
         */
        void mustNotBeStandardOutput(String requestsKey, Language lang) {
            Path stdout = standardOutputFile();
            if (stdout == null) {
                return;
            }
            if (sameFile(stdout, requests)) {
                throw Messages.invalid(lang, requestsKey, requests);
            }
            for (Path data : dataFiles) {
                if (sameFile(stdout, data)) {
                    throw Messages.invalid(lang, "stdout.sameAsData", data);
                }
            }
        }

        void mustNotBe(Path written, Language lang) {
            mustDiffer(written, requests, requestsKey, null, lang);
            for (Path data : dataFiles) {
                mustDiffer(written, data, "out.sameAsData", null, lang);
            }
        }
    }

    /** Standard input when it is a file ({@code < FILE}); {@code null} for a pipe, a terminal, or no /dev/stdin. */
    private static Path standardInputFile() {
        return regularFile("/dev/stdin");
    }

    /** Whether standard input is a folder ({@code < FOLDER}); {@code false} where there is no /dev/stdin. */
    private static boolean standardInputIsAFolder() {
        try {
            return Files.isDirectory(Path.of("/dev/stdin"));
        } catch (RuntimeException e) { // no such path on this system
            return false;
        }
    }

    /** Standard output when it is a file ({@code > FILE}); {@code null} for a pipe, a terminal, or no /dev/stdout. */
    private static Path standardOutputFile() {
        return regularFile("/dev/stdout");
    }

    /** {@code device} when it leads to a regular file (the shell redirected it to one), else {@code null}. */
    static Path regularFile(String device) {
        try {
            Path p = Path.of(device);
            return Files.isRegularFile(p) ? p : null;
        } catch (RuntimeException e) { // no such path on this system
            return null;
        }
    }

    static Path partialOf(Path out) {
        return out.resolveSibling(out.getFileName() + PARTIAL);
    }

    /**
     * A file a command writes: not a folder, in a folder that exists, and named as given: a name with bytes that are
     * not in the system's character set (a Latin-1 {@code bad\377.jsonl} under UTF-8) reaches Java as U+FFFD, and
     * the file would be made under that other name, where the user would not find it.
     */
    static void checkWritable(Path target, Language lang) {
        if (target.toString().indexOf('\uFFFD') >= 0) {
            throw Messages.invalid(lang, "out.name.undecodable", target, System.getProperty("sun.jnu.encoding"));
        }
        if (Files.isDirectory(target)) {
            throw Messages.invalid(lang, "out.directory", target);
        }
        // a link that leads to no file after as many links as the system follows (a loop): renaming the finished
        // file over the last link read would replace a link, which a target never is (the link stays)
        if (Files.isSymbolicLink(replaced(target))) {
            throw Messages.invalid(lang, "out.linkLoop", target);
        }
        Path folder = InputFiles.folderNotThere(target);
        if (folder != null) {
            // a file named as the folder (in.jsonl/out.jsonl) is there: "does not exist" would deny what the user sees
            throw Messages.invalid(lang, Files.exists(folder) ? "out.notAFolder" : "out.folder", target, folder);
        }
    }

    /**
     * A file written beside {@code target} before it is renamed over it or removed (its {@code .partial}, a batch's
     * checkpoint and its temporary file): a folder in its place would fail the write only once the work is done, or
     * be deleted with the checkpoint, so it is refused before any work, as a folder named as the target is. So is a
     * symbolic link there: writing through it would empty the file it leads to, someone's file that is neither
     * input nor target (a link left in a shared folder such as {@code /tmp}), and rename the link over the target.
     * A file written in place there that has other names too (a hard link: {@code cp -al}, a backup tool's snapshot)
     * is refused for the same reason: emptied and filled with results (a resume appends to it) and renamed over the
     * target, it would be changed under every other name. Nor may anything there be other than a regular file (a
     * named pipe, a device, a socket): opening a pipe to write waits until something reads it, and the results would go
     * to that reader, not into a file (a pipe there is never opened: the check looks at what it is).
     */
    static void checkBeside(Path beside, Path target, Language lang) {
        checkBeside(beside, target, true, lang);
    }

    private static void checkBeside(Path beside, Path target, boolean writtenInPlace, Language lang) {
        if (Files.isSymbolicLink(beside)) {
            throw Messages.invalid(lang, "out.besideLink", beside, target);
        }
        if (Files.isDirectory(beside)) {
            throw Messages.invalid(lang, "out.besideDirectory", beside, target);
        }
        // a named pipe, a device, a socket: looked at, never opened (opening a pipe to write waits for a reader)
        if (Files.exists(beside, LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(beside, LinkOption.NOFOLLOW_LINKS)) {
            throw Messages.invalid(lang, "out.besideNotAFile", beside, target);
        }
        int names = writtenInPlace ? names(beside) : 1;
        if (names > 1) {
            throw Messages.invalid(lang, "out.besideHardLink", beside, target, names);
        }
    }

    /**
     * How many names (hard links) the regular file {@code p} has; 1 when it is not there or the file system does not
     * say (no {@code unix} attribute view: Windows), where the check cannot be made.
     */
    private static int names(Path p) {
        try {
            return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                    ? (Integer) Files.getAttribute(p, "unix:nlink", LinkOption.NOFOLLOW_LINKS) : 1;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }

    /**
     * How a command opens a file of its own beside its target for writing: created or emptied, and never through a
     * symbolic link (one made there after {@link #checkBeside} fails the write, exit 1, rather than empty the file it
     * leads to).
     */
    static final OpenOption[] OWN_FILE = {StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS};

    /**
     * What every command checks of a file it writes whole ({@code batch --summary}, {@code report --html},
     * {@code generate --out}) before any work: {@link #checkWritable} of the target and, for a target replaced by a
     * file renamed over it, of the file it replaces (a link's file: a link into a folder that does not exist is
     * refused here, not at the write once the work is done), and {@link #checkBeside} of the file written first.
     *
     * @return how the target is written
     */
    static Write checkTarget(Path target, Language lang) {
        checkWritable(target, lang);
        Write w = Write.of(target);
        if (w.renamedOver() != null) {
            checkWritable(w.renamedOver(), lang);
            checkBeside(w.file(), w.renamedOver(), lang);
        }
        return w;
    }

    private static void mustDiffer(Path a, Path b, String key, String other, Language lang) {
        if (sameFile(a, b)) {
            throw other == null ? Messages.invalid(lang, key, a) : Messages.invalid(lang, key, a, other);
        }
    }

    /**
     * Whether {@code a} and {@code b} ({@code null}: none) are one file: the same file if both exist, else one
     * {@linkplain #place place}.
     */
    private static boolean sameFile(Path a, Path b) {
        if (b == null) {
            return false;
        }
        try {
            return Files.exists(a) && Files.exists(b) ? Files.isSameFile(a, b) : place(a).equals(place(b));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Where {@code p} is, or is made: its name in its folder as the system finds that folder, through links, and
     * through {@code ..} after a link as the system goes ({@code L/../r.jsonl} is beside the folder {@code L} leads
     * to). Two names of a file not made yet are one place through a link to its folder ({@code d/r.jsonl} and
     * {@code ld/r.jsonl}, {@code ld} leading to {@code d}). Through a folder that is not there, no file is opened or
     * made: the path as written, no place a file the system finds is at ({@code nodir/../r.jsonl} is not
     * {@code r.jsonl}).
     */
    private static Path place(Path p) {
        Path absolute = p.toAbsolutePath();
        Path folder = absolute.getParent();
        try {
            return folder == null ? absolute : folder.toRealPath().resolve(absolute.getFileName());
        } catch (IOException e) {
            return absolute;
        }
    }

    /**
     * Renames {@code from} over {@code to}, atomically where the file system can, once {@code from}'s bytes are on the
     * disk ({@link #sync}), and {@linkplain #rename syncs the rename}: after a power cut, {@code to} is the file it was
     * or the whole new one. A rename alone can reach the disk before the bytes it names (a file of the right name,
     * empty or cut short, taken for a complete one).
     */
    static void move(Path from, Path to) throws IOException {
        sync(from);
        rename(from, to);
    }

    /**
     * Renames {@code from}, whose bytes are on the disk already, over {@code to}, atomically where the file system
     * can, and syncs the folder it is in, so that the rename is on the disk before the command goes on.
     */
    static void rename(Path from, Path to) throws IOException {
        rename(from, to, FOLDERS);
    }

    /** How a folder is opened to be synced ({@link #rename}). */
    interface FolderOpener {
        FileChannel open(Path folder) throws IOException;
    }

    /** Read-only, as Linux and macOS open a folder to sync it (Windows opens none). */
    static final FolderOpener FOLDERS = folder -> FileChannel.open(folder, StandardOpenOption.READ);

    /**
     * {@link #rename(Path, Path)}, the folder opened by {@code opener}. The folder is synced before the rename as well
     * as after it: where that first sync cannot be done (a folder cannot be opened on Windows; some file systems sync
     * no folder, {@code EINVAL} or {@code ENOTSUP}, in whatever language the system words it), the rename stands as
     * durable as the file system makes it, the file it names being on the disk whole already; but the disk's own
     * failure ({@code EIO}, recognised where the system words it in English) fails the write before the rename. Where
     * the folder synced before, a sync that fails after the rename ({@code EIO}: the disk could not write the folder)
     * is the write's failure: the rename may be lost with the power, and the command must not say it is done.
     */
    static void rename(Path from, Path to, FolderOpener opener) throws IOException {
        try (FileChannel folder = syncedFolder(to.toAbsolutePath().getParent(), opener)) {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
            if (folder != null) {
                folder.force(true);
            }
        }
    }

    /**
     * The folder opened and synced once, or {@code null} where it cannot be
     * ({@link #rename(Path, Path, FolderOpener)}).
     */
    private static FileChannel syncedFolder(Path folder, FolderOpener opener) throws IOException {
        if (folder == null) {
            return null;
        }
        FileChannel c = null;
        try {
            c = opener.open(folder);
            c.force(true);
            return c;
        } catch (IOException | UnsupportedOperationException e) {
            if (c != null) {
                c.close();
            }
            if (e instanceof IOException io && Messages.isInputOutputError(io)) {
                throw io; // a disk that cannot write the folder, not a file system that syncs none
            }
            LOG.debug("folder {} is not synced here: {}", folder, e.toString());
            return null;
        }
    }

    /**
     * Writes {@code file}'s bytes and size through to the disk ({@code fsync}); a failure is the write's failure. Not
     * for the batch's {@code .partial}: closing another channel of it would let go of the run's lock (it is synced
     * through its own channel).
     */
    static void sync(Path file) throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            c.force(true);
        }
    }

    /**
     * Writes {@code bytes} to {@code target} through a temporary file beside it (beside the file a link leads to), or
     * straight into a target {@linkplain #writtenThrough written through}; a failure is exit 1, naming the file that
     * could not be written: the temporary one, or the target when the rename failed.
     */
    static void replace(Path target, byte[] bytes, Language lang) {
        Prepared p = prepare(target, bytes, lang);
        if (p != null) {
            p.commit(lang);
        }
    }

    /**
     * Writes {@code bytes} whole to the temporary file beside {@code target} (beside the file a link leads to), to be
     * {@linkplain Prepared#commit renamed over it} later; a target {@linkplain #writtenThrough written through} is
     * written now, and {@code null} returned. A failure is exit 1, naming the file, the temporary one removed.
     */
    static Prepared prepare(Path target, byte[] bytes, Language lang) {
        Write w = Write.of(target);
        if (w.renamedOver() == null) {
            try {
                Files.write(w.file(), bytes);
            } catch (IOException e) {
                throw Messages.writeFailed(lang, w.file(), e);
            }
            return null;
        }
        try {
            Files.write(w.file(), bytes, OWN_FILE);
            sync(w.file()); // on the disk before it can be renamed over the target: a failure leaves the target alone
        } catch (IOException e) {
            removeAfterFailedWrite(w.file());
            throw Messages.writeFailed(lang, w.file(), e);
        }
        return new Prepared(w.file(), w.renamedOver());
    }

    /** A file written whole and synced beside its target ({@link #prepare}), waiting to be renamed over it. */
    record Prepared(Path file, Path target) {
        /** Renames it over its target: a failure is exit 1, naming the target, and the file beside it is removed. */
        void commit(Language lang) {
            try {
                rename(file, target);
            } catch (IOException e) {
                removeAfterFailedWrite(file);
                throw Messages.writeFailed(lang, target, e);
            }
        }

        /** Removes it, its target left as it was. */
        void discard() {
            removeAfterFailedWrite(file);
        }
    }

    /**
     * After a failed write, the temporary file a command wrote beside its target, if it is one (not a folder or a
     * link found at its name): nothing resumes such a write, and on a full disk it would keep the space it lacked.
     */
    static void removeAfterFailedWrite(Path own) {
        try {
            if (Files.isRegularFile(own, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(own);
            }
        } catch (IOException ignored) {
            // the write failed already; that is what is reported
        }
    }

    /**
     * What shapes a batch's output besides its input: a resumed run must continue with the same, or the file would
     * mix languages, traces or evaluation dates. {@code today} is the date a request without {@code asOf} is
     * evaluated on: a run resumed on another day keeps the interrupted run's.
     */
    record RunSettings(Language language, boolean trace, java.time.LocalDate asOf, java.time.LocalDate today) {
    }

    static void writeCheckpoint(Path file, Checkpoint c, RunSettings run, Language lang) {
        var o = JSON.createObjectNode().put("lines", c.lines()).put("inputBytes", c.inputBytes())
                .put("inputSha256", c.inputSha256()).put("outputBytes", c.outputBytes())
                .put("outputCrc32c", c.outputCrc32c());
        o.putObject("run").put("language", run.language().tag()).put("trace", run.trace())
                .put("asOf", run.asOf() == null ? null : run.asOf().toString()).put("today", run.today().toString());
        if (c.engine() != null) {
            // the engine the run was started with, every policy's receipt parts: a resume under another is refused
            var engine = o.putObject("engine");
            c.engine().forEach((policy, parts) -> {
                var p = engine.putObject(policy);
                parts.forEach(p::put);
            });
        }
        Path tmp = temporaryOf(file);
        try {
            Files.writeString(tmp, o.toString() + "\n", StandardCharsets.UTF_8, OWN_FILE);
            move(tmp, file);
        } catch (IOException e) {
            // on a full disk its part-written temporary file was left beside the .partial; the checkpoint before it
            // stays, and with it what a resume keeps
            removeAfterFailedWrite(tmp);
            throw new UncheckedIOException(Messages.text(lang, "write.failed", file, Messages.reason(lang, e)), e);
        }
    }

    /**
     * The settings the interrupted run recorded in its checkpoint, or {@code null} when it wrote no checkpoint (then
     * {@link #readCheckpoint} keeps nothing, or refuses a {@code .partial} that holds results). A checkpoint without
     * them is not one this command writes (every run records them before its first line): refused.
     */
    static RunSettings readRunSettings(Path file, Language lang) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            JsonNode run = JSON.readTree(InputFiles.read(file.toString(), CHECKPOINT_BYTES, lang)).path("run");
            String asOf = run.path("asOf").isTextual() ? run.get("asOf").asText() : null;
            if (!run.path("language").isTextual() || !run.path("trace").isBoolean() || !run.path("today").isTextual()
                    || (asOf == null && !run.path("asOf").isNull())) {
                throw new IllegalArgumentException("not a batch's run settings");
            }
            return new RunSettings(Language.parse(run.get("language").asText()), run.get("trace").asBoolean(),
                    asOf == null ? null : java.time.LocalDate.parse(asOf),
                    java.time.LocalDate.parse(run.get("today").asText()));
        } catch (IOException | RuntimeException e) {
            throw Messages.invalid(lang, "resume.bad", file, Messages.text(lang, "resume.bad.checkpoint"));
        }
    }

    /** A checkpoint's count: a whole number a {@code long} holds (Jackson's {@code asLong} wraps a larger one). */
    private static long count(JsonNode checkpoint, String field) {
        JsonNode n = checkpoint.get(field);
        if (n == null || !n.isIntegralNumber() || !n.canConvertToLong()) {
            throw new IllegalArgumentException(field + " is not a count");
        }
        return n.longValue();
    }

    /**
     * A checkpoint's digest or checksum: {@code digits} lower-case hex digits (64 for the input's SHA-256, 8 for the
     * output's CRC-32C), as {@link #writeCheckpoint} writes it.
     */
    private static String hex(JsonNode checkpoint, String field, int digits) {
        JsonNode n = checkpoint.get(field);
        if (n == null || !n.isTextual() || !n.asText().matches("[0-9a-f]{" + digits + "}")) {
            throw new IllegalArgumentException(field + " is not " + digits + " hex digits");
        }
        return n.asText();
    }

    /**
     * At most this many bytes of a checkpoint file are read: its counts and run settings take some 300, the engine's
     * receipt parts some 300 per policy.
     */
    static final int CHECKPOINT_BYTES = 1 << 16;

    /** A checkpoint's engine: per policy, part → value, every value text, as {@link #writeCheckpoint} writes it. */
    private static java.util.SortedMap<String, java.util.SortedMap<String, String>> engine(JsonNode checkpoint) {
        JsonNode e = checkpoint.get("engine");
        if (e == null || !e.isObject() || e.isEmpty()) {
            throw new IllegalArgumentException("no engine");
        }
        java.util.SortedMap<String, java.util.SortedMap<String, String>> out = new java.util.TreeMap<>();
        for (var policy : e.properties()) {
            if (!policy.getValue().isObject()) {
                throw new IllegalArgumentException("engine." + policy.getKey() + " is not an object");
            }
            java.util.SortedMap<String, String> parts = new java.util.TreeMap<>();
            for (var part : policy.getValue().properties()) {
                if (!part.getValue().isTextual()) {
                    throw new IllegalArgumentException("engine." + policy.getKey() + "." + part.getKey());
                }
                parts.put(part.getKey(), part.getValue().asText());
            }
            out.put(policy.getKey(), parts);
        }
        return out;
    }

    static Checkpoint readCheckpoint(Path partial, Path file, Language lang) {
        if (!Files.isRegularFile(partial)) {
            throw Messages.invalid(lang, "resume.nothing", partial);
        }
        try {
            if (!Files.isRegularFile(file)) {
                // killed as it opened the .partial, before its first checkpoint: nothing written, nothing to keep; a
                // .partial with results but no checkpoint (another command's, or its checkpoint removed) is not cut
                // away unasked
                if (Files.size(partial) > 0) {
                    throw Messages.invalid(lang, "resume.noCheckpoint", partial, file);
                }
                // a .partial left empty before its first checkpoint (a new run records
                // JsonLinesBatch.nothingKept(engine), with its settings and its engine, before its first line):
                // resumed from line 1
                return Checkpoint.NOTHING_KEPT;
            }
            JsonNode n = JSON.readTree(InputFiles.read(file.toString(), CHECKPOINT_BYTES, lang));
            // the output's checksum too: without it a kept result changed in place would be kept as it is; and the
            // engine: without it, a kept part of error lines only (which carry no receipt) would be continued by any
            Checkpoint c = new Checkpoint(count(n, "lines"), count(n, "inputBytes"), hex(n, "inputSha256", 64),
                    count(n, "outputBytes"), hex(n, "outputCrc32c", 8), engine(n));
            if (c.lines() < 0 || c.inputBytes() < 0 || c.outputBytes() < 0 || Files.size(partial) < c.outputBytes()) {
                throw Messages.invalid(lang, "resume.bad", file,
                        Messages.text(lang, "resume.bad.checkpoint.partial", partial));
            }
            return c;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException i) {
                throw i;
            }
            throw Messages.invalid(lang, "resume.bad", file, Messages.text(lang, "resume.bad.checkpoint"));
        }
    }
}
