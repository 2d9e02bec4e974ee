package io.iprules.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iprules.ExclusionReason;
import io.iprules.Text;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * "Most favourable" between alternatives of one matter (§7(1) 按最优惠一项执行): a larger known amount first, then
 * the text's order, then the earlier fact, then the subject, then the module's tie-break, then the order of proposal —
 * a total order, so that exactly one alternative wins.
 */
class CandidateTest {
    private static final LocalDate D1 = LocalDate.of(2013, 3, 15);
    private static final LocalDate D2 = LocalDate.of(2013, 9, 20);
    /** Whose candidates these are: not consulted by the order. */
    private static final Decision DECISION = org.mockito.Mockito.mock(Decision.class);

    private static Candidate c(String amount, int priority, LocalDate date, String subject, long sequence) {
        return new Candidate(DECISION, "CODE", "matter", subject, Text.plain(subject), date,
                amount == null ? Amount.undetermined("P") : Amount.yuan(amount), "p §1", Text.plain("r"), priority,
                sequence, 0);
    }

    private static void moreFavourable(Candidate better, Candidate worse) {
        assertThat(better.isMoreFavourableThan(worse)).as("%s over %s", better, worse).isTrue();
        assertThat(worse.isMoreFavourableThan(better)).as("%s over %s", worse, better).isFalse();
    }

    @Test
    void theLargerKnownAmountWinsWhateverThePriority() {
        moreFavourable(c("300000", 5, D2, "b", 1), c("200000", 0, D1, "a", 0));
        moreFavourable(c("200000.01", 1, D1, "a", 0), c("200000", 0, D1, "a", 0));
    }

    @Test
    void equalAmountsAreDecidedByTheTextsOrder() {
        moreFavourable(c("50000", 0, D2, "b", 1), c("50000", 1, D1, "a", 0));
    }

    @Test
    void anUndeterminedAmountIsNotComparedByAmountButByPriority() {
        moreFavourable(c(null, 0, D2, "b", 1), c("50000", 1, D1, "a", 0));
        moreFavourable(c("50000", 0, D2, "b", 1), c(null, 1, D1, "a", 0));
        moreFavourable(c(null, 0, D2, "b", 1), c(null, 1, D1, "a", 0));
    }

    @Test
    void thenTheEarlierFactThenTheSubjectThenTheOrderOfProposal() {
        moreFavourable(c("1", 0, D1, "b", 1), c("1", 0, D2, "a", 0));
        moreFavourable(c("1", 0, D1, "a", 1), c("1", 0, D1, "b", 0));
        moreFavourable(c("1", 0, null, "a", 1), c("1", 0, D1, "b", 0)); // no date: not compared by date
        moreFavourable(c("1", 0, D1, "a", 1), c("1", 0, null, "b", 0));
        moreFavourable(c("1", 0, D1, "a", 0), c("1", 0, D1, "a", 1));
    }

    /**
     * Alternatives that amount, priority, date and subject leave equal (one export year's marks, jiaxing-2012 §6(5)5):
     * the module's tie-break decides, part by part, never the order of proposal. HECHENG/US over NANHU/DE proposed
     * first (H before N); HECHENG/DE over HECHENG/US (D before U); 南湖 (U+5357) over 禾城 (U+79BE); Ａ (U+FF21) over
     * 𠀀 (U+20000), which String.compareTo ranks the other way (its first UTF-16 unit, U+D840, is below U+FF21).
     */
    @Test
    void thenTheModulesTieBreakNotTheOrderOfProposal() {
        moreFavourable(tied(1, "HECHENG", "US"), tied(0, "NANHU", "DE"));
        moreFavourable(tied(0, "HECHENG", "DE"), tied(1, "HECHENG", "US"));
        moreFavourable(tied(1, "南湖", "日本"), tied(0, "禾城", "德国"));
        moreFavourable(tied(1, "\uFF21", "US"), tied(0, "\uD840\uDC00", "US"));
        moreFavourable(tied(1, "A"), tied(0, "A", "US")); // a shorter tie-break first
        // the same fact twice: the order of proposal, as before
        moreFavourable(tied(0, "HECHENG", "US"), tied(1, "HECHENG", "US"));
        assertThat(tied(0, "HECHENG", "US").getTieBreak()).containsExactly("HECHENG", "US");
        assertThat(c("1", 0, D1, "a", 0).getTieBreak()).isEmpty();
        assertThatThrownBy(() -> c("1", 0, D1, "a", 0).setTieBreak("A", null))
                .isInstanceOf(NullPointerException.class);
    }

    private static Candidate tied(long sequence, String... tieBreak) {
        Candidate x = c(null, 0, D1, "2015", sequence);
        x.setTieBreak(tieBreak);
        return x;
    }

    @Test
    void aCandidateIsNotMoreFavourableThanItself() {
        Candidate x = c("1", 0, D1, "a", 0);
        assertThat(x.isMoreFavourableThan(x)).isFalse();
    }

    @Test
    void itIsHeldBackOnceAndSaysSo() {
        Candidate x = c("100", 0, D1, "a", 0);
        assertThat(x.toString()).isEqualTo("CODE[a] 100.00");
        assertThat(c(null, 0, D1, "b", 0).toString()).isEqualTo("CODE[b] ?");
        ExclusionNote note = new ExclusionNote(new ExclusionReason("CAP", "p §7", Text.plain("cap")), "p §7",
                Text.plain("d"));
        x.setExclusion(note);
        assertThat(x.getExclusion()).isSameAs(note);
        assertThat(x.toString()).isEqualTo("CODE[a] 100.00 excluded CAP");
        assertThatThrownBy(() -> x.setExclusion(note)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CODE a is already excluded (CAP)");
        assertThatThrownBy(() -> c("1", 0, D1, "c", 0).setExclusion(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void itKeepsWhatItWasProposedWith() {
        Candidate x = new Candidate(DECISION, "CODE", "the matter", "id", Text.plain("what"), D1, Amount.yuan("5"),
                "p §1",
                Text.plain("why"), 3, 7, 2);
        assertThat(x.getDecision()).isSameAs(DECISION);
        assertThat(x.recorder()).as("a rule matching it cites into its applicant's decision").isSameAs(DECISION);
        assertThat(x.getCode()).isEqualTo("CODE");
        assertThat(x.getMatter()).isEqualTo("the matter");
        assertThat(x.getSubjectId()).isEqualTo("id");
        assertThat(x.getSubject()).isEqualTo(Text.plain("what"));
        assertThat(x.getDate()).isEqualTo(D1);
        assertThat(x.getAmount()).isEqualTo(Amount.yuan("5"));
        assertThat(x.getCitation()).isEqualTo("p §1");
        assertThat(x.getReason()).isEqualTo(Text.plain("why"));
        assertThat(x.getPriority()).isEqualTo(3);
        assertThat(x.sequence()).isEqualTo(7);
        assertThat(x.order()).isEqualTo(2);
        assertThat(x.getExclusion()).isNull();
        assertThat(x.getCapCut()).isNull();
    }
}
