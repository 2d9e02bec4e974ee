package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.PolicyDescription;
import io.iprules.Provision;
import io.iprules.RulesEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each policy lists its provisions in the order of its text (`ip-rules policies`, `/v1/policies`): an officer reads
 * them against the document, §6(3) before §6(4). An entry that sums up a clause's remaining items (anning-2022 §4,
 * "其他工作任务") may follow those items: a clause counts as level with its own sub-clauses.
 */
class ProvisionOrderTest {
    private static final Pattern NUMBERS = Pattern.compile("\\d+");

    @Test
    void everyPolicyListsItsProvisionsInTheOrderOfItsText() {
        List<String> outOfOrder = new ArrayList<>();
        for (PolicyDescription d : RulesEngine.builder().build().policies()) {
            List<Provision> ps = d.provisions();
            assertThat(ps).as(d.id()).isNotEmpty();
            for (int i = 1; i < ps.size(); i++) {
                if (compare(clause(ps.get(i - 1).citation()), clause(ps.get(i).citation())) > 0) {
                    outOfOrder.add(ps.get(i - 1).citation() + " before " + ps.get(i).citation());
                }
            }
        }
        assertThat(outOfOrder).isEmpty();
    }

    @Test
    void aClauseIsLevelWithItsSubClausesAndBeforeTheNext() {
        assertThat(compare(clause("p §6(3)"), clause("p §6(4)"))).isNegative();
        assertThat(compare(clause("p §6(4)"), clause("p §6(3)"))).isPositive();
        assertThat(compare(clause("p §4(6)"), clause("p §4"))).isZero();
        assertThat(compare(clause("p §4"), clause("p §5"))).isNegative();
        assertThat(compare(clause("p §1, §2"), clause("p §3(1)"))).isNegative();
        assertThat(compare(clause("p §3(2)5"), clause("p §3(2)10"))).isNegative();
        assertThat(compare(clause("p 序言"), clause("p §1(1)"))).isNegative();
        assertThat(compare(clause("p §7"), clause("p 序言"))).isPositive();
        assertThat(compare(clause("p §7(3)"), clause("p 落款"))).isNegative();
    }

    /**
     * The numbers of a citation's first clause: {@code "anning-2022 §3(2)5"} is 3, 2, 5; a part before the numbered
     * clauses (a forwarding notice, 转发通知, a preamble, 序言) is 0; the closing parts after them (the attachments,
     * 附件, the signature and date, 落款) are after every number.
     */
    static List<Integer> clause(String citation) {
        int section = citation.indexOf('§');
        if (section < 0) {
            return List.of(citation.endsWith(" 落款") || citation.endsWith(" 附件") ? Integer.MAX_VALUE : 0);
        }
        String first = citation.substring(section + 1).split(",")[0];
        List<Integer> numbers = new ArrayList<>();
        Matcher m = NUMBERS.matcher(first);
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group()));
        }
        return numbers;
    }

    /** Compared number by number as far as the shorter goes. */
    static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
