package io.iprules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request the engine refuses to evaluate, with every problem found and where it is. Nothing is evaluated
 * for an invalid request: a misspelt field must not turn into a missing subsidy.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.MAINTAINED, since = "0.1.0")
public final class InvalidRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /**
     * The most problems kept for one request; the rest are counted in a last one ("…and 339,990 more"), so that a
     * request with a million mistakes costs no more memory, and no longer an answer, than one with a hundred.
     */
    public static final int MAX_PROBLEMS = 100;
    /** An immutable list of serialisable problems: a deserialised exception still lists them. */
    private final List<Problem> problems;

    /**
     * @param problems at least one problem; beyond {@link #MAX_PROBLEMS} (and one: a count would take its place) they
     *                 are counted, not kept, and so are those another list counted ({@link #saysThereAreMore})
     */
    public InvalidRequestException(List<Problem> problems) {
        this(bounded(problems), true);
    }

    private InvalidRequestException(List<Problem> problems, boolean bounded) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = problems;
    }

    /** {@code problems}, at most {@link #MAX_PROBLEMS} and a count of the rest (also for {@link Outcome}). */
    static List<Problem> bounded(List<Problem> problems) {
        java.util.Objects.requireNonNull(problems, "problems: give at least one");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid request needs at least one problem");
        }
        // the problems of another exception, merged with a caller's own, may end with "…and 500 more": those 500
        // are counted, not taken for one problem (and the marker is said last, once)
        List<Problem> found = new java.util.ArrayList<>(problems.size());
        long more = 0;
        boolean notChecked = false;
        for (int i = 0; i < problems.size(); i++) {
            Problem p = problems.get(i);
            if (p == null) {
                throw new NullPointerException("problems[" + i + "] is null");
            }
            java.util.regex.Matcher m = p.path().isEmpty() ? MORE.matcher(p.message()) : null;
            if (m != null && m.matches()) {
                more += Long.parseLong(m.group(1).replace(",", ""));
            } else if (p.equals(NOT_CHECKED_FURTHER)) {
                notChecked = true;
            } else {
                found.add(p);
            }
        }
        if (more == 0 && !notChecked && found.size() <= MAX_PROBLEMS + 1) {
            return List.copyOf(found); // a marker would take the place of the one problem it counts
        }
        List<Problem> kept = new java.util.ArrayList<>(found.subList(0, Math.min(found.size(), MAX_PROBLEMS)));
        more += found.size() - kept.size();
        if (more > 0) {
            kept.add(more(more));
        }
        if (notChecked) {
            kept.add(NOT_CHECKED_FURTHER);
        }
        return List.copyOf(kept);
    }

    /**
     * The last problem of a list whose checking stopped at {@link #MAX_PROBLEMS}, before the rest of the request was
     * looked at: there may be more, not counted (counting them would mean reading the request again for each).
     */
    public static Problem notCheckedFurther() {
        return NOT_CHECKED_FURTHER;
    }

    private static final Problem NOT_CHECKED_FURTHER = new Problem("",
            "…the rest of the request was not checked: correct these and send it again",
            "……请求的其余部分未检查:请改正以上问题后重新提交");

    /** The last problem of a list cut at {@link #MAX_PROBLEMS}: how many more there are. */
    public static Problem more(long count) {
        return new Problem("", String.format(java.util.Locale.ROOT, "…and %,d more", count),
                String.format(java.util.Locale.ROOT, "……另有 %,d 项问题", count));
    }

    /**
     * Whether {@code p} ends a list cut at {@link #MAX_PROBLEMS}, as {@link #more} or {@link #notCheckedFurther} made
     * it: it says there are more problems, and is none itself.
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    public static boolean saysThereAreMore(Problem p) {
        return p.equals(NOT_CHECKED_FURTHER) || p.path().isEmpty() && MORE.matcher(p.message()).matches();
    }

    private static final java.util.regex.Pattern MORE = java.util.regex.Pattern.compile("…and ([\\d,]+) more");

    /**
     * A request (or a command, or a path) naming a policy the engine has not: the problem at {@code policy}, with the
     * ids it has, in both languages.
     *
     * @param known the policy ids there are, in the order to name them
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    public static InvalidRequestException unknownPolicy(String id, java.util.Collection<String> known) {
        String ids = String.join(", ", known);
        return new InvalidRequestException("policy", "未知政策“" + id + "”;已有:" + ids,
                "unknown policy '" + id + "'; known: " + ids);
    }

    /** A subject of another type than the one its request key takes, at that key ({@code applicant}). */
    static InvalidRequestException wrongSubject(String key, Class<?> type, Object subject) {
        return new InvalidRequestException(key, "必须是 " + type.getSimpleName() + ",而不是 "
                + subject.getClass().getSimpleName(), "must be a " + type.getSimpleName() + ", not a "
                + subject.getClass().getSimpleName());
    }

    /** A request with a single problem. */
    public InvalidRequestException(String path, String message) {
        this(List.of(new Problem(path, message)));
    }

    /** A request with a single problem, worded in both languages. */
    public InvalidRequestException(String path, Text text) {
        this(List.of(Problem.of(path, text)));
    }

    /** A request with a single problem, worded in both languages: Chinese first, as {@link Text#bilingual}. */
    public InvalidRequestException(String path, String chinese, String english) {
        this(List.of(new Problem(path, english, chinese)));
    }

    /** Every problem found, in the order found. */
    public List<Problem> problems() {
        return problems;
    }
}
