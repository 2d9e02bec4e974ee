package io.iprules.jiaxing;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Award;
import io.iprules.EvaluationRequest;
import io.iprules.EvaluationResult;
import io.iprules.Exclusion;
import io.iprules.ExclusionReason;
import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import io.iprules.testkit.Populations;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The synthetic Jiaxing population (README "ip-rules generate"): reproducible from its seed, always valid input, and
 * as varied as the README says — about one in eight recognised, now and then every other kind of fact, some
 * facts before the policy or after the as-of date.
 */
class JiaxingPopulationTest {
    private static final RulesEngine ENGINE = RulesEngine.builder().build();

    @TestFactory
    Stream<DynamicTest> generator() {
        return Populations.checks(new JiaxingPopulation());
    }

    @Test
    void everyRequestIsValidAndThePopulationIsAsVariedAsTheReadmeSays() {
        Set<String> awarded = new TreeSet<>();
        Set<String> reasons = new TreeSet<>();
        Set<RecognitionType> recognitionTypes = EnumSet.noneOf(RecognitionType.class);
        int recognised = 0;
        int twice = 0;
        int smes = 0;
        int withWarnings = 0;
        int eligible = 0;
        int undetermined = 0;
        for (JsonContract.Evaluated evaluated : Populations.evaluate(ENGINE,
                Populations.draw(new JiaxingPopulation(), 20121105L, 3000))) {
            EvaluationRequest request = evaluated.request();
            EvaluationResult result = evaluated.result();
            JiaxingEnterprise e = (JiaxingEnterprise) request.subject();
            assertThat(request.asOf()).as("%s", request).isBetween(LocalDate.of(2013, 1, 1),
                    LocalDate.of(2016, 12, 31));
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
