package io.iprules.internal;

import io.iprules.ConfigurationException;
import io.iprules.Language;
import io.iprules.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The engine's own few messages, in Chinese and English: the warning of a defaulted evaluation date and the names
 * of general statuses ({@code core_zh.properties}, {@code core_en.properties}, which explanations use and decisions'
 * receipts digest), and why the engine cannot start on a broken installation ({@code start/start_zh.properties},
 * {@code start/start_en.properties}, kept apart: they decide no output), and the common reasons a file cannot be
 * read ({@code read/read_zh.properties}, {@code read/read_en.properties}, apart too). Policy texts come from the
 * modules' catalogs (the policy kit). Not API.
 */
public final class CoreMessages implements Text.Catalog {
    /** The message files, each {@code <name>_<language>.properties} beside this class. */
    static final List<String> FILES = List.of("core", "start/start", "read/read");
    private static final CoreMessages INSTANCE = new CoreMessages();
    private final Map<Language, Properties> patterns = new EnumMap<>(Language.class);

    private CoreMessages() {
        for (Language language : Language.values()) {
            Properties p = new Properties();
            for (String name : FILES) {
                p.putAll(load(name + "_" + language.tag() + ".properties"));
            }
            patterns.put(language, p);
        }
    }

    /** One message file, beside this class. */
    static Properties load(String file) {
        try (InputStream in = CoreMessages.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from rules-core");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text with a core message key. */
    public static Text text(String key, Object... args) {
        return Text.of(INSTANCE, key, args);
    }

    /**
     * The engine cannot start: an installation problem (not the caller's parameters) worded in both languages.
     *
     * @param key   a {@code start.…} message key
     * @param cause the underlying failure, or {@code null}
     */
    public static ConfigurationException cannotStart(String key, Throwable cause, Object... args) {
        return new ConfigurationException(text(key, args), cause, false);
    }

    /**
     * The name of a kind of data file ({@code calendar}: 日历 in Chinese); a kind without words of its own here is its
     * id in both languages.
     */
    public static Text dataKind(String kind) {
        String key = "read.kind." + kind;
        return INSTANCE.patterns.get(Language.ZH).containsKey(key) ? text(key) : Text.plain(kind);
    }

    /**
     * The operating system's words for the reasons a user meets when a file cannot be read (as Java reports them on
     * Linux, macOS and Windows), each with its message key.
     */
    private static final Map<String, String> SYSTEM_REASONS = Map.ofEntries(
            Map.entry("no such file or directory", "read.reason.noSuchFile"),
            Map.entry("the system cannot find the file specified", "read.reason.noSuchFile"),
            Map.entry("the system cannot find the path specified", "read.reason.noSuchFile"),
            Map.entry("not a directory", "read.reason.notDirectory"),
            Map.entry("is a directory", "read.reason.isDirectory"),
            Map.entry("permission denied", "read.reason.accessDenied"),
            Map.entry("access is denied", "read.reason.accessDenied"),
            Map.entry("file name too long", "read.reason.nameTooLong"),
            Map.entry("too many levels of symbolic links", "read.reason.loop"),
            // EIO: told in the run's language, as a request's read tells it (the parameter and calendar files had
            // said it in English in a Chinese run)
            Map.entry("input/output error", "read.reason.io"),
            // Java's own words for ELOOP when it opens a file without following a link (java.nio on Linux)
            Map.entry("too many levels of symbolic links or unable to access attributes of symbolic link",
                    "read.reason.loop"));

    /**
     * Why a file could not be read, in both languages, for the common reasons (no such file, a path through a file,
     * a folder, permission denied…); any other reason is the system's own words, in one line.
     */
    public static Text reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return noSuchFile(n.getFile());
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return text("read.reason.accessDenied");
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return text("read.reason.notDirectory");
        }
        if (e instanceof java.nio.file.FileSystemLoopException) {
            return text("read.reason.loop");
        }
        // a file system exception's message without a reason is only its file's name, which is not a reason
        String m = e instanceof java.nio.file.FileSystemException f ? f.getReason() : e.getMessage();
        if (m == null || m.isBlank()) {
            return text("read.reason.unknown");
        }
        m = m.lines().findFirst().orElse(m);
        // "Not a directory" alone, or after the file's name ("/x/p.json: Not a directory")
        String last = m.substring(m.lastIndexOf(": ") + 1).strip().toLowerCase(java.util.Locale.ROOT);
        String key = SYSTEM_REASONS.get(last);
        return key != null ? text(key) : Text.plain(m);
    }

    /**
     * Why {@code file} was not found: "no such file", or, when the folder it names is not there either, that folder
     * ({@code nodir} for {@code nodir/../p.json}, which the system goes through too).
     */
    private static Text noSuchFile(String file) {
        java.nio.file.Path folder;
        try {
            folder = file == null ? null : java.nio.file.Path.of(file).toAbsolutePath().getParent();
        } catch (java.nio.file.InvalidPathException e) {
            folder = null;
        }
        while (folder != null && folder.getParent() != null && (folder.endsWith("..") || folder.endsWith("."))) {
            folder = folder.getParent();
        }
        return folder == null || java.nio.file.Files.exists(folder) ? text("read.reason.noSuchFile")
                : text("read.reason.noFolder", folder);
    }

    /**
     * Renders {@code key}'s pattern: each {@code {n}} with an argument is replaced by it, in one pass, so that an
     * argument's own text (an exception's message, a path) is never read as a placeholder.
     */
    @Override
    public String format(Language language, String key, Object[] args) {
        String pattern = patterns.get(language).getProperty(key, key);
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i + 1) : -1;
            int index = close > i + 1 ? index(pattern.substring(i + 1, close)) : -1;
            if (index >= 0 && index < args.length) {
                Object a = args[index];
                out.append(a instanceof Text t ? t.in(language) : String.valueOf(a));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The placeholder's index, or -1 when {@code digits} is not a small decimal number. */
    private static int index(String digits) {
        if (digits.isEmpty() || digits.length() > 3) {
            return -1;
        }
        for (int k = 0; k < digits.length(); k++) {
            if (digits.charAt(k) < '0' || digits.charAt(k) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(digits);
    }
}
