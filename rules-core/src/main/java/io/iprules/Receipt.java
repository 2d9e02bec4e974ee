package io.iprules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a decision was made with (决定回执), so that it can be reproduced and audited: the library and policy module
 * versions, a digest of the module's rules and of the parameter values in force, and a digest of the request.
 * Two evaluations with equal receipts give the same result, byte for byte in JSON.
 *
 * <p>Digests are {@code sha256:} and 64 lowercase hex digits (the README, "Decision receipts", says exactly what
 * each covers and how to recompute it):
 * <ul>
 *   <li>{@link #rules()}: the module's rule material — its rule files, {@code policy.json} and the parameter,
 *       target and phase files, its message files (explanations are part of the output), its
 *       {@code kmodule.xml} — and the core's messages;</li>
 *   <li>{@link #parameters()}: every parameter value in force for the policy in this engine, the text's figures
 *       and a deployment's together, canonically serialised;</li>
 *   <li>{@link #data()}: per kind of deployment data a policy reads (e.g. {@code calendar}), the digest its module
 *       gives of exactly the data it decides with, its bundled data and a deployment's files together; empty for
 *       a policy that reads none;</li>
 *   <li>{@link #request()}: the request as bound and evaluated (policy, as-of date, request key, subject),
 *       re-serialised canonically, so that whitespace and field order in the input do not change it.</li>
 * </ul>
 *
 * @param library       the version of the library (rules-core) that evaluated
 * @param policy        the policy id
 * @param policyVersion the version of the policy's module
 * @param rules         the digest of the module's rule material
 * @param parameters    the digest of the parameter values in force
 * @param data          per kind of deployment data the policy reads, its digest (ordered by kind)
 * @param request       the digest of the request as evaluated
 * @param asOf          the evaluation date
 * @param asOfSource    where the evaluation date came from
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.MAINTAINED, since = "0.1.0")
public record Receipt(String library, String policy, String policyVersion, String rules, String parameters,
                      java.util.SortedMap<String, String> data, String request, LocalDate asOf,
                      AsOfSource asOfSource) {

    /** Where the evaluation date of a request came from. */
    public enum AsOfSource {
        /** The request's own {@code asOf} (always so for a request made in Java). */
        REQUEST,
        /** The caller replaced the request's date (the CLI's {@code --as-of}). */
        OVERRIDE,
        /** The request gave none: the date is the day it was evaluated, and the result's warnings say so. */
        DEFAULT
    }

    /** Checks that every part is given. */
    public Receipt {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(policyVersion, "policyVersion");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(parameters, "parameters");
        data = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(data == null ? Map.of() : data));
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(asOfSource, "asOfSource");
    }

    /** A receipt of a policy that reads no deployment data. */
    public Receipt(String library, String policy, String policyVersion, String rules, String parameters,
                   String request, LocalDate asOf, AsOfSource asOfSource) {
        this(library, policy, policyVersion, rules, parameters, null, request, asOf, asOfSource);
    }

    /**
     * What differs between this receipt (the one recorded) and {@code other} (e.g. the one of a replay), one line
     * per part, in the order of the parts: {@code "rules: recorded sha256:…, now sha256:…"}. Empty when they are
     * equal. In English; {@link #explainedDifferences} gives the same lines in Chinese too.
     */
    public List<String> differences(Receipt other) {
        return explainedDifferences(other).stream().map(t -> t.in(Language.EN)).toList();
    }

    /**
     * {@link #differences} in both languages: each line names the part as results name it, then what it is, then
     * the two values, which are not translated ({@code "rules(规则摘要):记录为 sha256:…,现在为 sha256:…"}; in English
     * exactly the line of {@link #differences}). A part one receipt lacks (a kind of data) is {@code none}, 无.
     *
     * @since 0.2.0
     */
    public List<Text> explainedDifferences(Receipt other) {
        java.util.Objects.requireNonNull(other, "other: the receipt to compare with");
        List<Text> out = new ArrayList<>();
        compare(out, "library", "库版本", library, other.library);
        compare(out, "policy", "政策", policy, other.policy);
        compare(out, "policyVersion", "政策模块版本", policyVersion, other.policyVersion);
        compare(out, "rules", "规则摘要", rules, other.rules);
        compare(out, "parameters", "参数摘要", parameters, other.parameters);
        java.util.TreeSet<String> kinds = new java.util.TreeSet<>(data.keySet());
        kinds.addAll(other.data.keySet());
        for (String kind : kinds) {
            String named = io.iprules.internal.CoreMessages.dataKind(kind).in(Language.ZH); // calendar: 日历
            compare(out, "data." + kind, named + (named.equals(kind) ? " " : "") + "数据摘要", data.get(kind),
                    other.data.get(kind));
        }
        compare(out, "request", "请求摘要", request, other.request);
        compare(out, "asOf", "评估日期", asOf, other.asOf);
        compare(out, "asOfSource", "评估日期来源", asOfSource, other.asOfSource);
        return out;
    }

    private static void compare(List<Text> out, String part, String chinese, Object recorded, Object now) {
        if (!Objects.equals(recorded, now)) {
            out.add(Text.bilingual(part + "(" + chinese + "):记录为 " + (recorded == null ? "无" : recorded) + ",现在为 "
                    + (now == null ? "无" : now), part + ": recorded " + (recorded == null ? "none" : recorded)
                    + ", now " + (now == null ? "none" : now)));
        }
    }
}
