package io.iprules.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Language;
import io.iprules.PolicyDescription;
import io.iprules.RulesEngine;
import io.iprules.batch.JsonLinesBatch;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A {@code drools.*} system property of the host JVM changes no decision: an engine built while one is set gives, for
 * 2,000 generated requests per policy (evaluated in chunks, with the rules fired), the same bytes as an engine built
 * without it. A government system may run another Drools application in the same JVM, with its own settings.
 *
 * <p>Before the engine set these options itself, four of them changed what these requests gave:
 * {@code drools.threadSafe=false} (in a pooled session one applicant's candidates appeared in another's result, and
 * some evaluations failed), {@code drools.directFiring=true} and {@code drools.forceEagerActivation=true} (results, or
 * the rules fired, changed without an error) and {@code drools.kieBaseMutability=DISABLED} (jiaxing evaluations
 * failed). The others decide what a fact is or which rules fire; they changed nothing here, and are held to it.
 */
class HostDroolsPropertiesTest {
    private static final int REQUESTS = 2_000;
    private static final long SEED = 7L;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static final List<String> PROPERTIES = List.of(
            "drools.threadSafe=false",
            "drools.directFiring=true",
            "drools.forceEagerActivation=true",
            "drools.kieBaseMutability=DISABLED",
            "drools.equalityBehavior=equality",
            "drools.removeIdentities=true",
            "drools.sequential=true",
            "drools.accumulateNullPropagation=true",
            "drools.parallelExecution=FULLY_PARALLEL",
            "drools.declarativeAgenda=enabled",
            "drools.eventProcessingMode=stream");

    /** Built before any property is set: the results every other engine must give. */
    private static final RulesEngine PLAIN = RulesEngine.builder().build();

    @TestFactory
    Stream<DynamicTest> noDroolsSystemPropertyChangesADecision() {
        Map<String, byte[]> inputs = new LinkedHashMap<>();
        Map<String, String> expected = new LinkedHashMap<>();
        for (PolicyDescription p : PLAIN.policies()) {
            byte[] input = Population.batchInput(p.id(), REQUESTS, SEED);
            inputs.put(p.id(), input);
            expected.put(p.id(), run(PLAIN, input));
        }
        return PROPERTIES.stream().map(property -> DynamicTest.dynamicTest(property, () -> {
            String name = property.substring(0, property.indexOf('='));
            String value = property.substring(property.indexOf('=') + 1);
            assertThat(System.getProperty(name)).as("%s is set already in this JVM", name).isNull();
            System.setProperty(name, value);
            try {
                RulesEngine engine = RulesEngine.builder().build();
                inputs.forEach((policy, input) -> assertThat(run(engine, input))
                        .as("%s with -D%s", policy, property)
                        .isEqualTo(expected.get(policy)));
            } finally {
                System.clearProperty(name);
            }
        }));
    }

    private static String run(RulesEngine engine, byte[] input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            JsonLinesBatch.builder(engine).language(Language.EN).today(TODAY).threads(2).trace(true).build()
                    .run(new ByteArrayInputStream(input), out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text.lines().count()).isEqualTo(REQUESTS);
        return text;
    }
}
