package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iprules.InvalidRequestException;
import io.iprules.Language;
import io.iprules.Problem;
import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import io.iprules.kit.MessageCatalog;
import io.iprules.spi.PolicyModule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every input problem an officer or integrator sees exists in Chinese and English (issues 16, 17 §3): worded at its
 * source (the kit's and each module's message catalogs, the JSON reader), not translated after the fact.
 */
class ProblemLanguagesTest {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final RulesEngine ENGINE = RulesEngine.builder().build();
    private static final JsonContract CONTRACT = new JsonContract(ENGINE);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every {@code problem.*} message of the kit and of every policy module found on the class path has both. */
    @Test
    void everyProblemMessageOfTheKitAndEveryModuleIsWordedInChinese() {
        List<MessageCatalog> catalogs = new ArrayList<>();
        catalogs.add(MessageCatalog.kit());
        Set<String> modules = new TreeSet<>();
        for (PolicyModule m : ServiceLoader.load(PolicyModule.class)) {
            catalogs.add(MessageCatalog.load(m.getClass(), "messages"));
            modules.add(m.id());
        }
        assertThat(modules).contains("jiaxing-2012", "pilot-city-2017", "anning-2022", "beijing-2012",
                "northeast-2017");
        int checked = 0;
        Object[] args = {"A", "B", "C", "D", "E", "F", "G"};
        for (MessageCatalog c : catalogs) {
            for (String key : new TreeSet<>(c.keys())) {
                if (!key.startsWith("problem.")) {
                    continue;
                }
                String zh = c.format(Language.ZH, key, args);
                String en = c.format(Language.EN, key, args);
                assertThat(zh).as(c + " " + key).matches(s -> HAN.matcher(s).find(), "has Chinese characters");
                assertThat(en).as(c + " " + key).isNotBlank().isNotEqualTo(zh);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(60);
    }

    /** Problems the module validations make, with the Chinese each one gives (worked out from the catalogs). */
    @Test
    void moduleProblemsInBothLanguages() {
        assertProblem("{\"policy\":\"jiaxing-2012\",\"asOf\":\"2013-12-31\",\"city\":{\"name\":\"嘉兴市\",\"figures\":"
                        + "{\"JX_2013_PATENT_GRANTS\":400,\"JX_2013_INVENTION_GRANTS\":500}}}",
                "city.figures.JX_2013_INVENTION_GRANTS",
                "不能超过 JX_2013_PATENT_GRANTS(400):发明专利是全部专利的一部分(§1(2)“其中”)",
                "cannot exceed JX_2013_PATENT_GRANTS (400): inventions are part of all patents (§1(2) 其中)");
        assertProblem("{\"policy\":\"jiaxing-2012\",\"asOf\":\"2013-12-31\",\"applicant\":{\"name\":\"甲\","
                        + "\"patents\":[{\"number\":\"ZL1\",\"kind\":\"INVENTION\",\"grantDate\":\"2013-01-05\"}]}}",
                "applicant.patents[0].field", "发明专利必须填写:所属领域决定年费补助(§6(5)1)",
                "is required for an invention patent: it decides the annual-fee subsidy (§6(5)1)");
        assertProblem("{\"policy\":\"jiaxing-2012\",\"asOf\":\"2013-12-31\",\"applicant\":{\"name\":\"甲\","
                        + "\"standards\":[{\"level\":\"NATIONAL\",\"role\":\"LEAD\",\"published\":\"2013-05-01\"},"
                        + "{\"level\":\"NATIONAL\",\"role\":\"LEAD\",\"published\":\"2013-05-01\"}]}}",
                "applicant.standards[1].number",
                "有两项于 2013-05-01 发布的国家标准,必须填写标准编号以示区分(且两个编号不得相同)",
                "is required to tell apart two NATIONAL standards published on 2013-05-01 (and two numbers must "
                + "differ)");
        assertProblem("{\"policy\":\"jiaxing-2012\",\"asOf\":\"2014-06-30\",\"applicant\":{\"name\":\"甲\","
                        + "\"standards\":[{\"level\":\"NATIONAL\",\"role\":\"LEAD\",\"published\":\"2013-05-01\","
                        + "\"number\":\"GB/T 30001-2013\"},{\"level\":\"INDUSTRY\",\"role\":\"LEAD\","
                        + "\"published\":\"2014-02-01\",\"number\":\"GB/T 30001-2013\"}]}}",
                "applicant.standards[1].number", "标准 GB/T 30001-2013 重复列出;一项标准只列一次(§6(5)6:每项标准为一个事项)",
                "standard GB/T 30001-2013 is listed twice; one standard is one entry (§6(5)6: each standard is its own "
                        + "matter)");
        assertProblem("{\"policy\":\"pilot-city-2017\",\"asOf\":\"2017-07-31\",\"applicant\":{\"name\":\"甲市\","
                        + "\"province\":\"乙省\",\"type\":\"PREFECTURE_LEVEL_CITY\",\"ipOnAgenda\":true,"
                        + "\"coordinationMechanism\":true,\"smeServiceSystem\":true,\"leadershipMechanism\":true,"
                        + "\"fiscalSupport\":true,\"application\":{\"ipOffice\":true,\"smeAuthority\":true},"
                        + "\"recommendation\":{\"ipOffice\":true,\"smeAuthority\":true,\"date\":\"2017-07-20\"}}}",
                "applicant.parks", "必须填写:申报城市中小企业相对集聚的园区(§1(2)2),每个申报城市可包括2-3个(§2(2))",
                "is required: the application's SME-cluster parks (§1(2)2), 2 to 3 of them (§2(2))");
        assertProblem("{\"policy\":\"anning-2022\",\"asOf\":\"2025-07-31\",\"applicant\":{\"name\":\"安宁市\","
                        + "\"figures\":{\"AN_RIGHTS_HOLDER_SATISFACTION\":\"1.5\"}}}",
                "applicant.figures.AN_RIGHTS_HOLDER_SATISFACTION", "是 0 到 1 之间的比率(0.31 即 31%),现为 1.5",
                "is a rate between 0 and 1 (0.31 is 31%), not 1.5");
        assertProblem("{\"policy\":\"beijing-2012\",\"asOf\":\"2013-12-31\",\"applicant\":{\"name\":\"甲\","
                        + "\"registeredInBeijing\":true,\"industries\":[\"OTHER\"],\"greenChannel\":[{\"certificate\":"
                        + "\"PRIORITY_EXAMINATION\",\"subject\":\"ZL1\",\"complete\":\"2013-09-27\","
                        + "\"issued\":\"2013-09-26\"}]}}",
                "applicant.greenChannel[0].issued", "早于申请文件齐备日期(2013-09-27):申请文件齐备之前不能出具证明",
                "is before complete (2013-09-27): a certificate cannot be issued before the file is complete");
        assertProblem("{\"policy\":\"northeast-2017\",\"asOf\":\"2021-06-30\",\"applicant\":{\"name\":\"某省\","
                        + "\"level\":\"PROVINCE\",\"province\":\"辽宁\",\"period\":{\"from\":2016,\"to\":2020},"
                        + "\"figures\":{}}}",
                "applicant.province", "“辽宁”是简称:请填写省级行政区的全称 辽宁省",
                "'辽宁' is a short name: write the full name of the provincial-level unit, 辽宁省");
        assertProblem("{\"policy\":\"northeast-2017\",\"asOf\":\"2021-06-30\",\"applicant\":{\"name\":\"某省\","
                        + "\"level\":\"PROVINCE\",\"province\":\"辽东省\",\"period\":{\"from\":2016,\"to\":2020},"
                        + "\"figures\":{}}}",
                "applicant.province", "未知的省份“辽东省”:请填写省级行政区的全称,如 辽宁省、内蒙古自治区",
                "unknown province '辽东省': write the full name of a provincial-level unit, e.g. 辽宁省, 内蒙古自治区");
        // the JSON reader's own problems
        assertProblem("{\"policy\":\"jiaxing-2012\",\"asOf\":\"2013-02-30\",\"applicant\":{\"name\":\"甲\"}}", "asOf",
                "必须是有效日期 YYYY-MM-DD,而不是“2013-02-30”", "must be a real date YYYY-MM-DD, not '2013-02-30'");
        assertProblem("{\"policy\":\"jiaxing-2012\",\"applicant\":{\"name\":\"甲\",\"nmae\":1}}", "applicant.nmae",
                null, null);
    }

    /**
     * Every problem any of the shipped requests can be turned into (a value replaced by a wrong one, an entry
     * repeated, a field removed) has Chinese wording: the same mutations reach every check of every module.
     */
    @Test
    void everyProblemOfMutatedRequestsHasChineseWording() throws Exception {
        List<JsonNode> wrongValues = List.of(JsonNodeFactory.instance.nullNode(), JSON.readTree("-1"),
                JSON.readTree("0"), JSON.readTree("\"x\""), JSON.readTree("2.005"), JSON.readTree("[]"),
                JSON.readTree("{}"), JSON.readTree("\"2013-02-30\""), JSON.readTree("true"), JSON.readTree("1e50"),
                JSON.readTree("3000"), JSON.readTree("\"12345678901234567\""));
        Set<String> seen = new LinkedHashSet<>();
        int requests = 0;
        try (Stream<Path> files = Files.list(Path.of("requests"))) {
            for (Path f : files.sorted().toList()) {
                JsonNode original = JSON.readTree(f.toFile());
                List<JsonNode> variants = new ArrayList<>();
                mutations((ObjectNode) original, original, wrongValues, variants);
                for (JsonNode v : variants) {
                    requests++;
                    try {
                        CONTRACT.evaluate(JSON.writeValueAsBytes(v), LocalDate.of(2020, 1, 1), null);
                    } catch (InvalidRequestException e) {
                        for (Problem p : e.problems()) {
                            if (p.chinese() == null || !HAN.matcher(p.chinese()).find()) {
                                fail(f + ": a problem without Chinese wording: " + p + "\nrequest: " + v);
                            }
                            seen.add(p.message().replaceAll("[0-9'\"].*", ""));
                        }
                    }
                }
            }
        }
        assertThat(requests).isGreaterThan(1_000);
        assertThat(seen).hasSizeGreaterThan(30); // many different checks were reached, not one over and over
    }

    /**
     * A value that is not an object where the contract wants one (a policy's figures, a park, a period, a green-channel
     * entry…) is told as "must be a JSON object" in the officer's words: never the name of the Java type behind it
     * ({@code LinkedHashMap}, {@code Counts}, {@code Park}…), which means nothing to the person who wrote the request.
     */
    @Test
    void aValueWhereAnObjectBelongsIsToldAsAJsonObjectWithoutJavaTypeNames() throws Exception {
        List<JsonNode> notObjects = List.of(JSON.readTree("0"), JSON.readTree("\"x\""), JSON.readTree("[]"),
                JSON.readTree("true"), JSON.readTree("1.5"));
        Pattern javaName = Pattern.compile("\\((?:LinkedHashMap|HashMap|Map|[A-Z][a-z]+[A-Z][A-Za-z]"
                + "*|Counts|Park|Period)\\)");
        Set<String> paths = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("requests"))) {
            for (Path f : files.sorted().toList()) {
                ObjectNode original = (ObjectNode) JSON.readTree(f.toFile());
                List<String[]> objectFields = new ArrayList<>();
                objectPaths(original, "", objectFields);
                for (String[] field : objectFields) {
                    for (JsonNode w : notObjects) {
                        ObjectNode v = original.deepCopy();
                        JsonNode parent = field[0].isEmpty() ? v : v.at(field[0]);
                        if (parent.isArray()) {
                            ((ArrayNode) parent).set(Integer.parseInt(field[1]), w);
                        } else {
                            ((ObjectNode) parent).set(field[1], w);
                        }
                        String path = field[2];
                        try {
                            CONTRACT.evaluate(JSON.writeValueAsBytes(v), LocalDate.of(2020, 1, 1), null);
                            fail(f + ": accepted " + w + " at " + path);
                        } catch (InvalidRequestException e) {
                            Problem p = e.problems().stream().filter(x -> x.path().equals(path)).findFirst()
                                    .orElseThrow(() -> new AssertionError(f + ": no problem at " + path + ": "
                                            + e.problems()));
                            assertThat(p.message(Language.ZH)).as(f + " " + path + " = " + w)
                                    .startsWith("必须是").contains("对象").doesNotContainPattern(javaName);
                            assertThat(p.message(Language.EN)).as(f + " " + path + " = " + w)
                                    .startsWith("must be").contains("object").doesNotContainPattern(javaName);
                            paths.add(path.replaceAll("\\[\\d+]", "[]"));
                        }
                    }
                }
            }
        }
        // the kinds of object named in the report: a figures map, Park, Period, KindFigures, Counts,
        // GreenChannelRequest
        assertThat(paths).contains("applicant.figures", "applicant.parks[]", "applicant.period",
                "applicant.figures.PATENT", "applicant.figures.PATENT.region", "applicant.greenChannel[]");
    }

