package io.iprules.anning;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Language;
import io.iprules.PolicyDescription;
import io.iprules.Provision;
import io.iprules.ProvisionStatus;
import io.iprules.RulesEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Law first: a clause formalised only in part says which of its parts are not formalised, and why. Read from the text
 * (not from the module's files): the parts below are commitments of the plan with no figure or date in their words, in
 * clauses whose other parts are indicators, so an officer reading the clause's entry must not take them as assessed.
 */
class NotFormalisedPartsTest {
    private static final PolicyDescription POLICY = RulesEngine.builder().build().policy("anning-2022");

    /** The not-formalised entries of a clause: its parts that are not indicators, each with its reason. */
    private static List<Provision> notFormalised(String citation) {
        return POLICY.provisions().stream()
                .filter(p -> p.citation().equals(citation) && p.status() == ProvisionStatus.NOT_FORMALISED)
                .toList();
    }

    /** Whether some not-formalised entry of {@code citation} names {@code words} of the text (in its zh note). */
    private static void namesAsNotFormalised(String citation, String... words) {
        List<Provision> entries = notFormalised(citation);
        assertThat(entries).as("%s has a not-formalised entry", citation).isNotEmpty();
        for (String w : words) {
            assertThat(entries).as("%s: “%s” listed as not formalised", citation, w)
                    .anyMatch(p -> p.note().in(Language.ZH).contains(w));
        }
        entries.forEach(p -> assertThat(p.codes()).isEmpty());
        entries.forEach(p -> assertThat(p.note().in(Language.EN)).isNotBlank());
    }

    /**
     * §4(3)1 二是“每年安排一定额度的工作协调经费确保知识产权管理工作运行”: a yearly funding commitment, but 一定额度 (“a
     * certain amount”) gives no figure; 一是 the work network (“加快构建…知识产权工作网”) has none either. Only the
     * liaison team (20人左右) of the clause is an indicator.
     */
    @Test
    void theYearlyCoordinationFundsOfSection4_3_1AreListedAsNotFormalised() {
        namesAsNotFormalised("anning-2022 §4(3)1", "每年安排一定额度的工作协调经费", "知识产权工作网");
    }

    /**
     * §6(3): besides the share of 0.12% (an indicator), “科学制定…知识产权发展政策、资助激励办法” and
     * “建立知识产权经费保障制度” have no figure or date.
     */
    @Test
    void theOtherFundingMeasuresOfSection6_3AreListedAsNotFormalised() {
        namesAsNotFormalised("anning-2022 §6(3)", "资助激励办法", "建立知识产权经费保障制度");
    }

    /**
     * §5: of phase 1 only item 3 (leading group, office) is an indicator; item 1 宣传动员, item 2 优化工作方案 and the work
     * of phases 2 to 4 (phase 3 “迎接国家、省知识产权局的检查验收”, phase 4 “推进申报国家知识产权强县建设示范县工作”) are not:
     * the acceptance is decided by the national and provincial offices, not by figures the county reports.
     */
    @Test
    void theWorkOfThePhasesOtherThanPhase1Item3IsListedAsNotFormalised() {
        namesAsNotFormalised("anning-2022 §5", "宣传动员", "优化工作方案", "迎接国家、省知识产权局的检查验收",
                "推进申报国家知识产权强县建设示范县工作");
    }

    /**
     * §6(1) 成立…工作领导小组 and 领导小组办公室设在市市场监管局知识产权服务中心: the same leading group and office as §5
     * phase 1 item 3, which are indicators (RULES.md: "§5 phase 1 item 3, §6(1)"). §6(1)'s not-formalised entry must
     * not say the clause has no decidable target without pointing to them.
     */
    @Test
    void section6_1SaysItsLeadingGroupAndOfficeAreAssessed() {
        List<Provision> entries = notFormalised("anning-2022 §6(1)");
        assertThat(entries).isNotEmpty();
        for (Language l : List.of(Language.ZH, Language.EN)) {
            assertThat(entries).as("§6(1) in %s", l).anyMatch(p -> p.note().in(l).contains("AN_LEADING_GROUP")
                    && p.note().in(l).contains("AN_PILOT_OFFICE"));
        }
    }

    /**
     * §4(6) 在开展知识产权强县建设试点县期内…形成安宁重点产业专利分析报告: the text gives the report a span, the pilot, and
     * no date. Its entry said 无期限 (no time limit), which the text does not say; it says the span and that no due date
     * is set.
     */
    @Test
    void section4_6SaysTheTextGivesThePilotAndNoDateNotThatThereIsNoLimit() {
        Provision report = POLICY.provisions().stream().filter(p -> p.citation().equals("anning-2022 §4(6)"))
                .findFirst().orElseThrow();
        assertThat(report.note().in(Language.ZH)).contains("试点县期内").doesNotContain("无期限");
        assertThat(report.note().in(Language.EN)).contains("during the pilot", "no due date");
    }
}
