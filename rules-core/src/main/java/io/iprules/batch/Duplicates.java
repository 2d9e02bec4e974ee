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
import java.util.List;

/**
 * Applicants met twice in one batch: the same 统一社会信用代码 ({@code creditCode}), or the same name where no
 * code is given, under the same policy. A repeat is budgeted like any line, and flagged with the amount it would
 * count twice. Keeps a 64-bit fingerprint (SHA-256, cut) and a line number per applicant, in flat arrays.
 */
final class Duplicates {
    /** About what one applicant costs: two longs in tables kept at most two-thirds full. */
    static final int BYTES_PER_APPLICANT = 24;
    /** How many repeats are listed one by one; the rest are counted. */
    static final int LISTED = 100;
    private static final JsonFactory JSON = new JsonFactory();

    private long[] hashes = new long[1024];
    private long[] lines = new long[1024];
    private int size;
    private long count;
    private BigDecimal amount = BigDecimal.ZERO.setScale(2);
    private final List<DuplicateApplicants.Repeat> listed = new ArrayList<>();

    /**
     * The applicant of a request: {@code policy}, then {@code creditCode:…} or {@code name:…}, separated by NUL;
     * {@code null} when it has neither. Read from the request's bytes, so that the core knows no policy's types.
     */
    static String applicant(byte[] json) {
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String policy = null;
            String code = null;
            String name = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if ("policy".equals(field) && t == JsonToken.VALUE_STRING) {
                    policy = p.getText();
                } else if (t == JsonToken.START_OBJECT && code == null && name == null) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String f = p.currentName();
                        JsonToken v = p.nextToken();
                        if (v == JsonToken.VALUE_STRING && "creditCode".equals(f)) {
                            code = p.getText().strip();
                        } else if (v == JsonToken.VALUE_STRING && "name".equals(f)) {
                            name = p.getText().strip();
                        } else {
                            p.skipChildren();
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
            if (policy == null) {
                return null;
            }
            if (code != null && !code.isEmpty()) {
                return policy + '\0' + "creditCode" + '\0' + code;
            }
            return name == null || name.isEmpty() ? null : policy + '\0' + "name" + '\0' + name;
        } catch (IOException | RuntimeException e) {
            return null; // a valid request was read already; this only looks for who applied
        }
    }

    /** Counts {@code applicant} at {@code line}; a repeat is flagged with its total. */
    void add(String applicant, long line, BigDecimal total) {
        if (applicant == null) {
            return;
        }
        long h = fingerprint(applicant);
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
        hashes[i] = h;
        lines[i] = line;
        if (++size * 3 > hashes.length * 2) {
            grow();
        }
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

    private static long fingerprint(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            long h = 0;
            for (int k = 0; k < 8; k++) {
                h = h << 8 | (d[k] & 0xff);
            }
            return h == 0 ? 1 : h; // 0 marks an empty slot
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    DuplicateApplicants summary() {
        return new DuplicateApplicants(count, amount, List.copyOf(listed));
    }
}
