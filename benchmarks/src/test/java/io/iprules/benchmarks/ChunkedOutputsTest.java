package io.iprules.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Language;
import io.iprules.PolicyDescription;
import io.iprules.RulesEngine;
import io.iprules.batch.JsonLinesBatch;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Chunked rule sessions change nothing: for every policy on the class path, 100,000 generated requests evaluated as
 * a batch (chunks of applicants sharing one rule session) give exactly the bytes recorded before sessions were
 * chunked ({@code chunked-outputs.properties}: the SHA-256 of every result line), and the first 2,000, with the
 * rules fired, give the same lines evaluated one by one (a chunk of one each) as in chunks.
 *
 * <p>The receipts' rules digest is left out of the comparison: it covers the rule files and compiled classes, which
 * is exactly what restructuring changes. Everything else — every award, exclusion, condition, indicator, deadline,
 * text, citation, the request digest — is compared byte for byte. A policy without a recorded digest fails; record it
 * from a trusted build with {@code -Dgolden.write=true} (only when its decisions are meant to change).
 */
class ChunkedOutputsTest {
    private static final int REQUESTS = 100_000;
    private static final int ONE_BY_ONE = 2_000;
    private static final long SEED = 20261130L;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Pattern RULES_DIGEST = Pattern.compile("\"rules\":\"sha256:[0-9a-f]{64}\"");
    private static final Path RECORDED = Path.of("src/test/resources/chunked-outputs.properties");
    private static final RulesEngine ENGINE = RulesEngine.builder().build();

    @TestFactory
    Stream<DynamicTest> everyPolicyDecidesAsBeforeInChunksAndOneByOne() throws IOException {
        Properties recorded = new Properties();
        try (InputStream in = Files.newInputStream(RECORDED)) {
            recorded.load(in);
        }
        boolean write = Boolean.getBoolean("golden.write");
        TreeMap<String, String> computed = new TreeMap<>();
        return Stream.concat(ENGINE.policies().stream().map(PolicyDescription::id).map(id -> DynamicTest.dynamicTest(id,
                () -> {
                    byte[] input = Population.batchInput(id, REQUESTS, SEED);
                    LineDigest batch = new LineDigest(0);
                    run(input, 2, false, batch);
                    computed.put(id, batch.hex());
                    assertThat(batch.lines).isEqualTo(REQUESTS);
                    if (!write) {
                        assertThat(recorded.getProperty(id)).as("no recorded digest for %s: record it with "
                                + "-Dgolden.write=true from a build whose decisions are trusted", id).isNotNull();
                        assertThat(batch.hex()).as("%s: 100,000 results differ from those recorded", id)
                                .isEqualTo(recorded.getProperty(id));
                    }
                    // the first 2,000 with the rules fired, in chunks and then each alone: the same bytes
                    byte[] first = java.util.Arrays.copyOf(input, prefix(input, ONE_BY_ONE));
                    LineDigest chunked = new LineDigest(ONE_BY_ONE);
                    run(first, 2, true, chunked);
                    String[] inLines = new String(first, StandardCharsets.UTF_8).split("\n");
                    for (int i = 0; i < ONE_BY_ONE; i++) {
                        LineDigest single = new LineDigest(1);
                        run((inLines[i] + "\n").getBytes(StandardCharsets.UTF_8), 1, true, single);
                        String line = single.kept.get(0).replace("\"line\":1", "\"line\":" + (i + 1));
                        assertThat(line).as("%s line %d alone", id, i + 1).isEqualTo(chunked.kept.get(i));
                    }
                })), Stream.of(DynamicTest.dynamicTest("record", () -> {
                    if (write) {
                        StringBuilder s = new StringBuilder("# SHA-256 of the 100,000 result lines per policy "
                                + "(rules digest neutralised); see ChunkedOutputsTest\n");
                        computed.forEach((k, v) -> s.append(k).append('=').append(v).append('\n'));
                        Files.writeString(RECORDED, s.toString());
                    }
                })));
    }

    private static void run(byte[] input, int threads, boolean trace, LineDigest out) {
        try (out) {
            JsonLinesBatch.builder(ENGINE).language(Language.ZH).today(TODAY).threads(threads).trace(trace).build()
                    .run(new ByteArrayInputStream(input), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The length of the first {@code n} lines. */
    private static int prefix(byte[] b, int n) {
        int seen = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n' && ++seen == n) {
                return i + 1;
            }
        }
        return b.length;
    }

    /**
     * Digests a batch's output line by line as it streams (100,000 results do not fit in a string), with the rules
     * digest neutralised, and keeps the first lines for the one-by-one comparison.
     */
    private static final class LineDigest extends OutputStream {
        private final int keep;
        private final MessageDigest sha;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        final java.util.List<String> kept = new java.util.ArrayList<>();
        long lines;

        LineDigest(int keep) {
            this.keep = keep;
            try {
                this.sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void write(int b) {
            if (b != '\n') {
                line.write(b);
                return;
            }
            String text = line.toString(StandardCharsets.UTF_8);
            line.reset();
            lines++;
            if (kept.size() < keep) {
                kept.add(text);
            }
            sha.update(RULES_DIGEST.matcher(text).replaceAll("\"rules\":\"-\"").getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }

        @Override
        public void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                write(b[i]);
            }
        }

        private String hex;

        String hex() {
            if (hex == null) {
                hex = HexFormat.of().formatHex(sha.digest());
            }
            return hex;
        }
    }
}
