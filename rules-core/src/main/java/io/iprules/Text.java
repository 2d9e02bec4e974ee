package io.iprules;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An explanation that can be read in either {@link Language}: a message key of a policy module, with its
 * arguments. Rendering is deferred until a caller asks, so an evaluation pays nothing for the languages
 * nobody reads.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.MAINTAINED, since = "0.1.0")
public final class Text {

    /**
     * Where a keyed text's patterns come from: a module's messages in both languages (the policy kit's
     * {@code MessageCatalog}). Immutable and thread-safe.
     */
    public interface Catalog {
        /** Renders {@code key} with {@code args} in {@code language}. */
        String format(Language language, String key, Object[] args);
    }

    private final Catalog catalog;
    private final String key;
    private final Object[] args;
    private final String english;

    private Text(Catalog catalog, String key, Object[] args, String english) {
        this.catalog = catalog;
        this.key = Objects.requireNonNull(key, "key");
        this.args = args;
        this.english = english;
    }

    /**
     * A text from a module's message catalog. Arguments may be other texts, dates, numbers, enums (rendered
     * through the catalog's {@code enum.Type.NAME} keys) or strings.
     */
    public static Text of(Catalog catalog, String key, Object... args) {
        return new Text(Objects.requireNonNull(catalog, "catalog"), key,
                Objects.requireNonNull(args, "args: none is new Object[0], or no argument at all").clone(), null);
    }

    /** A text that reads the same in every language, such as a proper name. */
    public static Text plain(String text) {
        return new Text(null, text, new Object[0], null);
    }

    /** A text given in both languages, as in a policy's descriptor file. */
    public static Text bilingual(String chinese, String english) {
        return new Text(null, chinese, new Object[0], Objects.requireNonNull(english, "english"));
    }

    /**
     * The message key, or the (Chinese) text itself for a {@linkplain #plain plain} or
     * {@linkplain #bilingual bilingual} text.
     */
    public String key() {
        return key;
    }

    /** The arguments, in order. */
    public List<Object> args() {
        return Arrays.asList(args.clone());
    }

    /** This text rendered in {@code language}. */
    public String in(Language language) {
        java.util.Objects.requireNonNull(language, "language");
        if (catalog != null) {
            return catalog.format(language, key, args);
        }
        return language == Language.EN && english != null ? english : key;
    }

    /** The Chinese rendering. */
    @Override
    public String toString() {
        return in(Language.ZH);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Text t && key.equals(t.key) && Arrays.equals(args, t.args)
                && Objects.equals(catalog, t.catalog) && Objects.equals(english, t.english);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + Arrays.hashCode(args);
    }
}
