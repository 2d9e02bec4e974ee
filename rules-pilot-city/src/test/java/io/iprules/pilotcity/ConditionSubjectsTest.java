package io.iprules.pilotcity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iprules.PolicyDescription;
import io.iprules.Provision;
import io.iprules.RulesEngine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whom each condition is about (condition_subjects.json), read and checked against policy.json. The module reads it
 * once, when its class loads; read here directly, so that what it checks is tested too.
 */
class ConditionSubjectsTest {
    private static final PolicyDescription POLICY = RulesEngine.builder().build().policy(PilotCity2017.ID);

    /**
     * A city: §1(1) the kind of place, §1(2)1 its five conditions, §2(2) its parks' count, its joint application,
     * the joint recommendation and its date (10); each park: §1(2)2 the three descriptive conditions, the IP
     * department, the full-time staff and the patent density (6); a province's set: §2(2) the quota (1).
     */
    @Test
    void theShippedFileGroupsEveryConditionOfTheNotice() {
        ConditionSubjects s = ConditionSubjects.read(PilotCity2017.class, POLICY);
        assertThat(s.city().codes()).containsExactly("PC_APPLICANT_TYPE", "PC_IP_ON_AGENDA", "PC_COORDINATION",
                "PC_SME_SERVICE_SYSTEM", "PC_LEADERSHIP", "PC_FISCAL_SUPPORT", "PC_PARK_COUNT",
                "PC_CITY_JOINT_APPLICATION", "PC_JOINT_RECOMMENDATION", "PC_DEADLINE");
        assertThat(s.park().codes()).containsExactly("PC_PARK_SME_CLUSTER", "PC_PARK_IP_POLICIES",
                "PC_PARK_IP_TALENT", "PC_PARK_IP_DEPARTMENT", "PC_PARK_FULLTIME_STAFF", "PC_PARK_PATENT_DENSITY");
        assertThat(s.province().codes()).containsExactly("PC_PROVINCE_QUOTA");
        assertThat(s.codes()).isEqualTo(17);
        // 2-3个园区: 10 + 2 × 6 and 10 + 3 × 6
        assertThat(s.ofCity(2)).isEqualTo(22);
        assertThat(s.ofCity(3)).isEqualTo(28);
    }

    @Test
    void aMissingFileOrOneThatDisagreesWithThePolicyIsRefused() {
        assertThatThrownBy(() -> ConditionSubjects.read(String.class, POLICY))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("java.lang/condition_subjects.json is missing");
        // a policy without its first provision that has codes: the file lists codes the policy no longer has
        List<Provision> provisions = new ArrayList<>(POLICY.provisions());
        provisions.remove(provisions.stream().filter(p -> !p.codes().isEmpty()).findFirst().orElseThrow());
        PolicyDescription fewer = new PolicyDescription(POLICY.id(), POLICY.title(), POLICY.documentNumber(),
                POLICY.issued(), POLICY.inForceFrom(), POLICY.inForceUntil(), POLICY.inForceCitation(),
                POLICY.version(), provisions, POLICY.parameters(),
                POLICY.subjects(), POLICY.targets(), POLICY.phases(), POLICY.exclusionReasons(), POLICY.readings());
        assertThatThrownBy(() -> ConditionSubjects.read(PilotCity2017.class, fewer))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("condition_subjects.json lists [")
                .hasMessageContaining("but policy.json's provisions have [");
    }
}
