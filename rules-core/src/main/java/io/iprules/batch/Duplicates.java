package io.iprules.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applicants met twice in one batch: under the same policy, the same value of the first identifying field both
 * requests give (each module declares its subjects' identifying fields: a registration code, then the name). Two
 * lines with codes are compared by their codes; a line without a code is compared with every line by its name, so
 * that an enterprise applying once with its code and once without is met twice, not two applicants. A repeat is
 * budgeted like any line, and flagged with the amount it would count twice. Keeps a 64-bit fingerprint (SHA-256, cut)
 * and a line number per identifying value, in flat arrays: a line's most telling value, and each later value it gives
 * (marked as such, {@link #later}), for the lines that give only that one.
 *
 * <p>Those arrays are bounded in bytes ({@code maxBytes}, growth included): a batch of more applicants than they
 * hold would otherwise end in an {@link OutOfMemoryError} (it did, at 1.4 million applicants in a heap of 110 MB),
 * and every later run of it too, since a resumed run remembers its kept lines' applicants again. Once they are full,
 * a line whose values are not all among those remembered is counted as {@linkplain DuplicateApplicants#unchecked
 * unchecked} instead: repeats of remembered values are still flagged, repeats among the unchecked lines may not be,
 * and the summary says how many lines that concerns.
 */
final class Duplicates {
    /** How many repeats are listed one by one; the rest are counted. */
    static final int LISTED = 100;
    /** The bytes of one slot: a fingerprint and a line number. */
    private static final int SLOT_BYTES = 16;
    private static final int FIRST_SLOTS = 1024;
    private static final JsonFactory JSON = new JsonFactory();

    private final long maxBytes;
    private long[] hashes = new long[FIRST_SLOTS];
    private long[] lines = new long[FIRST_SLOTS];
    private int size;
    private long count;
    private long unchecked;
    private BigDecimal amount = BigDecimal.ZERO.setScale(2);
    private final List<DuplicateApplicants.Repeat> listed = new ArrayList<>();

    /**
     * A check whose tables take at most {@code maxBytes} (the old and the new ones together while they grow; at least
     * the first tables' 16 KiB): at most two thirds of the largest table's slots, about {@code maxBytes / 36}
     * values, are remembered (an applicant given by a code and a name takes two).
     */
    Duplicates(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * The default bound: a quarter of the JVM's largest heap ({@link Runtime#maxMemory()}), so that a batch given
     * more memory ({@code -Xmx}) checks more applicants: 2.8 million values under {@code -Xmx512m} (1.4 million
     * applicants given by a code and a name).
     */
    static long defaultMaxBytes() {
        return Runtime.getRuntime().maxMemory() / 4;
    }

    /**
     * Who applied, as a batch compares applicants: the policy, the request key of its subject, and the identifying
     * fields a request gives with a value, from the first given in the module's order (its most telling) on, each with
     * its value.
     *
     * @param policy       the policy applied under
     * @param subject      the request key of the subject ({@code applicant}, {@code city}): a city and an enterprise
     *                     of one name are two
     * @param fields       the identifying fields given, most telling first
     * @param values       their values, {@linkplain #shown as an officer reads them}
     * @param mostTelling  whether the first of {@code fields} is the module's first identifying field: no line gives
     *                     it after another
     */
    record Applicant(String policy, String subject, List<String> fields, List<String> values, boolean mostTelling) {
        Applicant {
            fields = List.copyOf(fields);
            values = List.copyOf(values);
        }

        /** How the value at {@code k} is kept: its policy, subject, field and the value, separated by NUL. */
        String key(int k) {
            return policy + '\0' + subject + '\0' + fields.get(k) + '\0' + values.get(k);
        }

        /** The {@link #fingerprint} of each value's {@link #key}, in order. */
        long[] fingerprints() {
            long[] h = new long[fields.size()];
            for (int k = 0; k < h.length; k++) {
                h[k] = fingerprint(key(k));
            }
            return h;
        }
    }

    /**
     * The applicant of a request: {@code policy}, then the identifying fields of its subject that the request gives
     * ({@link io.iprules.SubjectKind#identifiedBy()}, as its module declares them) from the first given on;
     * {@code null} when it gives none. Read from the request's bytes, so that the core knows no policy's types or
     * fields.
     *
     * @param identity per policy id, per request key, the identifying fields
     */
    static Applicant applicant(byte[] json, Map<String, Map<String, List<String>>> identity) {
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            if (p.nextToken() == JsonToken.FIELD_NAME && "policy".equals(p.currentName())
                    && p.nextToken() == JsonToken.VALUE_STRING) {
                return applicantAfterPolicy(p, p.getText(), identity);
            }
        } catch (IOException | RuntimeException e) {
            return null; // a valid request was read already; this only looks for who applied
        }
        return anyOrder(json, identity);
    }

    /**
     * The common case, the policy named first: only its subjects' identifying fields are kept, the same ones
     * {@link #anyOrder} finds (of a subject's first 64 texts; a valid request has one subject and no field twice).
     */
    private static Applicant applicantAfterPolicy(JsonParser p, String policy,
            Map<String, Map<String, List<String>>> identity) throws IOException {
        Map<String, List<String>> keys = identity.get(policy);
        if (keys == null) {
            return null;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String subjectKey = p.currentName();
            List<String> fields = keys.get(subjectKey);
            JsonToken t = p.nextToken();
            if (fields == null || t != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            String[] found = new String[fields.size()];
            int texts = 0;
            int met = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                if (p.nextToken() == JsonToken.VALUE_STRING && texts < 64) {
                    texts++;
                    int k = fields.indexOf(f);
                    if (k >= 0 && found[k] == null) {
                        found[k] = shown(p.getText());
                        if (++met == found.length) {
                            break; // every identifying field met: the rest of the line is not read
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
            return identified(policy, subjectKey, fields, k -> found[k]);
        }
        return null;
    }

    /**
     * The applicant: the identifying fields given with a value ({@code value} of a field's position: {@code null}
     * when not given), from the first given in the module's order on, or {@code null} when none is.
     */
    private static Applicant identified(String policy, String subject, List<String> fields,
            java.util.function.IntFunction<String> value) {
        List<String> given = new ArrayList<>(2);
        List<String> values = new ArrayList<>(2);
        for (int k = 0; k < fields.size(); k++) {
            String v = value.apply(k);
            if (v != null && !v.isEmpty()) {
                given.add(fields.get(k));
                values.add(v);
            }
        }
        return given.isEmpty() ? null
                : new Applicant(policy, subject, given, values, given.get(0).equals(fields.get(0)));
    }

    /**
     * An identifying value as an officer reads it: without the spaces around it (a no-break or an ideographic one too)
     * and without the characters that show nothing ({@link io.iprules.json.InvisibleCharacters}), so that
     * {@code 某\u200B公司} is the applicant {@code 某公司} met again. The modules refuse such characters in the names a
     * decision compares; an applicant's own name decides nothing within its request, so only this check reads it so.
     */
    static String shown(String value) {
        return io.iprules.json.InvisibleCharacters.strip(io.iprules.json.InvisibleCharacters.without(value));
    }

    static Applicant anyOrder(byte[] json, Map<String, Map<String, List<String>>> identity) {
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String policy = null;
            Map<String, Map<String, String>> texts = new HashMap<>(); // request key -> its top-level texts
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if ("policy".equals(field) && t == JsonToken.VALUE_STRING) {
                    policy = p.getText();
                } else if (t == JsonToken.START_OBJECT) {
                    Map<String, String> values = new HashMap<>();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String f = p.currentName();
                        if (p.nextToken() == JsonToken.VALUE_STRING && values.size() < 64) {
                            values.putIfAbsent(f, shown(p.getText()));
                        } else {
                            p.skipChildren();
                        }
                    }
                    texts.put(field, values);
                } else {
                    p.skipChildren();
                }
            }
            Map<String, List<String>> keys = policy == null ? null : identity.get(policy);
            if (keys == null) {
                return null;
            }
            for (Map.Entry<String, Map<String, String>> subject : texts.entrySet()) {
                List<String> fields = keys.get(subject.getKey());
                if (fields == null) {
                    continue;
                }
                Applicant applicant = identified(policy, subject.getKey(), fields,
                        k -> subject.getValue().get(fields.get(k)));
                if (applicant != null) {
                    return applicant;
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null; // a valid request was read already; this only looks for who applied
        }
    }

    /** Per policy id, per request key, the identifying fields its module declares. */
    static Map<String, Map<String, List<String>>> identity(io.iprules.RulesEngine engine) {
        Map<String, Map<String, List<String>>> out = new HashMap<>();
        for (io.iprules.PolicyDescription d : engine.policies()) {
            Map<String, List<String>> keys = new HashMap<>();
            for (io.iprules.SubjectKind k : d.subjects()) {
                keys.put(k.key(), k.identifiedBy());
            }
            out.put(d.id(), Map.copyOf(keys));
        }
        return Map.copyOf(out);
    }

    /** Counts {@code applicant} at {@code line}; a repeat is flagged with its total. */
    void add(Applicant applicant, long line, BigDecimal total) {
        if (applicant != null) {
            add(applicant, applicant.fingerprints(), line, total);
        }
    }

    /**
     * As {@link #add(Applicant, long, BigDecimal)}, with the {@linkplain Applicant#fingerprints fingerprints} of
     * {@code applicant} (a worker's). The line repeats an earlier one that gave the same most telling value; or that
     * gave this value after a more telling one (a line with a code, met again without it); or whose most telling
     * value is one this line gives after its own (a line without a code, met again with it).
     *
     * <p>A line without a code is one applicant with at most one code: once a line with a code has been met with its
     * name, it is {@linkplain #CLAIMED claimed}, and a line with another code is not its repeat (its applicant is
     * another enterprise of that name). Else three lines, a name and two codes of it, would count two repeats in some
     * orders and one in others, and the summary would take a real enterprise's award for one counted twice.
     */
    void add(Applicant applicant, long[] h, long line, BigDecimal total) {
        int by = -1;
        long first = -1;
        boolean claimed = false;
        int at = probe(h[0]);
        if (hashes[at] == h[0]) {
            by = 0;
            first = lines[at] & LINE;
        } else if (!applicant.mostTelling()) {
            int later = probe(later(h[0]));
            if (hashes[later] != 0) {
                by = 0;
                first = lines[later] & LINE;
                claimed = true; // its code is that line's
            }
        }
        for (int k = 1; k < h.length; k++) {
            int named = probe(h[k]);
            if (hashes[named] != 0 && (lines[named] & CLAIMED) == 0) {
                if (by < 0) {
                    by = k;
                    first = lines[named] & LINE;
                }
                lines[named] |= CLAIMED; // this line's code is its
            }
        }
        if (by >= 0) {
            count++;
            if (total != null) {
                amount = amount.add(total);
            }
            if (listed.size() < LISTED) {
                listed.add(new DuplicateApplicants.Repeat(applicant.policy(), applicant.fields().get(by),
                        applicant.values().get(by), first, line, total));
            }
        }
        boolean remembered = hashes[at] == h[0] || remember(h[0], claimed ? line | CLAIMED : line);
        for (int k = 1; k < h.length; k++) {
            remembered &= remember(later(h[k]), line);
        }
        if (!remembered) {
            unchecked++; // a later line of this applicant may not be found a repeat
        }
    }

    /** The bits of a slot's line that hold the line number. */
    private static final long LINE = (1L << 62) - 1;
    /**
     * The mark on a line without a code whose applicant a line with a code has been found to be: lines with other
     * codes are no longer its repeats.
     */
    private static final long CLAIMED = 1L << 62;

    /**
     * How a value a line gives after its most telling one is kept: its fingerprint changed by a constant, so that it
     * is never taken for the same value given as a line's most telling one (that line is compared by it).
     */
    static long later(long h) {
        long l = h ^ 0x9E3779B97F4A7C15L;
        return l == 0 ? 1 : l;
    }

    /** The slot that holds {@code h}, or the empty slot where it would go. */
    private int probe(long h) {
        int mask = hashes.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (hashes[i] != 0 && hashes[i] != h) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** Keeps {@code h} at {@code line} unless it is kept already; false when the tables are full. */
    private boolean remember(long h, long line) {
        int i = probe(h);
        if (hashes[i] == h) {
            return true;
        }
        if ((size + 1) * 3L > hashes.length * 2L) { // kept at most two-thirds full, or probing grows long
            if (!mayGrow()) {
                return false;
            }
            grow();
            i = probe(h);
        }
        hashes[i] = h;
        lines[i] = line;
        size++;
        return true;
    }

    /** Whether tables twice as large fit in {@link #maxBytes} beside the present ones, which growing copies. */
    private boolean mayGrow() {
        long slots = hashes.length;
        return slots < 1 << 29 && SLOT_BYTES * (slots + 2 * slots) <= maxBytes;
    }

    private void grow() {
        long[] oldHashes = hashes;
        long[] oldLines = lines;
        hashes = new long[oldHashes.length * 2];
        lines = new long[oldHashes.length * 2];
        for (int k = 0; k < oldHashes.length; k++) {
            long h = oldHashes[k];
            if (h != 0) {
                int i = probe(h); // each fingerprint is once in the old table: the empty slot it goes to
                hashes[i] = h;
                lines[i] = oldLines[k];
            }
        }
    }

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    });

    /** The 64-bit fingerprint a value is kept by: SHA-256 of its {@linkplain Applicant#key key}'s UTF-8, cut, not 0. */
    static long fingerprint(String s) {
        byte[] d = SHA256.get().digest(s.getBytes(StandardCharsets.UTF_8));
        long h = 0;
        for (int k = 0; k < 8; k++) {
            h = h << 8 | (d[k] & 0xff);
        }
        return h == 0 ? 1 : h; // 0 marks an empty slot
    }

    DuplicateApplicants summary() {
        return new DuplicateApplicants(count, amount, List.copyOf(listed), unchecked);
    }
}
