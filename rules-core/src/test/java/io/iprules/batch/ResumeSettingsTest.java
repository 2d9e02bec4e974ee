package io.iprules.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iprules.Language;
import io.iprules.RulesEngine;
import io.iprules.fixture.ToyInstall;
import io.iprules.fixture.ToyPolicy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run resumed from Java is held to the settings of the run it continues, as the command line's is: each kept
 * result records its language and dates in its receipt, and carries a trace or none; a run that would write other
 * lines is refused, or one file would hold two kinds of lines.
 */
class ResumeSettingsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 2);
    private static RulesEngine engine;
    private static byte[] input;
    private static byte[] output;
    private static Checkpoint kept;

    @BeforeAll
    static void aWholeRun(@TempDir Path tmp) throws Exception {
        try (URLClassLoader l = ToyInstall.loader(ToyInstall.folder(tmp, ToyInstall.toy(ToyPolicy.ID)))) {
            engine = RulesEngine.builder().classLoader(l).withoutDiscovery().module(new ToyPolicy()).build();
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 20; i++) { // every other request without asOf: evaluated as of today
            b.append("{\"policy\":\"toy-2020\",").append(i % 2 == 0 ? "\"asOf\":\"2020-06-30\"," : "")
                    .append("\"applicant\":{\"name\":\"n").append(i).append("\",\"count\":1}}\n");
        }
        input = b.toString().getBytes(StandardCharsets.UTF_8);
        List<Checkpoint> checkpoints = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLinesBatch.builder(engine).chunk(4).today(TODAY).checkpoints(checkpoints::add).build()
                .run(new ByteArrayInputStream(input), out);
        output = out.toByteArray();
        kept = checkpoints.get(1); // 8 lines kept
    }

    private static void resume(UnaryOperator<JsonLinesBatch.Builder> settings) throws Exception {
        byte[] keptBytes = Arrays.copyOf(output, (int) kept.outputBytes());
        ByteArrayOutputStream rest = new ByteArrayOutputStream();
        settings.apply(JsonLinesBatch.builder(engine).chunk(4).today(TODAY))
                .resume(kept, new ByteArrayInputStream(keptBytes)).build().run(new ByteArrayInputStream(input), rest);
        assertThat(keptBytes.length + rest.size()).isEqualTo(output.length);
    }

    @Test
    void theSameSettingsResume() throws Exception {
        resume(b -> b.language(Language.ZH));
    }

    @Test
    void anotherLanguageIsRefused() {
        assertThatThrownBy(() -> resume(b -> b.language(Language.EN))).isInstanceOf(ResumeException.class)
                .hasMessage("line 1 of the kept output is in zh, this run writes en: resume in the interrupted run's "
                        + "language")
                .satisfies(e -> assertThat(((ResumeException) e).text().in(Language.ZH))
                        .isEqualTo("已保留的输出第 1 行的语言是 zh,本次运行写 en:请以中断的运行的语言续跑"));
    }

    @Test
    void aTraceWhereTheKeptLinesHaveNoneIsRefused() {
        assertThatThrownBy(() -> resume(b -> b.trace(true))).isInstanceOf(ResumeException.class)
                .hasMessage("line 1 of the kept output has no trace, this run writes one: resume with the interrupted "
                        + "run's settings");
    }

    /** The 8 lines kept by a run of {@link #input} with {@code settings}, resumed with {@code resumed}. */
    private static void resume(UnaryOperator<JsonLinesBatch.Builder> settings,
            UnaryOperator<JsonLinesBatch.Builder> resumed) throws Exception {
        List<Checkpoint> checkpoints = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        settings.apply(JsonLinesBatch.builder(engine).chunk(4).today(TODAY)).checkpoints(checkpoints::add).build()
                .run(new ByteArrayInputStream(input), out);
        Checkpoint eight = checkpoints.get(1);
        ByteArrayOutputStream rest = new ByteArrayOutputStream();
        resumed.apply(JsonLinesBatch.builder(engine).chunk(4).today(TODAY))
                .resume(eight, new ByteArrayInputStream(Arrays.copyOf(out.toByteArray(), (int) eight.outputBytes())))
                .build().run(new ByteArrayInputStream(input), rest);
        assertThat(eight.outputBytes() + rest.size()).isEqualTo(out.size());
    }

    @Test
    void aTraceMissingOrWhereTheKeptLinesHaveNoneIsRefusedInBothLanguages() throws Exception {
        assertThatThrownBy(() -> resume(b -> b.trace(true))).isInstanceOf(ResumeException.class)
                .satisfies(e -> assertThat(((ResumeException) e).text().in(Language.ZH))
                        .isEqualTo("已保留的输出第 1 行没有规则轨迹(trace),本次运行写:请以中断的运行的设置续跑"));
        assertThatThrownBy(() -> resume(b -> b.trace(true), b -> b.trace(false))).isInstanceOf(ResumeException.class)
                .hasMessage("line 1 of the kept output has a trace, this run writes none: resume with the interrupted "
                        + "run's settings")
                .satisfies(e -> assertThat(((ResumeException) e).text().in(Language.ZH))
                        .isEqualTo("已保留的输出第 1 行带有规则轨迹(trace),本次运行不写:请以中断的运行的设置续跑"));
        resume(b -> b.trace(true), b -> b.trace(true));
    }

    /**
     * A run that overrode every date resumes with the same override only: another date, or none (each request's own
     * date, today where it gives none), would date the lines after the checkpoint otherwise than the kept ones.
     */
    @Test
    void aRunThatOverrodeItsDatesResumesWithTheSameOverrideOnly() throws Exception {
        LocalDate june30 = LocalDate.of(2020, 6, 30);
        resume(b -> b.asOf(june30), b -> b.asOf(june30));
        assertThatThrownBy(() -> resume(b -> b.asOf(june30), b -> b.asOf(june30.plusDays(1))))
                .isInstanceOf(ResumeException.class)
                .hasMessage("line 1 of the kept output was evaluated as of 2020-06-30 (OVERRIDE), this run evaluates "
                        + "every request as of 2020-07-01: resume with the interrupted run's dates")
                .satisfies(e -> assertThat(((ResumeException) e).text().in(Language.ZH))
                        .isEqualTo("已保留的输出第 1 行按 2020-06-30 评估(OVERRIDE),本次运行一律按 2020-07-01 评估:"
                                + "请以中断的运行的日期续跑"));
        assertThatThrownBy(() -> resume(b -> b.asOf(june30), b -> b)).isInstanceOf(ResumeException.class)
                .hasMessage("line 1 of the kept output was evaluated as of 2020-06-30 (OVERRIDE), this run evaluates "
                        + "as of each request's asOf, 2026-01-02 where it gives none: resume with the interrupted "
                        + "run's dates")
                .satisfies(e -> assertThat(((ResumeException) e).text().in(Language.ZH))
                        .isEqualTo("已保留的输出第 1 行按 2020-06-30 评估(OVERRIDE),本次运行按请求的 asOf 评估,未给出时按 "
                                + "2026-01-02:请以中断的运行的日期续跑"));
    }

    @Test
    void anotherTodayOrAnOverridingDateIsRefused() {
        // line 2 has no asOf: evaluated as of 2026-01-02 then, as of 2026-01-03 now
        assertThatThrownBy(() -> resume(b -> b.today(TODAY.plusDays(1)))).isInstanceOf(ResumeException.class)
                .hasMessage("line 2 of the kept output was evaluated as of 2026-01-02 (DEFAULT), this run evaluates as "
                        + "of each request's asOf, 2026-01-03 where it gives none: resume with the interrupted run's "
                        + "dates");
        assertThatThrownBy(() -> resume(b -> b.asOf(LocalDate.of(2020, 6, 30)))).isInstanceOf(ResumeException.class)
                .hasMessage("line 1 of the kept output was evaluated as of 2020-06-30 (REQUEST), this run evaluates "
                        + "every request as of 2020-06-30: resume with the interrupted run's dates");
    }
}
