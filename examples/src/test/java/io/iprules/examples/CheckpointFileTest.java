package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iprules.Language;
import io.iprules.batch.Checkpoint;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch's checkpoint file, read back on {@code --resume} without running the command: what it records comes back
 * as written, and a field that is not what {@code writeCheckpoint} writes (a count that is no whole number a long
 * holds, a negative one, a digest not in lower-case hex, run settings of another shape) is refused, exit 2, rather
 * than resumed from.
 */
class CheckpointFileTest {
    private static final String SHA = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final String BAD = "--resume: %s: not a checkpoint this version of ip-rules batch writes (another "
            + "version's, or no checkpoint at all): start again without --resume";

    @TempDir
    Path tmp;

    private Path partial() throws Exception {
        Path partial = tmp.resolve("out.jsonl.partial");
        Files.write(partial, new byte[100]);
        return partial;
    }

    private Path checkpoint(String json) throws Exception {
        return Files.writeString(tmp.resolve("out.jsonl.partial.checkpoint"), json + "\n", StandardCharsets.UTF_8);
    }

    private static String fields(String lines, String inputBytes, String sha, String outputBytes, String crc) {
        return "{\"lines\":" + lines + ",\"inputBytes\":" + inputBytes + ",\"inputSha256\":" + sha + ",\"outputBytes\":"
                + outputBytes + ",\"outputCrc32c\":" + crc
                + ",\"run\":{\"language\":\"en\",\"trace\":false,\"asOf\":null,\"today\":\"2026-12-05\"},\"engine\":"
                + ENGINE_JSON + "}";
    }

    private static final String ENGINE_JSON = "{\"p-1\":{\"library\":\"0.2.0\",\"parameters\":\"sha256:2\","
            + "\"policyVersion\":\"1\",\"rules\":\"sha256:1\"}}";
    private static final java.util.SortedMap<String, java.util.SortedMap<String,
            String>> ENGINE = new java.util.TreeMap<>(
            java.util.Map.of("p-1", new java.util.TreeMap<>(java.util.Map.of("library", "0.2.0", "policyVersion", "1",
                    "rules", "sha256:1", "parameters", "sha256:2", "data.calendar", "sha256:3"))));

    @Test
    void whatACheckpointRecordsIsReadBackAsWritten() throws Exception {
        Path file = tmp.resolve("out.jsonl.partial.checkpoint");
        Checkpoint c = new Checkpoint(3, 120, SHA, 90, "0a1b2c3d", ENGINE);
        for (Targets.RunSettings run : java.util.List.of(
                new Targets.RunSettings(Language.EN, true, LocalDate.of(2020, 6, 30), LocalDate.of(2026, 12, 5)),
                new Targets.RunSettings(Language.ZH, false, null, LocalDate.of(2026, 12, 4)))) {
            Targets.writeCheckpoint(file, c, run, Language.EN);
            assertThat(Targets.readCheckpoint(partial(), file, Language.EN)).isEqualTo(c);
            assertThat(Targets.readRunSettings(file, Language.EN)).isEqualTo(run);
        }
    }

    /**
     * The engine the run was started with (every policy's receipt parts) is part of a checkpoint: one without it (an
     * earlier version's, which a resume under another engine could continue when its kept lines were all errors) or
     * with one of another shape is refused.
     */
    @Test
    void aCheckpointWithoutItsEngineIsRefused() throws Exception {
        String valid = fields("1", "10", "\"" + SHA + "\"", "10", "\"0a1b2c3d\"");
        assertThat(Targets.readCheckpoint(partial(), checkpoint(valid), Language.EN).engine())
                .containsOnlyKeys("p-1");
        for (String json : java.util.List.of(
                valid.replace(",\"engine\":" + ENGINE_JSON, ""),
                valid.replace(ENGINE_JSON, "{}"),
                valid.replace(ENGINE_JSON, "[]"),
                valid.replace(ENGINE_JSON, "{\"p-1\":\"sha256:1\"}"),
                valid.replace(ENGINE_JSON, "{\"p-1\":{\"rules\":1}}"))) {
            Path file = checkpoint(json);
            assertThatThrownBy(() -> Targets.readCheckpoint(partial(), file, Language.EN)).as(json)
                    .isInstanceOf(InvalidInputException.class).hasMessage(BAD.formatted(file));
        }
    }

    @Test
    void aCountThatIsNoWholeNonNegativeLongIsRefused() throws Exception {
        String crc = "\"0a1b2c3d\"";
        String sha = "\"" + SHA + "\"";
        for (String json : java.util.List.of(
                fields("1.5", "10", sha, "10", crc),                       // not a whole number
                fields("\"1\"", "10", sha, "10", crc),                     // a text
                fields("1", "18446744073709551626", sha, "10", crc),      // 2^64 + 10: a long would read 10
                fields("-1", "10", sha, "10", crc),
                fields("1", "-1", sha, "10", crc),
                fields("1", "10", sha, "-1", crc),
                fields("1", "10", sha, "101", crc))) {                     // more than the .partial's 100 bytes
            Path file = checkpoint(json);
            assertThatThrownBy(() -> Targets.readCheckpoint(partial(), file, Language.EN)).as(json)
                    .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("--resume: " + file + ": ");
        }
    }

    @Test
    void aDigestOrChecksumNotInLowerCaseHexIsRefused() throws Exception {
        String sha = "\"" + SHA + "\"";
        for (String json : java.util.List.of(
                fields("1", "10", sha, "10", "12345678"),                  // a number, not a text
                fields("1", "10", sha, "10", "\"0A1B2C3D\""),
                fields("1", "10", sha, "10", "\"0a1b2c3\""),
                fields("1", "10", "\"" + SHA.toUpperCase(java.util.Locale.ROOT) + "\"", "10", "\"0a1b2c3d\""))) {
            Path file = checkpoint(json);
            assertThatThrownBy(() -> Targets.readCheckpoint(partial(), file, Language.EN)).as(json)
                    .isInstanceOf(InvalidInputException.class).hasMessage(BAD.formatted(file));
        }
    }

    @Test
    void runSettingsOfAnotherShapeAreRefused() throws Exception {
        for (String run : java.util.List.of(
                "{\"language\":1,\"trace\":false,\"asOf\":null,\"today\":\"2026-12-05\"}",
                "{\"language\":\"en\",\"trace\":\"false\",\"asOf\":null,\"today\":\"2026-12-05\"}",
                "{\"language\":\"en\",\"trace\":false,\"asOf\":null,\"today\":20261205}",
                "{\"language\":\"en\",\"trace\":false,\"today\":\"2026-12-05\"}",
                "{\"language\":\"en\",\"trace\":false,\"asOf\":20200630,\"today\":\"2026-12-05\"}")) {
            Path file = checkpoint("{\"lines\":0,\"run\":" + run + "}");
            assertThatThrownBy(() -> Targets.readRunSettings(file, Language.EN)).as(run)
                    .isInstanceOf(InvalidInputException.class).hasMessage(BAD.formatted(file));
        }
    }

    @Test
    void nothingToResumeWhenThePartialIsNotThere() throws Exception {
        Path partial = tmp.resolve("out.jsonl.partial");
        Path file = checkpoint(fields("0", "0", "\"" + SHA + "\"", "0", "\"00000000\""));
        assertThatThrownBy(() -> Targets.readCheckpoint(partial, file, Language.EN))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("--resume: nothing to resume: " + partial + " does not exist");
    }
}
