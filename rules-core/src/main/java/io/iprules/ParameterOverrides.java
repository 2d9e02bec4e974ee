package io.iprules;

import com.fasterxml.jackson.databind.JsonNode;
import io.iprules.json.InvisibleCharacters;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deployment's values for the parameters the texts leave open, read from its parameter files and checked
 * against the policies' definitions. The file format:
 *
 * <pre>{@code
 * { "example-2020": {
 *     "EX_GRANT.INVENTION": [ { "from": "2021-01-01", "value": "3000", "source": "implementing rule No. 1" } ] } }
 * }</pre>
 */
final class ParameterOverrides {
    /** Where values come from: a JSON file, or one value set in Java. */
    record Source(String name, byte[] json, String policy, String parameter, List<ParameterValue> values) {
        static Source json(String name, byte[] json) {
            return new Source(name, json, null, null, null);
        }

        static Source single(String policy, String parameter, ParameterValue value) {
            return new Source("builder parameter(" + policy + ", " + parameter + ")", null, policy, parameter,
                    List.of(value));
        }

        /** Whether this holds the values set in Java for {@code parameter} of {@code policy}. */
        boolean sets(String policy, String parameter) {
            return json == null && this.policy.equals(policy) && this.parameter.equals(parameter);
        }

        /** This source with {@code value} after its own: a later value of the same parameter, as a file lists it. */
        Source and(ParameterValue value) {
            List<ParameterValue> more = new ArrayList<>(values);
            more.add(value);
            return new Source(name, null, policy, parameter, List.copyOf(more));
        }
    }

    private ParameterOverrides() {
    }

    /** A wrong parameter file, worded in both languages: the deployment's officer reads it in the run's language. */
    private static ConfigurationException bad(String chinese, String english) {
        return new ConfigurationException(Text.bilingual(chinese, english), null, true);
    }

    private static ConfigurationException bad(String chinese, String english, Throwable cause) {
        return new ConfigurationException(Text.bilingual(chinese, english), cause, true);
    }

    /**
     * Merges the sources into the policies' parameters.
     *
     * @param policies policy id → description with the text's parameters
     * @return policy id → description with the deployment's values in place
     * @throws ConfigurationException naming the source, the path and the problem
     */
    static Map<String, PolicyDescription> apply(Map<String, PolicyDescription> policies, List<Source> sources) {
        return apply(policies, sources, new LinkedHashMap<>());
    }

