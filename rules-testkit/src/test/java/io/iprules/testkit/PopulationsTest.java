package io.iprules.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import io.iprules.spi.RequestGenerator;
import io.iprules.testkit.toy.ToyPolicy;
import io.iprules.testkit.toy.ToyPopulation;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What every generator owes, checked on the toy policy's population: passing for it, failing for one that breaks it.
 */
class PopulationsTest {
    private static final RulesEngine ENGINE = RulesEngine.builder().build();

    /** The checks by name, each as the executable JUnit would run. */
    private static Map<String, Executable> checks(RequestGenerator g) {
        return Populations.checks(g).collect(Collectors.toMap(DynamicTest::getDisplayName, DynamicTest::getExecutable));
    }

    @Test
    void drawsCountRequestsTheSameForASeed() {
        List<String> a = Populations.draw(new ToyPopulation(), 1L, 5);
        assertThat(a).hasSize(5).doesNotHaveDuplicates().isEqualTo(Populations.draw(new ToyPopulation(), 1L, 5));
        assertThat(Populations.draw(new ToyPopulation(), 1L, 0)).isEmpty();
    }

    @Test
    void theToyPopulationPassesEveryCheck() throws Throwable {
        Map<String, Executable> checks = checks(new ToyPopulation());
        assertThat(checks).containsOnlyKeys("found by the service loader",
                "the same seed gives the same requests, another seed others",
                "the same seed gives the same requests whatever the JVM's locale",
                "each request is one line with its policy and as-of date first");
        for (Executable e : checks.values()) {
            e.execute();
        }
    }

    /** A generator of the toy policy that the service loader does not know: another class than the one it finds. */
    @Test
    void aGeneratorTheServiceLoaderDoesNotFindFails() {
        RequestGenerator unknown = new RequestGenerator() {
            @Override
            public String policy() {
                return ToyPolicy.ID;
            }

            @Override
            public String next(RandomGenerator random) {
                return new ToyPopulation().next(random);
            }
        };
        assertThatThrownBy(() -> checks(unknown).get("found by the service loader").execute())
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void aGeneratorIgnoringItsSeedFails() {
        assertThatThrownBy(() -> checks(generator(r -> "{\"policy\":\"toy-2020\",\"asOf\":\"2021-01-01\"}"))
                .get("the same seed gives the same requests, another seed others").execute())
                .isInstanceOf(AssertionError.class).hasMessageContaining("a request drawn twice");
        int[] calls = {0};
        assertThatThrownBy(() -> checks(generator(r -> "{\"policy\":\"toy-2020\",\"asOf\":\"2021-01-01\",\"n\":"
                + calls[0]++ + "}")).get("the same seed gives the same requests, another seed others").execute())
                .isInstanceOf(AssertionError.class);
    }

    /** A number written in the JVM's locale (Arabic-Indic digits under ar-SA): another file on another machine. */
    @Test
    void aGeneratorWritingInTheJvmsLocaleFails() {
        assertThatThrownBy(() -> checks(generator(r -> String.format("{\"policy\":\"toy-2020\",\"asOf\":\"2021-01-01\","
                + "\"n\":\"%d\"}",
                r.nextInt(1_000_000)))).get("the same seed gives the same requests whatever the JVM's locale")
                .execute()).isInstanceOf(AssertionError.class).hasMessageContaining("ar-SA, request 1");
        Executable rooted = checks(generator(r -> String.format(java.util.Locale.ROOT, "{\"policy\":\"toy-2020\","
                + "\"asOf\":\"2021-01-01\",\"n\":\"%d\"}", r.nextInt(1_000_000))))
                .get("the same seed gives the same requests whatever the JVM's locale");
        org.assertj.core.api.Assertions.assertThatCode(rooted::execute).doesNotThrowAnyException();
    }

    @Test
    void aRequestOfTwoLinesOrWithoutItsPolicyFirstFails() {
        String check = "each request is one line with its policy and as-of date first";
        assertThatThrownBy(() -> checks(generator(r -> "{\"policy\":\"toy-2020\",\"asOf\":\"2021-01-01\",\n\"n\":"
                + r.nextLong() + "}")).get(check).execute())
                .isInstanceOf(AssertionError.class).hasMessageContaining("a request of two lines");
        assertThatThrownBy(() -> checks(generator(r -> "{\"asOf\":\"2021-01-01\",\"policy\":\"toy-2020\",\"n\":"
                + r.nextLong() + "}")).get(check).execute())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected {\"policy\":\"toy-2020\",\"asOf\":\"…");
    }

    @Test
    void evaluatesEveryLineThroughTheContract() {
        List<JsonContract.Evaluated> out = Populations.evaluate(ENGINE, List.of(
                "{\"policy\":\"toy-2020\",\"asOf\":\"2021-01-01\",\"applicant\":{\"name\":\"a\",\"count\":2}}",
                "{\"policy\":\"toy-2020\",\"asOf\":\"2021-01-01\",\"applicant\":{\"name\":\"b\",\"count\":0}}"));
        assertThat(out).extracting(e -> e.result().eligible()).containsExactly(true, false);
    }

    @Test
    void anInvalidLineFailsNamingIt() {
        String line = "{\"policy\":\"toy-2020\",\"asOf\":\"2021-01-01\",\"applicant\":{\"name\":\"a\"}}";
        assertThatThrownBy(() -> Populations.evaluate(ENGINE, List.of(line))).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("the generator made an invalid request: ").hasMessageEndingWith("\n" + line);
    }

    /** A generator of the toy policy's id, its requests made by {@code next}. */
    private static RequestGenerator generator(java.util.function.Function<RandomGenerator, String> next) {
        return new RequestGenerator() {
            @Override
            public String policy() {
                return ToyPolicy.ID;
            }

            @Override
            public String next(RandomGenerator random) {
                return next.apply(random);
            }
        };
    }
}
