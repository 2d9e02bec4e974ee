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
 * Applicants met twice in one batch: under the same policy, the same value of the first identifying field the
 * request gives (each module declares its subjects' identifying fields: a registration code, then the name). A repeat is budgeted like any line, and flagged with the amount it would
 * count twice. Keeps a 64-bit fingerprint (SHA-256, cut) and a line number per applicant, in flat arrays.
 *
 * <p>Those arrays are bounded in bytes ({@code maxBytes}, growth included): a batch of more applicants than they
 * hold would otherwise end in an {@link OutOfMemoryError} (it did, at 1.4 million applicants in a heap of 110 MB),
 * and every later run of it too, since a resumed run remembers its kept lines' applicants again. Once they are full,
 * a line whose applicant is not among those remembered is counted as {@linkplain DuplicateApplicants#unchecked
 * unchecked} instead: repeats of remembered applicants are still flagged, repeats among the unchecked lines are not,
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
     * applicants, are remembered.
     */
    Duplicates(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * The default bound: a quarter of the JVM's largest heap ({@link Runtime#maxMemory()}), so that a batch given
     * more memory ({@code -Xmx}) checks more applicants: 2.8 million under {@code -Xmx512m}.
     */
    static long defaultMaxBytes() {
        return Runtime.getRuntime().maxMemory() / 4;
    }

    /**
     * The applicant of a request: {@code policy}, then the first of its subject's identifying fields that the
     * request gives ({@link io.iprules.SubjectKind#identifiedBy()}, as its module declares them), then that field's
     * value, separated by NUL; {@code null} when it gives none. Read from the request's bytes, so that the core
     * knows no policy's types or fields.
     *
     * @param identity per policy id, per request key, the identifying fields
     */
    static String applicant(byte[] json, Map<String, Map<String, List<String>>> identity) {
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
    private static String applicantAfterPolicy(JsonParser p, String policy,
            Map<String, Map<String, List<String>>> identity) throws IOException {
        Map<String, List<String>> keys = identity.get(policy);
        if (keys == null) {
            return null;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            List<String> fields = keys.get(p.currentName());
            JsonToken t = p.nextToken();
            if (fields == null || t != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            String[] found = new String[fields.size()];
            int texts = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                if (p.nextToken() == JsonToken.VALUE_STRING && texts < 64) {
                    texts++;
                    int k = fields.indexOf(f);
                    if (k >= 0) {
                        found[k] = shown(p.getText());
                        String decided = decided(policy, fields, found);
                        if (decided != null) {
                            return decided; // no later field can change it: the rest of the line is not read
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
            return identified(policy, fields, k -> found[k]);
        }
        return null;
    }

    /**
     * The applicant: the first identifying field, in the module's order, given with a value ({@code value} of its
     * position: {@code null} when not given), or {@code null} when none is.
     */
    private static String identified(String policy, List<String> fields, java.util.function.IntFunction<String> value) {
        for (int k = 0; k < fields.size(); k++) {
            String v = value.apply(k);
            if (v != null && !v.isEmpty()) {
                return key(policy, fields.get(k), v);
            }
        }
        return null;
    }

    /**
     * An identifying value as an officer reads it: without the spaces around it and without the characters that show
     * nothing ({@link io.iprules.json.InvisibleCharacters}), so that {@code 某\u200B公司} is the applicant {@code 某公司}
     * met again. The modules refuse such characters in the names a decision compares; an applicant's own name decides
     * nothing within its request, so only this check reads it so.
     */
    static String shown(String value) {
        return io.iprules.json.InvisibleCharacters.without(value).strip();
    }

    /** How an applicant is kept: its policy, the identifying field given and its value. */
    private static String key(String policy, String field, String value) {
        return policy + '\0' + field + '\0' + value;
    }

    /**
     * The applicant once it is certain: the first identifying field, in the module's order, given with a value,
     * when every field before it has been met blank (a field appears once in a valid request); else {@code null}.
     */
    private static String decided(String policy, List<String> fields, String[] found) {
        for (int k = 0; k < found.length; k++) {
            if (found[k] == null) {
                return null; // not met yet: it may still come, and would come first
            }
            if (!found[k].isEmpty()) {
                return key(policy, fields.get(k), found[k]);
            }
        }
        return null;
    }

    static String anyOrder(byte[] json, Map<String, Map<String, List<String>>> identity) {
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
                            values.put(f, shown(p.getText()));
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
                String applicant = identified(policy, fields, k -> subject.getValue().get(fields.get(k)));
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
    void add(String applicant, long line, BigDecimal total) {
        if (applicant != null) {
            add(applicant, fingerprint(applicant), line, total);
        }
    }

    /** As {@link #add(String, long, BigDecimal)}, with the {@link #fingerprint} of {@code applicant} (a worker's). */
    void add(String applicant, long h, long line, BigDecimal total) {
        int mask = hashes.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (hashes[i] != 0) {
            if (hashes[i] == h) {
                count++;
                if (total != null) {
                    amount = amount.add(total);
                }
                if (listed.size() < LISTED) {
                    String[] parts = applicant.split("\0", 3);
                    listed.add(new DuplicateApplicants.Repeat(parts[0], parts[1], parts[2], lines[i], line, total));
                }
                return;
            }
            i = (i + 1) & mask;
        }
        if ((size + 1) * 3L > hashes.length * 2L) { // kept at most two-thirds full, or probing grows long
            if (!mayGrow()) {
                unchecked++; // not remembered: a later line of this applicant cannot be found a repeat
                return;
            }
            grow();
            mask = hashes.length - 1;
            i = (int) (h ^ (h >>> 32)) & mask;
            while (hashes[i] != 0) {
                i = (i + 1) & mask;
            }
        }
        hashes[i] = h;
        lines[i] = line;
        size++;
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
        int mask = hashes.length - 1;
        for (int k = 0; k < oldHashes.length; k++) {
            long h = oldHashes[k];
            if (h != 0) {
                int i = (int) (h ^ (h >>> 32)) & mask;
                while (hashes[i] != 0) {
                    i = (i + 1) & mask;
                }
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

    /** The 64-bit fingerprint an applicant is kept by: SHA-256 of its UTF-8, cut; never 0. */
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
