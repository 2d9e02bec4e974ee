package io.iprules.examples;

import io.iprules.Language;
import io.iprules.kit.MessageCatalog;

/** The command line's own messages for a user's mistakes and failed writes, in Chinese and English. */
final class Messages {
    private static final MessageCatalog ERRORS = MessageCatalog.load(Messages.class, "errors");

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
        return new WriteFailedException(text(lang, "write.failed", file, reason(e)));
    }

    /** An I/O failure's reason in one line, without the Java class. */
    static String reason(java.io.IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
