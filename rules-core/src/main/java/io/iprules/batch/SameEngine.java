package io.iprules.batch;

import com.fasterxml.jackson.databind.JsonNode;
import io.iprules.RulesEngine;
import io.iprules.internal.EngineReceipts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks, when a run is resumed, that the engine continuing it is the one that decided the results it keeps: the
 * engine's parts of the receipt (决定回执) of each policy's first kept result — library, policy version, rules,
 * parameters, data — must be this engine's. They are the same on every result of a policy an engine writes, so
 * one result per policy tells; a kept output is only ever continued by an engine that passed this check, so it
 * holds one engine's results throughout. Error lines carry no receipt and decide nothing: they are not read.
 *
 * <p>An engine that cannot say its receipts without evaluating (not the library's own, e.g. a test double) is not
 * checked.
 */
final class SameEngine {
    private final EngineReceipts engine;
    private final Set<String> checked = new HashSet<>();

    SameEngine(RulesEngine engine) {
        this.engine = engine instanceof EngineReceipts e ? e : null;
    }

    /**
     * Checks {@code result}, line {@code number} of the kept output, if it is its policy's first.
     *
     * @throws ResumeException naming each part that differs, or when its receipt is not one the batch writes
     */
    void check(JsonNode result, long number) {
        String policy = result.path("policy").asText();
        if (engine == null || !checked.add(policy)) {
            return;
        }
        JsonNode receipt = result.get("receipt");
        Optional<EngineReceipts.Parts> now = engine.receiptParts(policy);
        List<ResumeException.Difference> out = new ArrayList<>();
        if (now.isEmpty()) {
            out.add(new ResumeException.Difference(policy, "policy", policy, "none"));
        } else if (receipt == null) {
            out.add(new ResumeException.Difference(policy, "receipt", "none", "library " + now.get().library()));
        } else {
            EngineReceipts.Parts n = now.get();
            compare(out, policy, "library", text(receipt, "library", number), n.library());
            compare(out, policy, "policy", text(receipt, "policy", number), n.policy());
            compare(out, policy, "policyVersion", text(receipt, "policyVersion", number), n.policyVersion());
            compare(out, policy, "rules", text(receipt, "rules", number), n.rules());
            compare(out, policy, "parameters", text(receipt, "parameters", number), n.parameters());
            Map<String, String> recordedData = data(receipt, number);
            TreeMap<String, String> kinds = new TreeMap<>(recordedData);
            kinds.putAll(n.data());
            for (String kind : kinds.keySet()) {
                compare(out, policy, "data." + kind, recordedData.getOrDefault(kind, "none"),
                        n.data().getOrDefault(kind, "none"));
            }
        }
        if (!out.isEmpty()) {
            throw new ResumeException(out);
        }
    }

    /**
     * The engine's parts of the receipts of every one of its policies, as a {@link Checkpoint} records them;
     * {@code null} for an engine that cannot say them without evaluating.
     */
    static java.util.SortedMap<String, java.util.SortedMap<String, String>> parts(RulesEngine engine) {
        if (!(engine instanceof EngineReceipts receipts)) {
            return null;
        }
        java.util.SortedMap<String, java.util.SortedMap<String, String>> out = new TreeMap<>();
        for (io.iprules.PolicyDescription d : engine.policies()) {
            receipts.receiptParts(d.id()).ifPresent(p -> {
                java.util.SortedMap<String, String> parts = new TreeMap<>();
                parts.put("library", p.library());
                parts.put("policyVersion", p.policyVersion());
                parts.put("rules", p.rules());
                parts.put("parameters", p.parameters());
                p.data().forEach((kind, digest) -> parts.put("data." + kind, digest));
                out.put(d.id(), parts);
            });
        }
        return out;
    }

    /**
     * What differs between the engine a checkpoint recorded and this one's {@link #parts}: per policy of either, in
     * the receipt's order, each part that differs ({@code policy} for a policy only one of them has).
     */
    static List<ResumeException.Difference> differences(
            java.util.SortedMap<String, java.util.SortedMap<String, String>> recorded,
            java.util.SortedMap<String, java.util.SortedMap<String, String>> now) {
        List<ResumeException.Difference> out = new ArrayList<>();
        java.util.SortedSet<String> policies = new java.util.TreeSet<>(recorded.keySet());
        policies.addAll(now.keySet());
        for (String policy : policies) {
            Map<String, String> r = recorded.get(policy);
            Map<String, String> n = now.get(policy);
            if (r == null || n == null) {
                out.add(new ResumeException.Difference(policy, "policy", r == null ? "none" : policy,
                        n == null ? "none" : policy));
                continue;
            }
            List<String> parts = new ArrayList<>(List.of("library", "policyVersion", "rules", "parameters"));
            java.util.SortedSet<String> data = new java.util.TreeSet<>(r.keySet());
            data.addAll(n.keySet());
            data.removeAll(parts);
            parts.addAll(data);
            for (String part : parts) {
                compare(out, policy, part, r.getOrDefault(part, "none"), n.getOrDefault(part, "none"));
            }
        }
        return out;
    }

    private static void compare(List<ResumeException.Difference> out, String policy, String part, String recorded,
                                String now) {
        if (!recorded.equals(now)) {
            out.add(new ResumeException.Difference(policy, part, recorded, now));
        }
    }

    private static String text(JsonNode receipt, String part, long number) {
        JsonNode v = receipt.get(part);
        if (v == null || !v.isTextual()) {
            throw new ResumeException(io.iprules.Text.bilingual(
                    "已保留输出的第 " + number + " 行的决定回执缺少 " + part,
                    "line " + number + " of the kept output has a receipt without its " + part));
        }
        return v.asText();
    }

    private static Map<String, String> data(JsonNode receipt, long number) {
        JsonNode d = receipt.get("data");
        Map<String, String> out = new TreeMap<>();
        if (d == null) {
            return out;
        }
        if (!d.isObject()) {
            throw new ResumeException(io.iprules.Text.bilingual(
                    "已保留输出的第 " + number + " 行的决定回执中 data 不是对象",
                    "line " + number + " of the kept output has a receipt whose data is not an object"));
        }
        for (Map.Entry<String, JsonNode> e : d.properties()) {
            if (!e.getValue().isTextual()) {
                throw new ResumeException(io.iprules.Text.bilingual(
                        "已保留输出的第 " + number + " 行的决定回执中 data." + e.getKey() + " 不是摘要",
                        "line " + number + " of the kept output has a receipt whose data." + e.getKey()
                                + " is not a digest"));
            }
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }
}
