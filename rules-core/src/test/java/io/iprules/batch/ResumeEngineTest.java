package io.iprules.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iprules.ParameterInfo;
import io.iprules.ParameterUnit;
import io.iprules.PolicyDescription;
import io.iprules.RulesEngine;
import io.iprules.Text;
import io.iprules.fixture.ToyInstall;
import io.iprules.fixture.ToyPolicy;
import io.iprules.spi.Evaluation;
import io.iprules.Outcome;
import io.iprules.spi.PolicyModule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run is resumed only by the engine that decided the results it keeps: with other deployment parameters, other
 * rules or without the policy, the kept lines and the new ones would be two engines' decisions in one file that
 * reads as one run. Over the toy policy's real rule base, with one amount its text leaves open.
 */
class ResumeEngineTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 2);
    /** The open amount's value in the interrupted run's deployment. */
    private static final String GRANT = "500000";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    private int installs;

    /**
     * The toy policy with one amount its text leaves to implementing rules (另行制订): no value unless a deployment gives
     * one.
     */
    static final class OpenAmountToy implements PolicyModule {
        private final ToyPolicy toy = new ToyPolicy();

        @Override
        public String id() {
            return ToyPolicy.ID;
        }

        @Override
        public PolicyDescription describe() {
            return toy.describe().withParameters(List.of(new ParameterInfo("TOY_GRANT", ParameterUnit.YUAN, "toy §2",
                    Text.plain("grant"), true, List.of())));
        }

        @Override
        public List<Outcome> evaluate(List<Evaluation> chunk) {
            return toy.evaluate(chunk);
        }
    }

    /** The toy's rule file as installed (only its digest is read). */
    private static final String DRL = "rule \"positive\" when ... then ... end";

    /** An engine over the toy's rule base; {@code grant} the deployment's value of the open amount, or none. */
    private RulesEngine engine(PolicyModule module, String kbase, String grant) throws IOException {
        return engine(module, kbase, grant, DRL);
    }

    private RulesEngine engine(PolicyModule module, String kbase, String grant, String drl) throws IOException {
        Map<String, String> files = new LinkedHashMap<>(ToyInstall.toy(kbase));
        files.put("io/iprules/fixture/toy.drl", drl);
        try (URLClassLoader l = ToyInstall.loader(ToyInstall.folder(tmp.resolve("m" + installs++), files))) {
            RulesEngine.Builder b = RulesEngine.builder().classLoader(l).withoutDiscovery().module(module);
            if (grant != null) {
                b.parameter(ToyPolicy.ID, "TOY_GRANT", ToyPolicy.IN_FORCE, grant, "toy implementing rule 1");
            }
            return b.build();
        }
    }

    /** 30 requests; line 1 and every seventh are not valid requests, so their results are error lines. */
    private static byte[] input() {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            b.append(i % 7 == 1 ? "{\"policy\":\"toy-2020\",\"asOf\":\"2020-06-30\",\"applicant\":{\"name\":\"甲" + i
                    + "\"}}" : "{\"policy\":\"toy-2020\",\"asOf\":\"2020-06-30\",\"applicant\":{\"name\":\"甲" + i
                    + "\",\"count\":" + (i % 3) + "}}").append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private record Interrupted(byte[] whole, Checkpoint checkpoint, byte[] kept) {
    }

    /** The whole run with {@code engine}, and what a run killed after its second checkpoint keeps. */
    private static Interrupted run(RulesEngine engine, byte[] in) throws IOException {
        return run(engine, in, 8);
    }

    /** As {@link #run(RulesEngine, byte[])}, in chunks of {@code chunk} lines: it keeps two chunks. */
    private static Interrupted run(RulesEngine engine, byte[] in, int chunk) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Checkpoint> checkpoints = new ArrayList<>();
        JsonLinesBatch.builder(engine).threads(2).chunk(chunk).today(TODAY).checkpoints(checkpoints::add).build()
                .run(new ByteArrayInputStream(in), out);
        Checkpoint c = checkpoints.get(1);
        assertThat(c.lines()).isEqualTo(2L * chunk);
        return new Interrupted(out.toByteArray(), c, Arrays.copyOf(out.toByteArray(), (int) c.outputBytes()));
    }

    /** Resumes {@code run} with {@code engine}, which must refuse before writing anything. */
    private static ResumeException refused(RulesEngine engine, Interrupted run, byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResumeException e = catchThrowableOfType(() -> JsonLinesBatch.builder(engine).chunk(8).today(TODAY)
                .resume(run.checkpoint(), new ByteArrayInputStream(run.kept())).build()
                .run(new ByteArrayInputStream(in), out), ResumeException.class);
        assertThat(e).as("refused").isNotNull();
        assertThat(out.size()).as("nothing written").isZero();
        return e;
    }

    /** The receipt of line {@code n} of a batch's output. */
    private static JsonNode receipt(byte[] output, int n) throws IOException {
        String line = new String(output, StandardCharsets.UTF_8).split("\n")[n - 1];
        return JSON.readTree(line).get("receipt");
    }

    @Test
    void aRunDecidedWithOtherParameterValuesIsNotResumedWithoutThem() throws Exception {
        byte[] in = input();
        Interrupted run = run(engine(new OpenAmountToy(), ToyPolicy.ID, GRANT), in);
        assertThat(receipt(run.kept(), 1)).as("line 1 is an error line").isNull();
        // the engine of a run resumed without the deployment's parameter file: the amount has no value
        RulesEngine without = engine(new OpenAmountToy(), ToyPolicy.ID, null);
        ResumeException e = refused(without, run, in);

        String recorded = receipt(run.kept(), 2).get("parameters").asText();
        String now = receipt(run(without, in).whole(), 2).get("parameters").asText();
        assertThat(recorded).isNotEqualTo(now);
        assertThat(e.differences()).containsExactly(
                new ResumeException.Difference(ToyPolicy.ID, "parameters", recorded, now));
        // told from the engine the checkpoint recorded when the run started
        assertThat(e.startedWithAnotherEngine()).isTrue();
        assertThat(e).hasMessageContaining("the interrupted run was started with another engine than this one")
                .hasMessageContaining("toy-2020 parameters: recorded " + recorded + ", now " + now)
                .hasMessageContaining("start again without resuming");
        // a checkpoint that does not record it (made by hand with the older constructors): the first kept result
        ResumeException fromKept = refused(without, withoutEngine(run), in);
        assertThat(fromKept.startedWithAnotherEngine()).isFalse();
        assertThat(fromKept.differences()).isEqualTo(e.differences());
        assertThat(fromKept).hasMessageContaining("the kept results of policy toy-2020 were decided by another engine")
                .hasMessageContaining("parameters: recorded " + recorded + ", now " + now);

        // another value of the amount is another deployment too
        assertThat(refused(engine(new OpenAmountToy(), ToyPolicy.ID, "200000"), run, in).differences())
                .extracting(ResumeException.Difference::part).containsExactly("parameters");
    }

    /**
     * The kept lines are checked before anything is evaluated, and a bar is told of them as they are (every 1,024
     * lines): a million take seconds, and a bar left at 0 looked stuck.
     */
    @Test
    void aResumedRunTellsItsProgressWhileItChecksTheKeptLines() throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= 2100; i++) {
            b.append("{\"policy\":\"toy-2020\",\"asOf\":\"2020-06-30\",\"applicant\":{\"name\":\"甲").append(i)
                    .append("\",\"count\":1}}\n");
        }
        byte[] in = b.toString().getBytes(StandardCharsets.UTF_8);
        RulesEngine engine = engine(new OpenAmountToy(), ToyPolicy.ID, GRANT);
        Interrupted run = run(engine, in, 1024);
        Checkpoint two = run.checkpoint();

        List<long[]> told = new ArrayList<>();
        JsonLinesBatch.builder(engine).threads(1).chunk(1024).today(TODAY)
                .resume(two, new ByteArrayInputStream(run.kept()))
                .progress((lines, bytes) -> told.add(new long[] {lines, bytes})).build()
                .run(new ByteArrayInputStream(in), new ByteArrayOutputStream());
        int lineBytes = in.length / 2100 + 1; // lines 1000 to 2100 are one byte longer than lines 100 to 999
        assertThat(told.get(0)[0]).isEqualTo(1024);
        assertThat(told.get(1)[0]).isEqualTo(2048);
        assertThat(told.get(1)[1]).as("the input bytes of the lines checked").isEqualTo(two.inputBytes())
                .isLessThan(2048L * lineBytes);
        assertThat(told.get(told.size() - 1)[0]).isEqualTo(2100);
    }

    @Test
    void theSameDeploymentResumesIntoTheBytesOfARunNeverInterrupted() throws Exception {
        byte[] in = input();
        Interrupted run = run(engine(new OpenAmountToy(), ToyPolicy.ID, GRANT), in);
        // another engine built the same way, as a resumed command builds its own
        RulesEngine same = engine(new OpenAmountToy(), ToyPolicy.ID, GRANT);
        ByteArrayOutputStream rest = new ByteArrayOutputStream();
        BatchSummary s = JsonLinesBatch.builder(same).threads(2).chunk(8).today(TODAY)
                .resume(run.checkpoint(), new ByteArrayInputStream(run.kept())).build()
                .run(new ByteArrayInputStream(in), rest);
        ByteArrayOutputStream together = new ByteArrayOutputStream();
        together.write(run.kept());
        rest.writeTo(together);
        assertThat(together.toString(StandardCharsets.UTF_8))
                .isEqualTo(new String(run.whole(), StandardCharsets.UTF_8));
        // lines 1, 8, 15, 22 and 29 lack a count
        assertThat(s.requests()).isEqualTo(30);
        assertThat(s.invalid()).isEqualTo(5);
    }

    @Test
    void otherRulesOrAnEngineWithoutThePolicyAreRefusedToo() throws Exception {
        byte[] in = input();
        Interrupted run = run(engine(new OpenAmountToy(), ToyPolicy.ID, GRANT), in);

        RulesEngine edited = engine(new OpenAmountToy(), ToyPolicy.ID, GRANT, DRL + " // edited");
        String recorded = receipt(run.kept(), 2).get("rules").asText();
        String now = receipt(run(edited, in).whole(), 2).get("rules").asText();
        assertThat(refused(edited, run, in).differences()).containsExactly(
                new ResumeException.Difference(ToyPolicy.ID, "rules", recorded, now));

        ResumeException missing = refused(engine(new ToyPolicy("toy-2021"), "toy-2021", null), run, in);
        assertThat(missing.differences()).containsExactly(
                new ResumeException.Difference(ToyPolicy.ID, "policy", ToyPolicy.ID, "none"),
                new ResumeException.Difference("toy-2021", "policy", "none", "toy-2021"));
        assertThat(refused(engine(new ToyPolicy("toy-2021"), "toy-2021", null), withoutEngine(run), in)
                .differences()).containsExactly(
                new ResumeException.Difference(ToyPolicy.ID, "policy", ToyPolicy.ID, "none"));
    }

    /** The same interrupted run, its checkpoint without the engine (as the older constructors make one). */
    private static Interrupted withoutEngine(Interrupted run) {
        assertThat(run.checkpoint().engine()).as("a batch's checkpoints record its engine").isNotNull();
        return new Interrupted(run.whole(), run.checkpoint().withEngine(null), run.kept());
    }

    /**
     * A kept part of error lines only carries no receipt to compare: the engine the checkpoint recorded when the run
     * started is, so another engine is refused all the same (helper-156 resumed a run whose first 2,048 lines were
     * refusals with a build that then met, for the rest, what the first build refused).
     */
    @Test
    void aKeptPartOfErrorLinesOnlyIsNotContinuedByAnotherEngine() throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            b.append("{\"policy\":\"toy-2020\",\"asOf\":\"2020-06-30\",\"applicant\":{\"name\":\"甲").append(i)
                    .append(i <= 8 ? "\"}}" : "\",\"count\":1}}").append('\n'); // lines 1-8 lack their count
        }
        byte[] in = b.toString().getBytes(StandardCharsets.UTF_8);
        Interrupted run = run(engine(new OpenAmountToy(), ToyPolicy.ID, GRANT), in, 4);
        assertThat(new String(run.kept(), StandardCharsets.UTF_8)).doesNotContain("receipt");
        RulesEngine without = engine(new OpenAmountToy(), ToyPolicy.ID, null);
        ResumeException e = refused(without, run, in);
        assertThat(e.startedWithAnotherEngine()).isTrue();
        assertThat(e.differences()).extracting(ResumeException.Difference::part).containsExactly("parameters");
        assertThat(run.checkpoint().engine().get(ToyPolicy.ID)).containsOnlyKeys("library", "policyVersion", "rules",
                "parameters");
        // the same engine again continues it
        ByteArrayOutputStream rest = new ByteArrayOutputStream();
        JsonLinesBatch.builder(engine(new OpenAmountToy(), ToyPolicy.ID, GRANT)).chunk(4).today(TODAY)
                .resume(run.checkpoint(), new ByteArrayInputStream(run.kept())).build()
                .run(new ByteArrayInputStream(in), rest);
        assertThat(run.kept().length + rest.size()).isEqualTo(run.whole().length);
    }

    /**
     * A run stopped before its first chunk records its engine too: {@code nothingKept} is the first checkpoint. Such a
     * run kept nothing to mix with, so another engine resumes it, and its checkpoints record that engine: a resume of
     * them under the first is refused.
     */
    @Test
    void theFirstCheckpointRecordsTheEngine() throws Exception {
        RulesEngine engine = engine(new OpenAmountToy(), ToyPolicy.ID, GRANT);
        Checkpoint first = JsonLinesBatch.nothingKept(engine);
        assertThat(first.lines()).isZero();
        Interrupted run = run(engine, input());
        assertThat(first.engine()).isEqualTo(run.checkpoint().engine());

        RulesEngine other = engine(new OpenAmountToy(), ToyPolicy.ID, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Checkpoint> checkpoints = new ArrayList<>();
        JsonLinesBatch.builder(other).threads(2).chunk(8).today(TODAY).checkpoints(checkpoints::add)
                .resume(first, new ByteArrayInputStream(new byte[0])).build()
                .run(new ByteArrayInputStream(input()), out);
        assertThat(out.toByteArray()).as("every line answered by the other engine")
                .isEqualTo(run(other, input()).whole());
        assertThat(checkpoints.get(1).engine()).isNotEqualTo(first.engine());
        Interrupted underOther = new Interrupted(out.toByteArray(), checkpoints.get(1),
                Arrays.copyOf(out.toByteArray(), (int) checkpoints.get(1).outputBytes()));
        assertThat(refused(engine, underOther, input()).startedWithAnotherEngine()).isTrue();
    }

    @Test
    void aKeptReceiptThatIsNotOneTheBatchWritesIsRefused() throws Exception {
        byte[] in = input();
        Interrupted run = run(engine(new OpenAmountToy(), ToyPolicy.ID, GRANT), in);
        String broken = new String(run.kept(), StandardCharsets.UTF_8)
                .replaceFirst("\"rules\":\"sha256:", "\"rules\":1,\"x\":\"");
        Interrupted edited = new Interrupted(run.whole(), run.checkpoint(), broken.getBytes(StandardCharsets.UTF_8));
        // the checkpoint's byte count no longer matters: the kept output is read to its end
        ResumeException e = refused(engine(new OpenAmountToy(), ToyPolicy.ID, GRANT), edited, in);
        assertThat(e).hasMessage("line 2 of the kept output has a receipt without its rules");
        assertThat(e.differences()).isEmpty();
    }
}
