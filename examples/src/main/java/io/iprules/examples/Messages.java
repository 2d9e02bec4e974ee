package io.iprules.examples;

import io.iprules.Language;
import io.iprules.kit.MessageCatalog;
import io.iprules.report.SafeText;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The command line's own messages for a user's mistakes and failed writes, in Chinese and English. */
final class Messages {
    private static final MessageCatalog ERRORS = MessageCatalog.load(Messages.class, "errors");
    /**
     * The labels of the command's own text output (policies, batch, replay, report): the officer's reports have
     * theirs in rules-report ({@link io.iprules.report.Reports}).
     */
    static final MessageCatalog LABELS = MessageCatalog.load(Messages.class, "cli");

    private Messages() {
    }

    /** The message {@code key} in {@code lang}; arguments that came from input are escaped ({@link SafeText}). */
    static String text(Language lang, String key, Object... args) {
        Object[] safe = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            safe[i] = args[i] instanceof String s ? SafeText.escape(s) : args[i] == null ? "null"
                    : args[i] instanceof Number ? args[i] : SafeText.escape(String.valueOf(args[i]));
        }
        return ERRORS.format(lang, key, safe);
    }

    /**
     * Why the command cannot start (a broken installation, exit 1): {@code message}, already in {@code lang}, escaped
     * line by line ({@link SafeText#escapeKeepingLines}), after the command's name.
     */
    static String cannotStart(Language lang, String message) {
        return ERRORS.format(lang, "cannot-start", new Object[] {SafeText.escapeKeepingLines(message)});
    }

    /** A user's mistake: exit 2 with this message. */
    static InvalidInputException invalid(Language lang, String key, Object... args) {
        return new InvalidInputException(text(lang, key, args));
    }

    /** A write that failed: exit 1 with this message. */
    static WriteFailedException writeFailed(Language lang, Object file, java.io.IOException e) {
        return new WriteFailedException(text(lang, "write.failed", file, reason(lang, e)));
    }

    /**
     * The operating system's words for the failures a user meets (as Java reports them on Linux, macOS and
     * Windows), each with its message key; any other reason is shown as the system gave it.
     */
    private static final java.util.Map<String, String> SYSTEM_REASONS = java.util.Map.ofEntries(
            Map.entry("is a directory", "reason.isDirectory"),
            Map.entry("no space left on device", "reason.noSpace"),
            Map.entry("there is not enough space on the disk", "reason.noSpace"),
            Map.entry("read-only file system", "reason.readOnly"),
            Map.entry("permission denied", "reason.accessDenied"),
            Map.entry("access is denied", "reason.accessDenied"),
            Map.entry("not a directory", "reason.notDirectory"),
            Map.entry("broken pipe", "reason.brokenPipe"),
            Map.entry("bad file descriptor", "reason.closed"), // `>&-`: standard output closed before the run
            Map.entry("disk quota exceeded", "reason.quota"),
            Map.entry("input/output error", "reason.io"), // EIO: what a failed sync to the disk most often says
            Map.entry("file too large", "reason.tooLarge"),
            Map.entry("file name too long", "reason.nameTooLong"),
            Map.entry("the filename or extension is too long.", "reason.nameTooLong"),
            Map.entry("too many levels of symbolic links", "reason.loop"),
            // Java's own words for ELOOP when it opens a file without following a link (java.nio on Linux)
            Map.entry("too many levels of symbolic links or unable to access attributes of symbolic link",
                    "reason.loop"),
            // ... and when it opens a file of the command's own beside a target, which is never written through a
            // link (Targets.OWN_FILE): a link is there, not a loop
            Map.entry("too many levels of symbolic links (nofollow_links specified)", "reason.linkNotFollowed"));

    /** The failures Java tells by their type, whose message is only the file's name, each with its message key. */
    private static final List<Map.Entry<Class<? extends IOException>, String>> REASON_BY_KIND = List.of(
            Map.entry(java.nio.file.NoSuchFileException.class, "reason.noSuchFile"),
            Map.entry(java.nio.file.AccessDeniedException.class, "reason.accessDenied"),
            Map.entry(java.nio.file.NotDirectoryException.class, "reason.notDirectory"),
            Map.entry(java.nio.file.FileSystemLoopException.class, "reason.loop"),
            Map.entry(java.nio.file.DirectoryNotEmptyException.class, "reason.folderNotEmpty"),
            Map.entry(java.nio.file.FileAlreadyExistsException.class, "reason.exists"));

    /** An I/O failure's reason in one line, in {@code lang}, without the Java class. */
    static String reason(Language lang, java.io.IOException e) {
        String key = reasonKey(e);
        if (key != null) {
            return text(lang, key);
        }
        String m = systemWords(e);
        return m == null ? text(lang, "reason.unknown") : m; // escaped by text(), where every reason goes
    }

    /**
     * Whether {@code e} is the disk's input/output error ({@code EIO}) as the system words it in English; in another
     * language it is not recognised (Java gives the system's words only).
     */
    static boolean isInputOutputError(java.io.IOException e) {
        return "reason.io".equals(reasonKey(e));
    }

    /** The message key of a failure the command words itself, or {@code null}. */
    private static String reasonKey(java.io.IOException e) {
        for (Map.Entry<Class<? extends IOException>, String> kind : REASON_BY_KIND) {
            if (kind.getKey().isInstance(e)) {
                return kind.getValue();
            }
        }
        String m = systemWords(e);
        // "No space left on device" alone, or after the file's name ("/x/out: No space left on device")
        return m == null ? null
                : SYSTEM_REASONS.get(m.substring(m.lastIndexOf(": ") + 1).strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** The first line of the system's reason, or {@code null} where it gives none. */
    private static String systemWords(java.io.IOException e) {
        // a file system exception's message without a reason is only its file's name, and a Java class's name is
        // no reason either
        String m = e instanceof java.nio.file.FileSystemException f ? f.getReason() : e.getMessage();
        return m == null || m.isBlank() ? null : m.lines().findFirst().orElse(m);
    }
}
