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
     * equal.
     */
    public List<String> differences(Receipt other) {
        List<String> out = new ArrayList<>();
        compare(out, "library", library, other.library);
        compare(out, "policy", policy, other.policy);
        compare(out, "policyVersion", policyVersion, other.policyVersion);
        compare(out, "rules", rules, other.rules);
        compare(out, "parameters", parameters, other.parameters);
        java.util.TreeSet<String> kinds = new java.util.TreeSet<>(data.keySet());
        kinds.addAll(other.data.keySet());
        for (String kind : kinds) {
            compare(out, "data." + kind, data.getOrDefault(kind, "none"), other.data.getOrDefault(kind, "none"));
        }
        compare(out, "request", request, other.request);
        compare(out, "asOf", asOf, other.asOf);
        compare(out, "asOfSource", asOfSource, other.asOfSource);
        return out;
    }

    private static void compare(List<String> out, String part, Object recorded, Object now) {
        if (!recorded.equals(now)) {
            out.add(part + ": recorded " + recorded + ", now " + now);
        }
    }
}