    /**
     * As {@link #apply(Map, List)}, putting in {@code setBy} the source that set each parameter ({@code
     * "policy.NAME"} → its name): what a module's own check of the values names as their file.
     */
    static Map<String, PolicyDescription> apply(Map<String, PolicyDescription> policies, List<Source> sources,
                                                Map<String, String> setBy) {
        Map<String, Map<String, List<ParameterValue>>> set = new LinkedHashMap<>();
        for (Source s : sources) {
            Map<String, Map<String, List<ParameterValue>>> values = s.json() != null ? parse(s) :
                    Map.of(s.policy(), Map.of(s.parameter(), s.values()));
            for (var policy : values.entrySet()) {
                PolicyDescription d = policies.get(policy.getKey());
                if (d == null) {
                    // the known ids as the engine's own "unknown policy" names them
                    String known = String.join(", ", new java.util.TreeSet<>(policies.keySet()));
                    throw bad(s.name() + ": " + policy.getKey() + ": 没有这项政策;已有:" + known,
                            s.name() + ": " + policy.getKey() + ": no such policy; known: " + known);
                }
                for (var p : policy.getValue().entrySet()) {
                    String path = policy.getKey() + "." + p.getKey();
                    ParameterInfo info = d.parameter(p.getKey()).orElseThrow(() -> noSuchParameter(s.name(), path,
                            policy.getKey(), d));
                    if (!info.open()) {
                        throw bad(s.name() + ": " + path + ": 由政策原文规定(" + info.citation() + "),不能由部署设置",
                                s.name() + ": " + path + ": is fixed by the text (" + info.citation()
                                        + ") and cannot be set by a deployment");
                    }
                    String before = setBy.put(path, s.name());
                    if (before != null) {
                        throw bad(s.name() + ": " + path + ": 已由 " + before + " 设置",
                                s.name() + ": " + path + ": already set by " + before);
                    }
                    List<ParameterValue> vs = new ArrayList<>(p.getValue());
                    for (int i = 0; i < vs.size(); i++) {
                        // what a file cannot hold, a value set in Java can: held to the file's rules all the same
                        Text wrongSource = sourceProblem(vs.get(i).source());
                        if (wrongSource != null) {
                            String at = s.name() + ": " + path + "[" + i + "].source: ";
                            throw bad(at + wrongSource.in(Language.ZH), at + wrongSource.in(Language.EN));
                        }
                        if (!io.iprules.internal.IsoDates.writable(vs.get(i).from())) {
                            throw notADate(s.name() + ": " + path + "[" + i + "].from", vs.get(i).from());
                        }
                        // in the words a module's own value is refused in (by the engine, by the kit at its file)
                        Text early = vs.get(i).beforeInForce(d.inForceFrom(), d.inForceCitation());
                        if (early != null) {
                            String at = s.name() + ": " + path + "[" + i + "].from: ";
                            throw bad(at + early.in(Language.ZH), at + early.in(Language.EN));
                        }
                        try {
                            info.unit().parse(vs.get(i).value());
                        } catch (ParameterUnit.InvalidValueException e) {
                            throw bad(s.name() + ": " + path + "[" + i + "].value: " + e.text().in(Language.ZH),
                                    s.name() + ": " + path + "[" + i + "].value: " + e.getMessage(), e);
                        }
                        if (info.unit() != ParameterUnit.DATE && vs.get(i).value().startsWith("-")) {
                            // a negative number is refused above, so this is zero written "-0" or "-0.00": the
                            // number it is, 0, as the request reader reads an amount so written, and as the listing,
                            // amountBasis and the officer's text show it (they showed "-0")
                            ParameterValue v = vs.get(i);
                            vs.set(i, new ParameterValue(v.from(), v.value().substring(1), v.source()));
                        }
                        if (i > 0 && !vs.get(i).from().isAfter(vs.get(i - 1).from())) {
                            throw bad(s.name() + ": " + path + "[" + i + "].from: "
                                            + "各项取值的生效日期必须从早到晚排列,不得重复",
                                    s.name() + ": " + path + "[" + i + "].from: values "
                                            + "must be listed in increasing date order, no date twice");
                        }
                    }
                    set.computeIfAbsent(policy.getKey(), k -> new LinkedHashMap<>()).put(p.getKey(), List.copyOf(vs));
                }
            }
        }
        Map<String, PolicyDescription> out = new LinkedHashMap<>();
        for (var e : policies.entrySet()) {
            Map<String, List<ParameterValue>> mine = set.getOrDefault(e.getKey(), Map.of());
            if (mine.isEmpty()) {
                out.put(e.getKey(), e.getValue());
                continue;
            }
            List<ParameterInfo> merged = new ArrayList<>();
            for (ParameterInfo p : e.getValue().parameters()) {
                List<ParameterValue> v = mine.get(p.name());
                merged.add(v == null ? p : p.withValues(v));
            }
            out.put(e.getKey(), e.getValue().withParameters(merged));
        }
        return out;
    }

    /**
     * A parameter the policy does not have, with the ones a deployment may set (its open ones: a fixed one would be
     * refused as fixed), or that it has none (a policy whose figures are all its text's).
     */
    private static ConfigurationException noSuchParameter(String file, String path, String policy,
                                                          PolicyDescription d) {
        List<String> open = d.parameters().stream().filter(ParameterInfo::open).map(ParameterInfo::name).toList();
        if (open.isEmpty()) {
            return bad(file + ": " + path + ": 没有这个参数;“" + policy + "”没有可由部署设置的参数",
                    file + ": " + path + ": no such parameter; '" + policy + "' has no parameter a deployment sets");
        }
        return bad(file + ": " + path + ": 没有这个参数;“" + policy + "”可由部署设置的参数有:" + String.join("、", open),
                file + ": " + path + ": no such parameter; those of '" + policy + "' a deployment sets are "
                        + String.join(", ", open));
    }

