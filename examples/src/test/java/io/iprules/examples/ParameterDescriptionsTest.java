package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Language;
import io.iprules.ParameterInfo;
import io.iprules.PolicyDescription;
import io.iprules.RulesEngine;
import org.junit.jupiter.api.Test;

/**
 * A parameter's description is printed on its own (an award's "amount as set by the deployment: …", an open
 * amount's "undetermined until this is set: …", `ip-rules policies`), never under the one before it: none may be
 * written as a continuation of another ("… of a national standard" read as half a clause). Officers' text and pages
 * put a parameter's description where the result names its code ("最高限额 100,000.00 元(JX_MAXIMUM_LIMIT,…)"),
 * so a description naming another parameter pasted that one's rules into the sentence: how parameters work
 * together is a reading's to say, once.
 */
class ParameterDescriptionsTest {
    private static final RulesEngine ENGINE = RulesEngine.builder().build();

    @Test
    void everyParameterDescriptionReadsOnItsOwnInBothLanguages() {
        for (PolicyDescription p : ENGINE.policies()) {
            for (ParameterInfo info : p.parameters()) {
                for (Language lang : Language.values()) {
                    String text = info.description().in(lang).strip();
                    assertThat(text).as("%s %s (%s)", p.id(), info.name(), lang).isNotEmpty()
                            .doesNotStartWith("…").doesNotStartWith("...").doesNotStartWith("同上")
                            .doesNotStartWith("ditto");
                }
            }
        }
    }

    @Test
    void noParameterDescriptionNamesAnotherParameter() {
        for (PolicyDescription p : ENGINE.policies()) {
            for (ParameterInfo info : p.parameters()) {
                for (ParameterInfo other : p.parameters()) {
                    for (Language lang : Language.values()) {
                        assertThat(info.description().in(lang)).as("%s %s (%s)", p.id(), info.name(), lang)
                                .doesNotContain(other.name());
                    }
                }
            }
        }
    }
}
