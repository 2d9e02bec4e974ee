package io.iprules.batch;

import io.iprules.Text;
import java.util.List;

/**
 * A resumed batch whose kept output does not belong to this input (or is not a batch's output at all), or was
 * decided by another engine than the one resuming it ({@link #differences()}).
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public final class ResumeException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** Not serialised: the message says the same. */
    private final transient List<Difference> differences;
    /** Not serialised: the message says the same. */
    private final transient boolean atStart;
    /** Not serialised: the message is its English. */
    private final transient Text text;

    /**
     * One part of the decision receipts (决定回执) that differs between the engine that decided the kept results of
     * a policy and the engine resuming the run.
     *
     * @param policy   the policy id
     * @param part     the receipt's part, as results name it: {@code library}, {@code policy} (this engine has no
     *                 such policy), {@code policyVersion}, {@code rules}, {@code parameters}, {@code data.<kind>},
     *                 or {@code receipt} (one side writes none)
     * @param recorded its value in the kept results ({@code none} when absent)
     * @param now      its value with this engine ({@code none} when absent)
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    public record Difference(String policy, String part, String recorded, String now) {
    }

    /** @param message what does not match, in plain words (English; {@link #text()} is the same) */
    public ResumeException(String message) {
        this(Text.plain(message));
    }

    /**
     * @param message what does not match, in plain words, in Chinese and English; the exception's message is its
     * English
     */
    public ResumeException(Text message) {
        super(message.in(io.iprules.Language.EN));
        this.differences = List.of();
        this.atStart = false;
        this.text = message;
    }

    /**
     * The kept results of one policy were decided by another engine: continuing would put two engines' decisions
     * in one file that reads as one run.
     *
     * @param differences what differs, at least one part, all of one policy
     */
    public ResumeException(List<Difference> differences) {
        this(differences, false);
    }

    /**
     * The interrupted run was started with another engine than this one, as its checkpoint recorded it
     * ({@link Checkpoint#engine}): whatever it kept (one line or more), continuing would put two engines' decisions in
     * one file.
     *
     * @param differences what differs, at least one part, of one or more policies
     * @param atStart     true: told from the engine the checkpoint recorded, not from a kept result
     */
    ResumeException(List<Difference> differences, boolean atStart) {
        super(message(differences, atStart));
        this.differences = List.copyOf(differences);
        this.atStart = atStart;
        this.text = Text.plain(getMessage());
    }

    private static String message(List<Difference> differences, boolean atStart) {
        if (differences.isEmpty()) {
            throw new IllegalArgumentException("an engine difference names at least one part");
        }
        StringBuilder b = atStart
                ? new StringBuilder("the interrupted run was started with another engine than this one (")
                : new StringBuilder("the kept results of policy ").append(differences.get(0).policy())
                        .append(" were decided by another engine than this one (");
        for (int i = 0; i < differences.size(); i++) {
            Difference d = differences.get(i);
            b.append(i == 0 ? "" : "; ").append(atStart ? d.policy() + " " : "").append(d.part())
                    .append(": recorded ").append(d.recorded()).append(", now ").append(d.now());
        }
        return b.append("): resume with an engine built as the interrupted run's (the same parameters, data files ")
                .append("and versions), or start again without resuming").toString();
    }

    /**
     * What differs between the engine that decided the kept results and this one, in the receipt's order; empty
     * when the problem is another (the input or the kept output).
     */
    public List<Difference> differences() {
        return differences == null ? List.of() : differences;
    }

    /**
     * Whether the {@link #differences()} are those of the engine the interrupted run's checkpoint recorded when it
     * started ({@link Checkpoint#engine}), of any of its policies, rather than of one policy's first kept result.
     */
    public boolean startedWithAnotherEngine() {
        return atStart;
    }

    /** What does not match, for {@code Text.in(language)}: in Chinese and English where the batch says it. */
    public Text text() {
        return text == null ? Text.plain(String.valueOf(getMessage())) : text;
    }
}