    /**
     * Each object inside {@code node} (not {@code node} itself): {JSON pointer of its parent, its name or index, its
     * path}.
     */
    private static void objectPaths(JsonNode node, String pointer, List<String[]> out) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                JsonNode child = node.get(name);
                if (child.isObject()) {
                    out.add(new String[] {pointer, name, problemPath(pointer + "/" + name)});
                }
                objectPaths(child, pointer + "/" + name, out);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isObject()) {
                    out.add(new String[] {pointer, String.valueOf(i), problemPath(pointer + "/" + i)});
                }
                objectPaths(node.get(i), pointer + "/" + i, out);
            }
        }
    }

    /** {@code /applicant/parks/0/name} as a problem path, {@code applicant.parks[0].name}. */
    private static String problemPath(String pointer) {
        return pointer.substring(1).replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.');
    }

    /**
     * Each variant of {@code root}: at every field of {@code node}, each wrong value; each list entry doubled; the
     * field removed.
     */
    private static void mutations(ObjectNode root, JsonNode node, List<JsonNode> wrong, List<JsonNode> out) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add); // the variants are made by changing the node in place
            for (String name : names) {
                if (node == root && name.equals("policy")) {
                    continue;
                }
                for (JsonNode w : wrong) {
                    out.add(replaced(root, (ObjectNode) node, name, w));
                }
                out.add(removed(root, (ObjectNode) node, name));
                mutations(root, node.get(name), wrong, out);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            ArrayNode a = (ArrayNode) node;
            a.add(a.get(0).deepCopy());
            out.add(root.deepCopy());
            a.remove(a.size() - 1);
            for (JsonNode item : a) {
                mutations(root, item, wrong, out);
            }
        }
    }

    private static JsonNode replaced(ObjectNode root, ObjectNode at, String field, JsonNode value) {
        JsonNode old = at.get(field);
        at.set(field, value);
        JsonNode copy = root.deepCopy();
        at.set(field, old);
        return copy;
    }

    private static JsonNode removed(ObjectNode root, ObjectNode at, String field) {
        JsonNode old = at.get(field);
        at.remove(field);
        JsonNode copy = root.deepCopy();
        at.set(field, old); // appended at the end: the order of fields does not matter to the reader
        return copy;
    }

    private static void assertProblem(String request, String path, String chinese, String english) {
        try {
            CONTRACT.evaluate(request.getBytes(StandardCharsets.UTF_8), LocalDate.of(2020, 1, 1), null);
            fail("accepted: " + request);
        } catch (InvalidRequestException e) {
            Problem p = e.problems().stream().filter(x -> x.path().equals(path)).findFirst()
                    .orElseThrow(() -> new AssertionError("no problem at " + path + ": " + e.problems()));
            assertThat(p.chinese()).as(p.toString()).isNotNull().matches(s -> HAN.matcher(s).find(), "is Chinese");
            if (chinese != null) {
                assertThat(p.message(Language.ZH)).isEqualTo(chinese);
                assertThat(p.message(Language.EN)).isEqualTo(english);
            }
        }
    }
}
