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
 * written as a continuation of another ("… of a national standard" read as half a clause).
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
}
