package io.iprules.jiaxing;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Award;
import io.iprules.EvaluationRequest;
import io.iprules.EvaluationResult;
import io.iprules.Exclusion;
import io.iprules.ExclusionReason;
import io.iprules.InvalidRequestException;
import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import io.iprules.spi.RequestGenerator;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The synthetic Jiaxing population (README "ip-rules generate"): reproducible from its seed, always valid input, and
 * as varied as the README says — about one in eight recognised, now and then every other kind of fact, some
 * facts before the policy or after the as-of date.
 */
class JiaxingPopulationTest {
    private static final RulesEngine ENGINE = RulesEngine.builder().build();
    private static final JsonContract JSON = new JsonContract(ENGINE);
    /** Never used: every generated request carries its own as-of date. */
    private static final LocalDate TODAY = LocalDate.of(2099, 1, 1);

    private static List<String> lines(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        JiaxingPopulation g = new JiaxingPopulation();
        return IntStream.range(0, count).mapToObj(i -> g.next(random)).toList();
    }

    @Test
    void isFoundByTheServiceLoader() {
        assertThat(ServiceLoader.load(RequestGenerator.class).stream().map(ServiceLoader.Provider::get)
                .filter(g -> g.policy().equals(Jiaxing2012.ID)))
                .singleElement().isInstanceOf(JiaxingPopulation.class);
        assertThat(RequestGenerator.forPolicy(Jiaxing2012.ID)).isInstanceOf(JiaxingPopulation.class);
    }

    @Test
    void theSameSeedGivesTheSameRequests() {
        List<String> a = lines(7, 300);
        assertThat(a).isEqualTo(lines(7, 300)).doesNotHaveDuplicates();
        assertThat(lines(8, 300)).isNotEqualTo(a);
        assertThat(a).allSatisfy(line -> assertThat(line).doesNotContain("\n")
                .startsWith("{\"policy\":\"jiaxing-2012\",\"asOf\":\""));
    }

    @Test
    void everyRequestIsValidAndThePopulationIsAsVariedAsTheReadmeSays() {
        List<String> population = lines(20121105L, 3000);
        Set<String> awarded = new TreeSet<>();
        Set<String> reasons = new TreeSet<>();
        Set<RecognitionType> recognitionTypes = EnumSet.noneOf(RecognitionType.class);
        int recognised = 0;
        int twice = 0;
        int smes = 0;
        int withWarnings = 0;
        int eligible = 0;
        int undetermined = 0;
        for (String line : population) {
            EvaluationRequest request;
            EvaluationResult result;
            try {
                request = JSON.read(line.getBytes(StandardCharsets.UTF_8), TODAY).request();
                result = ENGINE.evaluate(request);
            } catch (InvalidRequestException e) {
                throw new AssertionError("the generator made an invalid request: " + e.getMessage() + "\n" + line, e);
            }
            JiaxingEnterprise e = (JiaxingEnterprise) request.subject();
            assertThat(request.asOf()).as(line).isBetween(LocalDate.of(2013, 1, 1), LocalDate.of(2016, 12, 31));
            recognised += e.recognitions().isEmpty() ? 0 : 1;
            twice += e.recognitions().size() == 2 ? 1 : 0;
            e.recognitions().forEach(r -> recognitionTypes.add(r.type()));
            smes += Boolean.TRUE.equals(e.sme()) ? 1 : 0;
            withWarnings += result.warnings().isEmpty() ? 0 : 1;
            eligible += result.eligible() ? 1 : 0;
            undetermined += result.undetermined();
            result.awards().stream().map(Award::code).forEach(awarded::add);
            result.excluded().stream().map(x -> x.reason().code()).forEach(reasons::add);
        }
        // about one in eight recognised, some twice, every kind of recognition
        assertThat(recognised).isBetween(3000 / 12, 3000 / 5);
        assertThat(twice).isPositive();
        assertThat(recognitionTypes).containsExactlyInAnyOrder(RecognitionType.values());
        // mostly SMEs
        assertThat(smes).isBetween(3000 * 8 / 10, 3000 * 95 / 100);
        // every award of the enterprise subsidies, and the open amounts left undetermined
        assertThat(awarded).contains("JX_PATENT_GRANT", "JX_SEI_ANNUITY", "JX_CITY_PATENT_DEMO_ENTERPRISE",
                "JX_NATIONAL_IP_DEMO_ENTERPRISE", "JX_CHINA_PATENT_GOLD", "JX_CHINA_PATENT_EXCELLENCE",
                "JX_BRAND_HONOUR", "JX_PLEDGE_LOAN_INTEREST", "JX_STANDARD_LEAD");
        assertThat(undetermined).isPositive();
        // the §7(1) and §7(3) decisions all occur: alternatives, payments, other lines, facts before the policy
        assertThat(reasons).contains("NON_DUPLICATION", "ALREADY_PAID",
                "BEFORE_IN_FORCE", "NOT_ELIGIBLE");
        assertThat(reasons).containsAnyOf("CHOICE_REQUIRED", "OTHER_POLICY_CHOSEN");
        // facts after the as-of date are left out with a warning; both verdicts occur
        assertThat(withWarnings).isPositive();
        assertThat(eligible).isBetween(300, 2990);
    }
}
