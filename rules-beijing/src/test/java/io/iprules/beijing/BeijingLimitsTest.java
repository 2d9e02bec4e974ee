package io.iprules.beijing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iprules.DeadlineStatus;
import io.iprules.EvaluationResult;
import io.iprules.InvalidRequestException;
import io.iprules.Problem;
import io.iprules.RulesEngine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The size limit of an applicant's lists (docs/contract.md, beijing-2012 {@code applicant}: "a list has at most 1,000
 * entries"): 1,000 entries in every list whose entries can all differ are evaluated (industries: all nine codes);
 * one more is refused at the list's path, as one problem however wrong its entries are, and each list that is too
 * long is named.
 */
class BeijingLimitsTest {
    private static final RulesEngine ENGINE = RulesEngine.builder().build();
    private static final LocalDate AS_OF = LocalDate.of(2014, 3, 31);
    private static final int LIMIT = 1_000;

    private static BeijingEnterprise enterprise(List<Industry> industries, List<GreenChannelRequest> greenChannel,
                                                List<PledgeLoan> pledgeLoans, Boolean zhongguancun) {
        return new BeijingEnterprise("北京示例科技有限公司", null, true, zhongguancun, industries, greenChannel,
                pledgeLoans);
    }

    private static List<GreenChannelRequest> certificates(int n) {
        List<GreenChannelRequest> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            l.add(new GreenChannelRequest(Certificate.PRIORITY_EXAMINATION, "2013100" + String.format("%05d", i) + ".0",
                    LocalDate.of(2013, 9, 27), LocalDate.of(2013, 10, 10)));
        }
        return l;
    }

    private static List<PledgeLoan> loans(int n) {
        List<PledgeLoan> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            l.add(new PledgeLoan("银行 " + i, Pledge.PATENT, new BigDecimal("100.00"), 2013));
        }
        return l;
    }

    private static List<Industry> industries(int n) {
        List<Industry> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            l.add(i % 2 == 0 ? Industry.OTHER : Industry.BIOLOGY);
        }
        return l;
    }

    private static List<Problem> problems(BeijingEnterprise e) {
        try {
            ENGINE.evaluate(Beijing2012.APPLICANT, AS_OF, e);
        } catch (InvalidRequestException x) {
            return x.problems();
        }
        throw new AssertionError("expected the request to be refused");
    }

    @Test
    void everyListAtTheLimitIsEvaluated() {
        // industries hold each of the nine codes once, the most a valid request can hold (no entry twice)
        EvaluationResult r = ENGINE.evaluate(Beijing2012.APPLICANT, AS_OF,
                enterprise(List.of(Industry.values()), certificates(LIMIT), loans(LIMIT), true));
        // §1(1): eight of them are the eight industries; §2(4): complete Fri 2013-09-27, issued Thu 2013-10-10, the
        // 5th working day after it across the 2013 National Day holiday (10-01..10-07 rest, Sun 09-29 a make-up
        // day), so each certificate is ON_TIME; §3(1): each bank's 2013 interest is due, the rate open
        assertThat(r.conditions()).singleElement().satisfies(c -> assertThat(c.met()).isTrue());
        assertThat(r.deadlines()).hasSize(LIMIT).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(DeadlineStatus.ON_TIME);
            assertThat(d.deadline()).isEqualTo(LocalDate.of(2013, 10, 10));
        });
        assertThat(r.awards()).hasSize(LIMIT).allSatisfy(a -> assertThat(a.amount()).isNull());
    }

    /**
     * One entry more is one problem at the list, whatever the other lists hold and however wrong the entries are:
     * a list refused whole is not checked entry by entry (each entry here, in a list of legal size, is a problem of
     * its own).
     */
    @ParameterizedTest
    @ValueSource(strings = {"industries", "greenChannel", "pledgeLoans"})
    void oneEntryMoreIsOneProblemAtTheList(String list) {
        List<Industry> industries = List.of(Industry.BIOLOGY);
        List<GreenChannelRequest> greenChannel = certificates(1);
        List<PledgeLoan> pledgeLoans = loans(1);
        switch (list) {
            case "industries" -> industries = Collections.nCopies(LIMIT + 1, null);
            case "greenChannel" -> greenChannel = Collections.nCopies(LIMIT + 1,
                    new GreenChannelRequest(null, null, null, null));
            case "pledgeLoans" -> pledgeLoans = Collections.nCopies(LIMIT + 1, new PledgeLoan(null, null, null, null));
            default -> throw new IllegalArgumentException(list);
        }
        assertThat(problems(enterprise(industries, greenChannel, pledgeLoans, true)))
                .extracting(Problem::path, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("applicant." + list,
                        "has 1,001 entries; at most 1,000 are accepted in one request"));

        // the same wrong entries in a list of legal size are each a problem of their own
        switch (list) {
            case "industries" -> industries = Collections.nCopies(2, null);
            case "greenChannel" -> greenChannel = Collections.nCopies(2,
                    new GreenChannelRequest(null, null, null, null));
            default -> pledgeLoans = Collections.nCopies(2, new PledgeLoan(null, null, null, null));
        }
        assertThat(problems(enterprise(industries, greenChannel, pledgeLoans, true)))
                .extracting(Problem::path).allSatisfy(p -> assertThat(p).startsWith("applicant." + list + "["))
                .filteredOn(p -> p.startsWith("applicant." + list + "[1]")).isNotEmpty();
    }

    @Test
    void everyListTooLongIsNamed() {
        assertThat(problems(enterprise(industries(LIMIT + 1), certificates(LIMIT + 1), loans(LIMIT + 1), true)))
                .extracting(Problem::path)
                .containsExactly("applicant.industries", "applicant.greenChannel", "applicant.pledgeLoans");
    }
}