    private static Map<String, Map<String, List<ParameterValue>>> parse(Source s) {
        JsonNode root;
        try {
            // one document, valid UTF-8, no field twice, every number within the digits a request may have
            root = io.iprules.json.StrictJsonFile.read(s.name(), s.json());
        } catch (io.iprules.json.StrictJsonFile.InvalidFileException e) {
            // file: path: what is wrong, as every other problem of the file is told, in both languages
            throw bad(e.text().in(Language.ZH), e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw bad(s.name() + ": 必须是“政策 id → 参数”的 JSON 对象",
                    s.name() + ": must be a JSON object of policy id → parameters");
        }
        Map<String, Map<String, List<ParameterValue>>> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> policy : root.properties()) {
            if (!policy.getValue().isObject()) {
                throw bad(s.name() + ": " + policy.getKey() + ": 必须是“参数名 → 取值列表”的对象",
                        s.name() + ": " + policy.getKey() + ": must be an object of parameter name → list of values");
            }
            Map<String, List<ParameterValue>> params = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> p : policy.getValue().properties()) {
                String path = policy.getKey() + "." + p.getKey();
                if (!p.getValue().isArray() || p.getValue().isEmpty()) {
                    throw bad(s.name() + ": " + path + ": 必须是非空列表,每项为 {\"from\", \"value\", \"source\"}",
                            s.name() + ": " + path + ": must be a non-empty list of {\"from\", \"value\", \"source\"}");
                }
                List<ParameterValue> values = new ArrayList<>();
                int i = 0;
                for (JsonNode v : p.getValue()) {
                    values.add(value(s.name(), path + "[" + i++ + "]", v));
                }
                params.put(p.getKey(), values);
            }
            out.put(policy.getKey(), params);
        }
        return out;
    }

    private static ParameterValue value(String file, String path, JsonNode v) {
        if (!v.isObject()) {
            throw bad(file + ": " + path + ": 必须是 {\"from\", \"value\", \"source\"}",
                    file + ": " + path + ": must be {\"from\", \"value\", \"source\"}");
        }
        for (Iterator<String> names = v.fieldNames(); names.hasNext(); ) {
            String n = names.next();
            if (!n.equals("from") && !n.equals("value") && !n.equals("source")) {
                throw bad(file + ": " + path + "." + n + ": 未知字段;应为 from、value、source",
                        file + ": " + path + "." + n + ": unknown field; expected from, value, source");
            }
        }
        String from = text(file, path, v, "from");
        JsonNode given = v.get("value");
        if (given != null && given.isBoolean()) {
            // a switch written as JSON's true: what a yes or no is written as, not "is required"
            throw bad(file + ": " + path + ".value: 是或否写作 1(是)或 0(否),而不是 " + given,
                    file + ": " + path + ".value: yes or no is written 1 (yes) or 0 (no), not " + given);
        }
        if (given != null && given.isContainerNode()) {
            throw bad(file + ": " + path + ".value: 必须是字符串或数值,而不是" + (given.isObject() ? "对象" : "列表"),
                    file + ": " + path + ".value: must be a string or a number, not " + (given.isObject()
                            ? "an object" : "a list"));
        }
        String value = given != null && given.isNumber() ? given.decimalValue().toPlainString()
                : text(file, path, v, "value");
        String source = text(file, path, v, "source");
        try {
            return new ParameterValue(io.iprules.internal.IsoDates.parse(from), value, source);
        } catch (DateTimeParseException e) {
            throw notADate(file + ": " + path + ".from", from);
        }
    }

    /**
     * What is wrong with a value's {@code source}, or {@code null}: it names the implementing rule that the listing, a
     * result's {@code amountBasis} and the officer's text cite, so it must show something, as a name must (spaces
     * alone, no-break and ideographic ones included, are no source; nor are characters that show nothing alone,
     * {@link io.iprules.json.InvisibleCharacters}: {@code "\u200B"} would cite an empty source), and it holds no
     * control character, which the calendar reader refuses in a notice's title too (a line feed would break the cited
     * line).
     */
    private static Text sourceProblem(String source) {
        boolean shows = false;
        int invisible = -1;
        for (int i = 0; i < source.length(); i += Character.charCount(source.codePointAt(i))) {
            int c = source.codePointAt(i);
            if (InvisibleCharacters.showsNothing(c)) {
                invisible = invisible < 0 ? c : invisible;
            } else if (!InvisibleCharacters.isSpace(c)) {
                shows = true;
            }
        }
        if (!shows && invisible < 0) {
            return Text.bilingual("必须填写(字符串)", "is required (a string)");
        }
        if (!shows) {
            String named = InvisibleCharacters.named(invisible);
            return Text.bilingual("没有可见的字符(" + named + "):请写出来源本身,如实施细则的文号",
                    "holds nothing visible (" + named + "): write the source itself, such as the implementing rule's "
                            + "document number");
        }
        int control = source.codePoints().filter(Character::isISOControl).findFirst().orElse(-1);
        if (control >= 0) {
            String named = InvisibleCharacters.named(control);
            return Text.bilingual("含有控制字符(" + named + ")", "contains a control character (" + named + ")");
        }
        return null;
    }

    /**
     * A value's {@code from} that is no date {@code YYYY-MM-DD} or no real one ({@code 2013-02-30}), at {@code where}
     * (the source and the path): in the request reader's words.
     */
    private static ConfigurationException notADate(String where, Object from) {
        return bad(where + ": 必须是有效日期 YYYY-MM-DD,而不是“" + from + "”",
                where + ": must be a real date YYYY-MM-DD, not '" + from + "'");
    }

    private static String text(String file, String path, JsonNode v, String field) {
        JsonNode n = v.get(field);
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            throw bad(file + ": " + path + "." + field + ": 必须填写(字符串)",
                    file + ": " + path + "." + field + ": is required (a string)");
        }
        return n.asText();
    }
}
