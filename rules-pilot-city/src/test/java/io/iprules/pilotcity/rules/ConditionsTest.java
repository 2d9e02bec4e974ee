package io.iprules.pilotcity.rules;

import static org.assertj.core.api.Assertions.assertThat;
import io.iprules.Condition;
import io.iprules.Language;
import io.iprules.PolicyDescription;
import io.iprules.RulesEngine;
import io.iprules.pilotcity.Park;
import io.iprules.kit.Decision;
import io.iprules.spi.Evaluation;
import io.iprules.kit.MessageCatalog;
import io.iprules.kit.Parameters;
import io.iprules.spi.RuleBase;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The staff condition's gap is the minimum less the staff, whatever minimum the parameter file gives: with the
 * text's minimum of one it is always 1, so a wrong sign would only show with another.
 */
class ConditionsTest {
    private static final MessageCatalog MESSAGES = MessageCatalog.load(io.iprules.pilotcity.PilotCity2017.class,
            "messages");

    /** An evaluation whose rules are run by the test itself. */
    private record Direct(PolicyDescription policy, LocalDate asOf, String subjectKey, Object subject,
                          Parameters parameters, RuleBase rules) implements Evaluation {
    }

    private static Decision decision() {
        PolicyDescription p = RulesEngine.builder().build().policy("pilot-city-2017");
        Decision d = Decision.start(new Direct(p, LocalDate.of(2017, 7, 31), "applicant", null,
                new Parameters(p.id(), p.parameters()), null), MESSAGES);
        d.ruleStarted("staff", "pilot-city-2017 §1(2)2");
        return d;
    }

    private static ApplyingPark park(int staff) {
        return new ApplyingPark(null, new Park("园区", true, true, true, true, staff, 500, 100_000), "园区", null);
    }

    @Test
    void theGapIsWhatIsMissingToTheMinimum() {
        Decision d = decision();
        Conditions.staff(d, park(1), 3, false);
        Conditions.staff(d, park(0), 1, false);
        Conditions.staff(d, park(4), 3, true);
        assertThat(d.conditions()).extracting(Condition::gap).containsExactly("2", "1", null);
        assertThat(d.conditions()).extracting(Condition::required).containsExactly(">= 3", ">= 1", ">= 3");
        assertThat(d.conditions().get(0).detail().in(Language.EN))
                .isEqualTo("1 full-time IP staff; at least 3 required");
        assertThat(d.conditions().get(2).detail().in(Language.EN)).isEqualTo("4 full-time IP staff, at least 3");
    }

    /** Likewise the quota's: with the text's 1 to 2 cities only an empty set falls short, by 1 whatever the sign. */
    @Test
    void theQuotasGapIsTheCitiesMissingToTheMinimum() {
        Decision d = decision();
        d.ruleStarted("quota", "pilot-city-2017 §2(2)");
        // one city recommended where three are the fewest: 2 short; within the range, no gap
        Conditions.quota(d, new ProvinceSet(null, "浙江省", 1, 1, null), 3, 4, false);
        Conditions.quota(d, new ProvinceSet(null, "江苏省", 3, 3, null), 3, 4, true);
        assertThat(d.conditions()).extracting(Condition::gap).containsExactly("2", null);
        assertThat(d.conditions()).extracting(Condition::required).containsExactly("3–4", "3–4");
    }
}
