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
        if (offset < 0) {
            return null;
        }
        return io.iprules.Text.bilingual(
                String.format(Locale.ROOT, "第 %d 字节(0x%02X)处不是有效的 UTF-8:请将文件另存为 UTF-8 编码", offset,
                        b[offset] & 0xff),
                String.format(Locale.ROOT, "not valid UTF-8 at byte %d (0x%02X): save the file as UTF-8", offset,
                        b[offset] & 0xff));
    }

    /** The offset of the first byte that does not begin or continue a valid UTF-8 sequence, or -1. */
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
            int second = b[i + 1] & 0xff;
            if (second < min2 || second > max2) {
                return i + 1;
            }
            for (int k = 2; k <= n; k++) {
                int cont = b[i + k] & 0xff;
                if (cont < 0x80 || cont > 0xBF) {
                    return i + k;
                }
            }
            i += n + 1;
        }
        return -1;
    }
}
