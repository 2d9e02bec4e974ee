package io.iprules;

import java.util.Objects;

/**
 * One thing wrong with a request: where it is (a JSON path such as {@code applicant.parks[1].population},
 * empty for the request as a whole) and what is wrong, in words a caller can act on, in English and in Chinese.
 *
 * <p>The English {@link #message()} is the stable form (logs, {@link #toString()}, equality); the Chinese
 * {@link #chinese()} is the same problem in the officer's language (问题说明), {@code null} only for a problem made by
 * code that gives English alone (a third-party module): {@link #message(Language)} then falls back to English.
 *
 * @param path    where the problem is, in JSON path notation without a leading {@code $}; empty for the whole request
 * @param message what is wrong and, where it helps, what would be right, in English
 * @param chinese the same in Chinese, or {@code null} when the maker of the problem gave English only
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.MAINTAINED, since = "0.1.0")
public record Problem(String path, String message, String chinese) implements java.io.Serializable {
    /** The longest message kept whole; a longer one is shortened (it would be quoting a hostile input back). */
    public static final int MAX_MESSAGE = 1_000;

    /** Checks path and message are present; shortens a message longer than {@link #MAX_MESSAGE} characters. */
    public Problem {
        Objects.requireNonNull(path, "path");
        message = shortened(Objects.requireNonNull(message, "message"), Language.EN);
        chinese = chinese == null ? null : shortened(chinese, Language.ZH);
    }

    /** A problem in English only (Chinese readers see the English). */
    public Problem(String path, String message) {
        this(path, message, null);
    }

    /** A problem worded by a bilingual {@link Text}: its English and its Chinese rendering. */
    public static Problem of(String path, Text text) {
        return new Problem(path, text.in(Language.EN), text.in(Language.ZH));
    }

    /**
     * {@code text} shortened as a problem's message in {@code language} is: whole up to {@link #MAX_MESSAGE}
     * characters, else its first half of that and how long it was. For a text outside a problem that may quote the
     * input back as well (the HTTP service's problem {@code detail}).
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    public static String shortened(String text, Language language) {
        return shorten(Objects.requireNonNull(text, "text"),
                language == Language.ZH ? "个字符)" : "characters in all)");
    }

    private static String shorten(String message, String unit) {
        if (message.length() <= MAX_MESSAGE) {
            return message;
        }
        return message.substring(0, MAX_MESSAGE / 2) + "… (" + message.length() + " " + unit;
    }

    /** The message in {@code language}; English when the problem has no Chinese. */
    public String message(Language language) {
        return language == Language.ZH && chinese != null ? chinese : message;
    }

    /** Whether the problem has its Chinese wording. */
    public boolean bilingual() {
        return chinese != null;
    }

    /** Equal when path and English message are: the Chinese is a rendering of the same problem. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Problem p && path.equals(p.path) && message.equals(p.message);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + message.hashCode();
    }

    /** {@code path: message}, or the message alone when the path is empty. */
    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }

    /** {@code path: message} in {@code language}, or the message alone when the path is empty. */
    public String toString(Language language) {
        return path.isEmpty() ? message(language) : path + ": " + message(language);
    }
}
