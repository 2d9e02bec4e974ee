package io.iprules.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The escapes of JSON output: besides what JSON requires (the quote, the backslash, C0 controls), DEL, the C1
 * control characters (U+0080–U+009F, e.g. U+0085 and U+009B, which some terminals act on), the bidirectional marks,
 * embeddings, overrides and isolates (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and the line and
 * paragraph separators (U+2028, U+2029) are written as {@code \\uXXXX} (upper-case hex, as Jackson writes the C0
 * ones); the officer's reports and the command's text output escape the same (rules-report's {@code SafeText}
 * asks {@link #escaped}). JSON allows them raw,
 * and a reader gets the same string either way; but a result shown on a terminal or pasted into a page cannot
 * reorder or forge what is shown.
 *
 * <p>Cheap: ASCII is looked up in the same table as without custom escapes (the generator's fast path), and every
 * other character costs one range check. Not for the canonical JSON a receipt's digests are computed over, whose
 * bytes must not change ({@code Fingerprints} keeps its own generator).
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.INTERNAL, since = "0.2.0")
public final class JsonEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;

    /** The one instance: it holds no state. */
    public static final JsonEscapes INSTANCE = new JsonEscapes();

    /** JSON's own escapes, and DEL as {@code \\u007F}. */
    private static final int[] ASCII;

    static {
        int[] a = CharacterEscapes.standardAsciiEscapesForJSON();
        a[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
        ASCII = a;
    }

    /** The escapes of U+0080–U+009F. */
    private static final SerializedString[] C1 = new SerializedString[0x20];
    /** The escapes of U+2000–U+206F, {@code null} for a character written as it is. */
    private static final SerializedString[] PUNCTUATION = new SerializedString[0x70];
    private static final SerializedString ARABIC_LETTER_MARK = escape(0x061C);

    static {
        for (int c = 0x80; c <= 0x9F; c++) {
            C1[c - 0x80] = escape(c);
        }
        for (int c : new int[] {0x200E, 0x200F, 0x2028, 0x2029, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066,
                0x2067, 0x2068, 0x2069}) {
            PUNCTUATION[c - 0x2000] = escape(c);
        }
    }

    private JsonEscapes() {
    }

    private static SerializedString escape(int c) {
        return new SerializedString(String.format(Locale.ROOT, "\\u%04X", c));
    }

    /** Whether JSON output writes {@code c} (a UTF-16 unit) as an escape. */
    public static boolean escaped(int c) {
        return c < 0x80 ? ASCII[c] != 0 : INSTANCE.getEscapeSequence(c) != null;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ASCII; // read, never written, by the generators
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        if (ch < 0x2000) {
            return ch <= 0x9F ? (ch >= 0x80 ? C1[ch - 0x80] : null) : ch == 0x061C ? ARABIC_LETTER_MARK : null;
        }
        return ch < 0x2070 ? PUNCTUATION[ch - 0x2000] : null;
    }

    /** A new factory whose generators write these escapes. */
    public static JsonFactory factory() {
        return new JsonFactoryBuilder().characterEscapes(INSTANCE).build();
    }

    /** Made when first used (the batch's summary file), not when every JSON writer is built with these escapes. */
    private static final class Pretty {
        static final ObjectMapper MAPPER = new ObjectMapper(factory());
    }

    /**
     * {@code node} as {@link JsonNode#toPrettyString()} writes it (Jackson's default indentation), with these
     * escapes.
     */
    public static String prettyString(JsonNode node) {
        try {
            return Pretty.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
