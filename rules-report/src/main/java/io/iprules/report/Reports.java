package io.iprules.report;

import io.iprules.EvaluationResult;
import io.iprules.Language;
import io.iprules.PolicyDescription;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A result as an officer reads it, in Chinese or English: the text report that {@code ip-rules evaluate} prints and
 * the self-contained HTML page that {@code ip-rules report --html} writes, byte for byte. Both name the clause behind
 * every award, exclusion, condition, target and deadline, in the policy's own words where it has them; text that
 * came from the request is escaped ({@link SafeText}), and on the page HTML-escaped as well. Stateless and
 * thread-safe.
 *
 * <pre>{@code
 * EvaluationResult r = engine.evaluate(Jiaxing2012.APPLICANT, asOf, enterprise);
 * PolicyDescription policy = engine.policy(r.policy());
 * String text = Reports.text(r, policy, Language.ZH, false);   // 结论:有应予补助的项目 … 合计:200,000.00 元
 * String page = Reports.html(r, policy, Language.ZH);          // <!DOCTYPE html> … one file, no external resources
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public final class Reports {
    private Reports() {
    }

    /**
     * The text report: a header, the verdict, each award and each exclusion with its amount, reason and citation, the
     * conditions, targets, deadlines, measures and readings applied, the total and the warnings, in lines of at most
     * 100 terminal columns (a Chinese character counts two), each ending with {@code \n}.
     *
     * @param result    the result to show
     * @param policy    the description of the policy that decided it ({@code engine.policy(result.policy())}): its
     *                  words for the codes the result names
     * @throws IllegalArgumentException when {@code policy} is not the result's policy
     * @param language  the language of the report
     * @param withTrace also list the rules that fired, each with its clause (what {@code evaluate --verbose} adds)
     */
    public static String text(EvaluationResult result, PolicyDescription policy, Language language,
            boolean withTrace) {
        check(result, policy);
        return TextReport.render(result, policy, Objects.requireNonNull(language, "language"), withTrace);
    }

    /**
     * The HTML page: one self-contained UTF-8 document (its style inline, no script, no external resource) showing
     * every kind of result the result holds — conditions, awards and budget, targets as bars, deadlines on a
     * working-day timeline, measures — and the clauses cited, with the policy's readings the page relies on.
     * A deadline's days are shaded from the calendar its result's receipt names: the bundled notices, or a deployment's
     * calendar while an engine built on it lives in this JVM. A result decided on a deployment's calendar and drawn
     * elsewhere (read back from JSON in another process) shows its deadline without the day-by-day timeline, never
     * one shaded from another calendar.
     *
     * @param result   the result to show
     * @param policy   the description of the policy that decided it ({@code engine.policy(result.policy())})
     * @param language the language of the page
     * @throws IllegalArgumentException when {@code policy} is not the result's policy
     */
    public static String html(EvaluationResult result, PolicyDescription policy, Language language) {
        check(result, policy);
        return HtmlReport.render(result, policy, Objects.requireNonNull(language, "language"));
    }

    /**
     * Both given, and the description the result's policy's: another policy's would name the result's codes in its
     * own words, or not at all, without anything failing.
     */
    private static void check(EvaluationResult result, PolicyDescription policy) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(policy, "policy");
        if (!policy.id().equals(result.policy())) {
            throw new IllegalArgumentException("the result is of policy " + result.policy() + ", the description of "
                    + policy.id() + ": pass engine.policy(result.policy())");
        }
    }
}
