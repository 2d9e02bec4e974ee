package io.iprules.json;

import java.util.Locale;

/**
 * UTF-8 as RFC 3629 defines it, and nothing looser: an overlong form ({@code C0 AF} for "/"), an encoded surrogate
 * ({@code ED A0 80}), a code point beyond U+10FFFF, a stray continuation byte or a cut sequence is refused with its
 * byte offset. The JSON parser alone would decode some of these (an overlong "/" becomes a path separator).
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.INTERNAL, since = "0.2.0")
public final class StrictUtf8 {
    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles
            .byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    private StrictUtf8() {
    }

    /**
     * What is wrong with the first {@code length} bytes as UTF-8, with the offset of the first bad byte (counted
     * from 0) and a hint to save the file as UTF-8; {@code null} when they are valid.
     */
    public static String problem(byte[] b, int length) {
        io.iprules.Text t = problemText(b, length);
        return t == null ? null : t.in(io.iprules.Language.EN);
    }

    /** As {@link #problem}, in both languages. */
    public static io.iprules.Text problemText(byte[] b, int length) {
        int offset = firstInvalid(b, length);
        return offset < 0 ? null : invalidAt(b, offset);
    }

    private static io.iprules.Text invalidAt(byte[] b, int offset) {
        return io.iprules.Text.bilingual(
                String.format(Locale.ROOT, "第 %d 字节(0x%02X)处不是有效的 UTF-8:请将文件另存为 UTF-8 编码", offset,
                        b[offset] & 0xff),
                String.format(Locale.ROOT, "not valid UTF-8 at byte %d (0x%02X): save the file as UTF-8", offset,
                        b[offset] & 0xff));
    }

    /**
     * As {@link #problemText}, for a JSON document that begins at {@code from} (after a byte order mark): also a NUL
     * byte (U+0000) as its first or second byte, named with its offset, whichever of the two problems comes first.
     * JSON allows a NUL nowhere, and the parser would not say so there: it takes a document beginning with one for
     * UTF-16 or UTF-32 (as text saved so begins) and reports a character that is not in it
     * (<code>\x00&#123;"policy"…</code> as "unexpected character '≰'"). Further on, the parser itself names it, with
     * its line and column.
     */
    public static io.iprules.Text documentProblemText(byte[] b, int from, int length) {
        int nul = nulAtStart(b, from, length);
        int offset = firstInvalid(b, length);
        if (nul >= 0 && (offset < 0 || nul < offset)) {
            return nulText(nul);
        }
        return offset < 0 ? null : invalidAt(b, offset);
    }

    /**
     * Where the text of {@code b} (its first {@code length} bytes) begins: 3 after UTF-8's byte order mark
     * (EF BB BF), which the files and batches accept and skip, else 0.
     */
    public static int byteOrderMarkLength(byte[] b, int length) {
        return length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF ? 3 : 0;
    }

    /** The offset of a NUL byte at {@code from} or {@code from + 1} (the first of them), or -1. */
    public static int nulAtStart(byte[] b, int from, int length) {
        for (int i = from; i < Math.min(from + 2, length); i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** A NUL byte at {@code offset}, in both languages, as {@link #documentProblemText} says it. */
    public static io.iprules.Text nulText(int offset) {
        return io.iprules.Text.bilingual(
                "第 " + offset + " 字节处不是有效的 JSON:NUL 字节(控制字符 U+0000),JSON 中任何位置都不允许;请将文件另存为 "
                        + "UTF-8 编码(存为 UTF-16 的文本含有 NUL 字节)",
                "not valid JSON at byte " + offset + ": a NUL byte (control character U+0000), which JSON allows "
                        + "nowhere; save the file as UTF-8 (text saved as UTF-16 holds NUL bytes)");
    }

    /**
     * The offset of the first byte of the first sequence that is not valid UTF-8 (a byte that begins none, or the
     * lead of a sequence its next bytes do not complete), or -1.
     */
    public static int firstInvalid(byte[] b, int length) {
        int i = 0;
        while (i < length) {
            // ASCII, most of a request, eight bytes at a time
            while (i + 8 <= length && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
                i += 8;
            }
            if (i >= length) {
                break;
            }
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n;
            int min2;
            int max2 = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                n = 1;
                min2 = 0x80;
            } else if (c == 0xE0) {
                n = 2;
                min2 = 0xA0; // below: overlong
            } else if (c == 0xED) {
                n = 2;
                min2 = 0x80;
                max2 = 0x9F; // above: a surrogate
            } else if (c >= 0xE1 && c <= 0xEF) {
                n = 2;
                min2 = 0x80;
            } else if (c == 0xF0) {
                n = 3;
                min2 = 0x90; // below: overlong
            } else if (c >= 0xF1 && c <= 0xF3) {
                n = 3;
                min2 = 0x80;
            } else if (c == 0xF4) {
                n = 3;
                min2 = 0x80;
                max2 = 0x8F; // above: beyond U+10FFFF
            } else {
                return i; // C0, C1 (overlong), F5..FF, or a continuation byte with no lead
            }
            if (i + n >= length) {
                return i; // cut short by the end
            }
            // a sequence broken part way is told at its first byte: a Latin-1 é (E9) before a quote is the E9, not
            // the quote after it
            int second = b[i + 1] & 0xff;
            if (second < min2 || second > max2) {
                return i;
            }
            for (int k = 2; k <= n; k++) {
                int cont = b[i + k] & 0xff;
                if (cont < 0x80 || cont > 0xBF) {
                    return i;
                }
            }
            i += n + 1;
        }
        return -1;
    }
}
