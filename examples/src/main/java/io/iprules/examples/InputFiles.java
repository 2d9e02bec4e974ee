package io.iprules.examples;

import io.iprules.Language;
import io.iprules.json.JsonContract;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading what the user names: a file or standard input, never more than a limit + 1 byte. */
final class InputFiles {
    private InputFiles() {
    }

    /**
     * The bytes of {@code file} ({@code -} for standard input), at most {@code limit}: reading stops at the limit +
     * 1 byte, so that a huge file or an endless stream is refused without being held in memory.
     */
    static byte[] read(String file, int limit, Language lang) {
        return read(file, limit, "file.tooLarge", lang);
    }

    /** As {@link #read(String, int, Language)}, a file over the limit told by the message {@code tooLarge}. */
    static byte[] read(String file, int limit, String tooLarge, Language lang) {
        return read(file, lang, (in, name) -> {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw Messages.invalid(lang, tooLarge, name, limit);
            }
            return bytes;
        });
    }

    /** What a command takes from an input it opened; {@code name} is how messages name the input. */
    interface Reading<T> {
        T from(InputStream in, String name) throws IOException;
    }

    /**
     * Opens {@code file} ({@code -} for standard input) and reads it with {@code reading}; a folder, a missing file or
     * one that cannot be read is the user's mistake, said in {@code lang}.
     */
    static <T> T read(String file, Language lang, Reading<T> reading) {
        String name = name(file, lang);
        if (file.isEmpty()) {
            throw Messages.invalid(lang, "file.empty");
        }
        if (!"-".equals(file) && Files.isDirectory(path(file, lang))) {
            throw Messages.invalid(lang, "file.directory", file);
        }
        try (InputStream in = "-".equals(file) ? Io.get().in() : Files.newInputStream(path(file, lang))) {
            return reading.from(in, name);
        } catch (NoSuchFileException e) {
            throw missing(file, lang);
        } catch (IOException e) {
            throw Messages.invalid(lang, "file.unreadable", name, Messages.reason(lang, e));
        }
    }

    /**
     * The file the user named, {@code null} for {@code -} (standard input). A name Java cannot turn into a path is the
     * user's mistake (exit 2), never an internal failure: under the C or POSIX locale (no {@code LANG}, as in many
     * containers and cron jobs) Java reads file names as ASCII, and a Chinese one cannot be opened; on Windows, a
     * name with {@code ?} or {@code *}.
     */
    static Path pathOrStdin(String file, Language lang) {
        return "-".equals(file) ? null : path(file, lang);
    }

    /** As {@link #pathOrStdin}, for a name that is a file's even when it is {@code -}. */
    static Path path(String file, Language lang) {
        if (endsWithSeparator(file)) { // Java drops the /: r.json/ would be read as r.json, which the system refuses
            throw Messages.invalid(lang, "file.folderName", file, file.charAt(file.length() - 1));
        }
        try {
            return Path.of(file);
        } catch (InvalidPathException e) {
            throw unmappable(e)
                    ? Messages.invalid(lang, "file.name.charset", file, System.getProperty("sun.jnu.encoding"))
                    : Messages.invalid(lang, "file.name.invalid", file, e.getReason());
        }
    }

    /**
     * A file that is not there, the user's mistake. Bytes of a name that are not in the system's character set
     * (a Latin-1 name under UTF-8) reach Java as U+FFFD, and Java looks for a file of that other name: "no such
     * file" of a file the user can see is told as what it is.
     */
    static InvalidInputException missing(String file, Language lang) {
        if (file.indexOf('\uFFFD') >= 0) {
            return Messages.invalid(lang, "file.name.undecodable", file, System.getProperty("sun.jnu.encoding"));
        }
        Path folder = "-".equals(file) ? null : folderNotThere(path(file, lang));
        // a file named as the folder (in.jsonl/r.json) is there: the system says "not a folder" of it itself
        return folder != null && !Files.exists(folder) ? Messages.invalid(lang, "file.folder", file, folder)
                : Messages.invalid(lang, "file.missing", name(file, lang));
    }

    /**
     * {@code file}'s folder as a message names it when it is not a folder (missing, or a file in its place), or
     * {@code null} when it is one: {@code nodir} for {@code nodir/../in.json}, which the system goes through too.
     */
    static Path folderNotThere(Path file) {
        // not normalised: the system goes through each folder named, nodir in nodir/../out.jsonl too
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || Files.isDirectory(parent)) {
            return null;
        }
        Path folder = parent; // nodir, not nodir/.., is the folder that is not there
        while (folder.getParent() != null && (folder.endsWith("..") || folder.endsWith("."))) {
            folder = folder.getParent();
        }
        return folder;
    }

    /** Whether {@code name} ends with a folder separator ({@code /}, and {@code \} on Windows): a folder's name. */
    static boolean endsWithSeparator(String name) {
        return name.endsWith("/") || name.endsWith(java.io.File.separator);
    }

    /** Whether Java refused a name because its characters cannot be written in the system's character set. */
    static boolean unmappable(InvalidPathException e) {
        return e.getReason() != null && e.getReason().startsWith("Malformed input or input contains unmappable");
    }

    /** How a message names {@code file}: {@code -} is standard input, 标准输入, in the run's language. */
    static String name(String file, Language lang) {
        return "-".equals(file) ? Messages.text(lang, "stdin") : file;
    }

    /** A request: at most {@link JsonContract#MAX_REQUEST_BYTES}. */
    static byte[] request(String file, Language lang) {
        return read(file, JsonContract.MAX_REQUEST_BYTES, lang);
    }
}
