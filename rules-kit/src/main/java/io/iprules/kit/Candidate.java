package io.iprules.kit;

import io.iprules.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A would-be award, as a fact in working memory: proposed by the rule of the provision that grants it, then
 * kept or held back by the rules that decide between awards (non-duplication, once-paid, maximum limit…).
 * It becomes an {@link io.iprules.Award} if nothing {@linkplain #setExclusion excludes} it, else an
 * {@link io.iprules.Exclusion}.
 *
 * <p>Rules match on its getters: {@code Candidate(exclusion == null, matter == $m)}. Changing it from a rule
 * goes through {@code modify}, so that the engine re-evaluates what depends on it.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public final class Candidate implements io.iprules.spi.RuleRecorder.Carrier {
    private final Decision decision;
    private final String code;
    private final String matter;
    private final String subjectId;
    private final Text subject;
    private final LocalDate date;
    private final Amount amount;
    private final String citation;
    private final Text reason;
    private final int priority;
    private final long sequence;
    private final int order;
    private String[] tieBreak = NO_TIE_BREAK;
    private ExclusionNote exclusion;
    private BigDecimal capCut;
    private BigDecimal capRoom;
    private Candidate capAwaits;
    private String capCitation;
    private String eligibilityUndeterminedBy;
    private boolean contested;
    private Candidate putInContest;
    private boolean named;

    Candidate(Decision decision, String code, String matter, String subjectId, Text subject, LocalDate date,
              Amount amount, String citation, Text reason, int priority, long sequence, int order) {
        this.decision = Objects.requireNonNull(decision, "decision");
        this.code = Objects.requireNonNull(code, "code");
        this.matter = Objects.requireNonNull(matter, "matter");
        this.subjectId = Objects.requireNonNull(subjectId, "subjectId");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.date = date;
        this.amount = Objects.requireNonNull(amount, "amount");
        this.citation = Objects.requireNonNull(citation, "citation");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.priority = priority;
        this.sequence = sequence;
        this.order = order;
    }

    /**
     * The decision (the applicant's working record) that proposed it: in a session shared by a chunk of applicants,
     * rules join on it ({@code Candidate(decision == $d, …)}).
     */
    public Decision getDecision() { return decision; }

    /**
     * Its applicant's decision: a rule matching the candidate cites into it
     * ({@link io.iprules.spi.RuleRecorder.Carrier}).
     */
    @Override
    public io.iprules.spi.RuleRecorder recorder() { return decision; }

    /** The award code. */
    public String getCode() { return code; }

    /**
     * The matter (事项) it is for: candidates of one matter are alternatives of which at most one is paid.
     * E.g. every §6(5)2 recognition of one enterprise is the single matter {@code recognition}.
     */
    public String getMatter() { return matter; }

    /** What it is for, as the request names it (patent number, recognition type…). */
    public String getSubjectId() { return subjectId; }

    /** What it is for, in words. */
    public Text getSubject() { return subject; }

    /** The date of the fact it rests on; may be {@code null} for facts without a date. */
    public LocalDate getDate() { return date; }

    /** The would-be amount. */
    public Amount getAmount() { return amount; }

    /** The clause that grants it. */
    public String getCitation() { return citation; }

    /** Why it would be owed. */
    public Text getReason() { return reason; }

    /** Order among alternatives of equal amount: the lower, the more favourable (usually the text's order). */
    public int getPriority() { return priority; }

    /**
     * What tells it from an alternative of its matter that amount, priority, date and subject leave equal: facts of
     * its own the module names (jiaxing-2012's export trademark: its mark, then its country), compared part by part
     * in the order of their characters' Unicode code points, the lower first; empty unless the module set it. Never
     * the order the request listed them in, which decides only between alternatives that every one of these leaves
     * equal (the same fact listed twice).
     */
    public java.util.List<String> getTieBreak() { return java.util.List.of(tieBreak); }

    /**
     * Sets {@link #getTieBreak()}, each part required; call before inserting it, as the alternatives are weighed as
     * they are inserted.
     */
    public void setTieBreak(String... parts) {
        String[] copy = parts.clone();
        for (String part : copy) {
            Objects.requireNonNull(part, "tie-break part");
        }
        this.tieBreak = copy;
    }

    /** Why it is held back, or {@code null} while it stands. */
    public ExclusionNote getExclusion() { return exclusion; }

    /** Holds it back; call inside {@code modify} so that dependent rules are re-evaluated. */
    public void setExclusion(ExclusionNote note) {
        if (this.exclusion != null) {
            throw new IllegalStateException(code + " " + subjectId + " is already excluded (" + exclusion.reason()
                    + "); a rule should match only candidates with exclusion == null");
        }
        this.exclusion = Objects.requireNonNull(note, "note");
    }

    /**
     * The open parameter whether the applicant is eligible for it at all hangs on (a threshold the text leaves to
     * implementing rules), or {@code null} when eligibility is decided. Such a candidate becomes an award marked
     * {@code "eligibility": "UNDETERMINED"}, which does not make the result eligible.
     */
    public String getEligibilityUndeterminedBy() { return eligibilityUndeterminedBy; }

    /** Marks eligibility as hanging on the open {@code parameter}; set before inserting, or inside {@code modify}. */
    public void setEligibilityUndeterminedBy(String parameter) {
        this.eligibilityUndeterminedBy = parameter;
    }

    /**
     * Whether another candidate was proposed for the same matter of the same applicant (同一事项涉及多项补助), so that
     * the rule deciding between alternatives has something to weigh. Most matters have one candidate: a rule that
     * weighs alternatives tests this first, and the lone candidates never enter its joins.
     *
     * <p>A later candidate of a matter is contested when proposed. The first was inserted alone: the later one
     * names it ({@link #getPutInContest()}) and a rule marks it, {@code modify($first) { setContested(true) }}, so
     * that the engine sees the change.
     */
    public boolean isContested() { return contested; }

    /**
     * Marks it contested; call inside {@code modify}, on the candidate a later one {@linkplain #getPutInContest names}.
     */
    public void setContested(boolean contested) {
        this.contested = contested;
    }

    /**
     * The first candidate of its matter, which this one's proposal puts in contest and which is not yet marked;
     * {@code null} when there is none (it was alone, or another candidate already named it).
     */
    public Candidate getPutInContest() { return putInContest; }

    /** A {@code later} candidate was proposed for the matter this one was first proposed for. */
    void contestedBy(Candidate later) {
        later.contested = true;
        if (!named) {
            named = true;
            later.putInContest = this;
        }
    }

    /** The part of its amount cut by a maximum limit, or {@code null}. */
    public BigDecimal getCapCut() { return capCut; }

    void cut(BigDecimal part) {
        this.capCut = part;
    }

    /**
     * What a maximum limit left, by the amounts certainly paid before this one in the result's order, when it was
     * applied; {@code null} when none was. An amount still open that meets none left is paid nothing, whatever it is
     * set to.
     */
    public BigDecimal getCapRoom() { return capRoom; }

    void capRoom(BigDecimal room) {
        this.capRoom = room;
    }

    /**
     * The candidate whose amount, still open and before this one in the result's order, a maximum limit must know
     * before it can say what this one is paid (the limit cuts from the last awards); {@code null} when none.
     */
    public Candidate getCapAwaits() { return capAwaits; }

    /**
     * The clause of the maximum limit that holds its amount open for {@link #getCapAwaits()} (the limit's rule's
     * citation), or {@code null} when none does.
     */
    public String getCapCitation() { return capCitation; }

    void capAwaits(Candidate open, String citation) {
        this.capAwaits = open;
        this.capCitation = citation;
    }

    long sequence() {
        return sequence;
    }

    /** The position of its code in the policy's list of codes: the first key of the result's order. */
    int order() {
        return order;
    }

    /**
     * Whether this is more favourable to the applicant than {@code other}: a larger known amount; with equal or
     * not comparable amounts (one undetermined), the lower priority; then the earlier fact, then the subject, then
     * the {@linkplain #getTieBreak() tie-break} the module gave (the request's order only where all of these are
     * equal).
     * A total order among candidates whose amounts are all known, or all undetermined, so that exactly one of them is
     * the most favourable. Known and undetermined amounts together can go round in a circle (80,000 over 50,000 by
     * amount, 50,000 over an undetermined one and the undetermined one over 80,000 by priority): then none is, and the
     * module's rules must say which stands (jiaxing-2012's {@code MostFavourable}).
     */
    public boolean isMoreFavourableThan(Candidate other) {
        BigDecimal a = amount.value();
        BigDecimal b = other.amount.value();
        if (a != null && b != null) {
            int c = a.compareTo(b);
            if (c != 0) {
                return c > 0;
            }
        }
        if (priority != other.priority) {
            return priority < other.priority;
        }
        if (date != null && other.date != null && !date.equals(other.date)) {
            return date.isBefore(other.date);
        }
        int c = subjectId.compareTo(other.subjectId);
        if (c != 0) {
            return c < 0;
        }
        c = compareTieBreaks(this, other);
        if (c != 0) {
            return c < 0;
        }
        return sequence < other.sequence;
    }

    /**
     * The {@linkplain #getTieBreak() tie-breaks} of {@code a} and {@code b} compared part by part, each in the order of
     * its characters' Unicode code points (a module can say that order in words), a shorter first.
     */
    static int compareTieBreaks(Candidate a, Candidate b) {
        String[] x = a.tieBreak;
        String[] y = b.tieBreak;
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = byCodePoints(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    /**
     * Two texts in the order of their code points: as {@link String#compareTo} but for a character beyond the Basic
     * Multilingual Plane (𠀀, its two UTF-16 units from U+D800), which comes after every one within it (U+FF21 Ａ).
     */
    private static int byCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int p = a.codePointAt(i);
            int q = b.codePointAt(j);
            if (p != q) {
                return Integer.compare(p, q);
            }
            i += Character.charCount(p);
            j += Character.charCount(q);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    private static final String[] NO_TIE_BREAK = {};

    @Override
    public String toString() {
        return code + "[" + subjectId + "] " + (amount.isDetermined() ? amount.value() : "?")
                + (exclusion == null ? "" : " excluded " + exclusion.reason());
    }
}
