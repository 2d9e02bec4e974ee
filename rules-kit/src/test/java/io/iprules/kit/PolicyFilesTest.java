package io.iprules.kit;

import static io.iprules.fixture.Chinese.assertNoEnglishBut;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iprules.Comparison;
import io.iprules.ConfigurationException;
import io.iprules.Language;
import io.iprules.ParameterInfo;
import io.iprules.ParameterUnit;
import io.iprules.ParameterValue;
import io.iprules.Phase;
import io.iprules.PolicyDescription;
import io.iprules.Provision;
import io.iprules.ProvisionStatus;
import io.iprules.RulesEngine;
import io.iprules.Target;
import io.iprules.kit.fixture.Anchor;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module's description read from its data files: every field lands where it belongs, and a malformed file
 * fails with the file and the field named, in Chinese and English, the Chinese with no English but the names (a
 * ConfigurationException of the installation, as the engine's start reports). Each test writes its files next to
 * {@link Anchor}, loaded in a class loader that sees them.
 */
class PolicyFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WHERE = "io.iprules.kit.fixture/policy.json";

    @TempDir
    Path tmp;
    private int runs;

    /** Loads {@link Anchor} itself (not its parent's copy), so that its resources are the ones written here. */
    private static final class AnchorLoader extends URLClassLoader {
        AnchorLoader(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.equals(Anchor.class.getName())) {
                synchronized (getClassLoadingLock(name)) {
                    Class<?> c = findLoadedClass(name);
                    return c != null ? c : findClass(name);
                }
            }
            return super.loadClass(name, resolve);
        }
    }

    private PolicyDescription describe(Map<String, String> files) {
        try {
            Path root = tmp.resolve("run" + runs++);
            Path pkg = root.resolve(Anchor.class.getPackageName().replace('.', '/'));
            for (var f : files.entrySet()) {
                Path p = pkg.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
            }
            URL classes = Anchor.class.getProtectionDomain().getCodeSource().getLocation();
            try (AnchorLoader loader = new AnchorLoader(new URL[] {root.toUri().toURL(), classes},
                    PolicyFilesTest.class.getClassLoader())) {
                Class<?> anchor = loader.loadClass(Anchor.class.getName());
                assertThat(anchor.getClassLoader()).isSameAs(loader);
                return PolicyFiles.describe(anchor);
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode bilingual(String zh, String en) {
        return JSON.createObjectNode().put("zh", zh).put("en", en);
    }

    /**
     * A complete policy.json: three provisions (one the in-force clause), a parameter file, a target file, a phase
     * file.
     */
    private static ObjectNode policy() {
        ObjectNode p = JSON.createObjectNode();
        p.put("id", "p-1");
        p.set("title", bilingual("政策", "policy"));
        p.put("documentNumber", "文〔2012〕1号");
        p.put("issued", "2012-11-01");
        p.set("inForce", JSON.createObjectNode().put("from", "2012-11-05").put("until", "2016-12-31")
                .put("citation", "p-1 §7(3)"));
        p.put("version", "0.1");
        ArrayNode subjects = p.putArray("subjects");
        subjects.addObject().put("key", "applicant").put("type", "java.lang.String")
                .set("description", bilingual("企业", "enterprise"));
        ArrayNode provisions = p.putArray("provisions");
        ObjectNode implemented = provisions.addObject().put("citation", "p-1 §6");
        implemented.set("title", bilingual("补助", "subsidy"));
        implemented.putArray("codes").add("A_ONE").add("A_TWO");
        implemented.put("status", "IMPLEMENTED");
        implemented.set("note", bilingual("读法", "reading"));
        ObjectNode notFormalised = provisions.addObject().put("citation", "p-1 §1");
        notFormalised.set("title", bilingual("总则", "general"));
        notFormalised.put("status", "NOT_FORMALISED");
        ObjectNode inForce = provisions.addObject().put("citation", "p-1 §7(3)");
        inForce.set("title", bilingual("施行", "in force"));
        inForce.put("status", "IMPLEMENTED");
        p.putArray("parameterFiles").add("parameters/amounts.json");
        p.putArray("targetFiles").add("targets/targets.json");
        p.put("phaseFile", "phases/phases.json");
        return p;
    }

    private static ObjectNode parameterFile() {
        ObjectNode f = JSON.createObjectNode().put("citation", "p-1 §6");
        ArrayNode ps = f.putArray("parameters");
        ObjectNode fixed = ps.addObject().put("name", "A_ONE").put("unit", "YUAN");
        fixed.set("description", bilingual("一", "one"));
        fixed.putArray("values").addObject().put("from", "2012-11-05").put("value", "300000").put("source", "text");
        ((ArrayNode) fixed.get("values")).addObject().put("from", "2014-01-01").put("value", "350000")
                .put("source", "rule");
        ObjectNode open = ps.addObject().put("name", "A_TWO.RATE").put("unit", "RATIO").put("citation", "p-1 §6(2)")
                .put("open", true);
        open.set("description", bilingual("率", "rate"));
        return f;
    }

    private static ObjectNode targetFile() {
        ObjectNode f = JSON.createObjectNode().put("citation", "p-1 §3");
        ArrayNode ts = f.putArray("targets");
        ObjectNode fixed = ts.addObject().put("code", "T_FIXED").put("unit", "COUNT").put("comparison", "AT_LEAST")
                .put("required", "18").put("progressBasis", "20").put("maximum", "30").put("source", "20人左右");
        fixed.set("title", bilingual("人才", "talent"));
        fixed.set("note", bilingual("约数", "about"));
        ObjectNode relative = ts.addObject().put("code", "T_REL").put("unit", "NUMBER").put("comparison", "MORE_THAN")
                .put("citation", "p-1 §4").put("source", "2倍");
        relative.set("title", bilingual("密度", "density"));
        ObjectNode ref = relative.putObject("reference").put("key", "provinceAverage").put("factor", "2");
        ref.set("title", bilingual("全省", "province"));
        return f;
    }

    private static ObjectNode phaseFile() {
        ObjectNode f = JSON.createObjectNode().put("citation", "p-1 §5");
        ArrayNode ps = f.putArray("phases");
        ObjectNode one = ps.addObject().put("code", "ONE").put("from", "2012-11-05").put("until", "2013-12-31")
                .put("source", "第一阶段");
        one.set("title", bilingual("一", "one"));
        one.set("note", bilingual("注", "note"));
        ObjectNode two = ps.addObject().put("code", "TWO").put("from", "2014-01-01").put("citation", "p-1 §5(2)")
                .put("source", "第二阶段");
        two.set("title", bilingual("二", "two"));
        return f;
    }

    /** The complete set of files, each changed by {@code edit} before it is written. */
    private PolicyDescription describe(Consumer<ObjectNode> editPolicy, Consumer<ObjectNode> editParameters,
                                       Consumer<ObjectNode> editTargets, Consumer<ObjectNode> editPhases) {
        ObjectNode p = policy();
        ObjectNode pf = parameterFile();
        ObjectNode tf = targetFile();
        ObjectNode ph = phaseFile();
        editPolicy.accept(p);
        editParameters.accept(pf);
        editTargets.accept(tf);
        editPhases.accept(ph);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("policy.json", p.toString());
        files.put("parameters/amounts.json", pf.toString());
        files.put("targets/targets.json", tf.toString());
        files.put("phases/phases.json", ph.toString());
        return describe(files);
    }

    private static <T> Consumer<T> none() {
        return x -> { };
    }

    /** What the module's files were refused with, in English and Chinese. */
    private record Told(String en, String zh) {
        /**
         * Checks both words, and that the Chinese has no English but {@code identifiers} (the file, its fields and
         * codes, given longest first where one holds another): a Chinese start message reads as one language.
         */
        void is(String english, String chinese, String... identifiers) {
            assertThat(en).isEqualTo(english);
            assertThat(zh).isEqualTo(chinese);
            assertNoEnglishBut(zh, identifiers);
        }
    }

    /** The refusal {@code describe} fails with: the installation's fault (not the deployment's), in both languages. */
    private static Told refused(ThrowingCallable describe) {
        Throwable t = catchThrowable(describe);
        assertThat(t).isInstanceOf(ConfigurationException.class);
        ConfigurationException c = (ConfigurationException) t;
        assertThat(c.inParameters()).as("the module's fault, not the deployment's").isFalse();
        assertThat(c.getMessage()).isEqualTo(c.message(Language.EN));
        return new Told(c.message(Language.EN), c.message(Language.ZH));
    }

    private Told policyRefused(Consumer<ObjectNode> edit) {
        return refused(() -> describe(edit, none(), none(), none()));
    }

    private Told parametersRefused(Consumer<ObjectNode> edit) {
        return refused(() -> describe(none(), edit, none(), none()));
    }

    private Told targetsRefused(Consumer<ObjectNode> edit) {
        return refused(() -> describe(none(), none(), edit, none()));
    }

    private Told phasesRefused(Consumer<ObjectNode> edit) {
        return refused(() -> describe(none(), none(), none(), edit));
    }

    private static ObjectNode at(ObjectNode file, String list, int i) {
        return (ObjectNode) file.get(list).get(i);
    }

    @Test
    void everyFieldLandsWhereItBelongs() {
        PolicyDescription d = describe(none(), none(), none(), none());
        assertThat(d.id()).isEqualTo("p-1");
        assertThat(d.title().in(Language.EN)).isEqualTo("policy");
        assertThat(d.title().in(Language.ZH)).isEqualTo("政策");
        assertThat(d.documentNumber()).isEqualTo("文〔2012〕1号");
        assertThat(d.issued()).isEqualTo(LocalDate.of(2012, 11, 1));
        assertThat(d.inForceFrom()).isEqualTo(LocalDate.of(2012, 11, 5));
        assertThat(d.inForceUntil()).isEqualTo(LocalDate.of(2016, 12, 31));
        assertThat(d.inForceCitation()).isEqualTo("p-1 §7(3)");
        assertThat(d.version()).isEqualTo("0.1");
        assertThat(d.subjects()).hasSize(1);
        assertThat(d.subjects().get(0).key()).isEqualTo("applicant");
        assertThat(d.subjects().get(0).type()).isEqualTo(String.class);
        assertThat(d.subjects().get(0).description().in(Language.EN)).isEqualTo("enterprise");

        assertThat(d.provisions()).hasSize(3);
        Provision implemented = d.provisions().get(0);
        assertThat(implemented.citation()).isEqualTo("p-1 §6");
        assertThat(implemented.title().in(Language.EN)).isEqualTo("subsidy");
        assertThat(implemented.codes()).containsExactly("A_ONE", "A_TWO");
        assertThat(implemented.status()).isEqualTo(ProvisionStatus.IMPLEMENTED);
        assertThat(implemented.note().in(Language.ZH)).isEqualTo("读法");
        Provision general = d.provisions().get(1);
        assertThat(general.codes()).isEmpty(); // no codes written
        assertThat(general.note().in(Language.EN)).isEmpty(); // no note written
        assertThat(general.status()).isEqualTo(ProvisionStatus.NOT_FORMALISED);

        assertThat(d.parameters()).hasSize(2);
        ParameterInfo fixed = d.parameters().get(0);
        assertThat(fixed.name()).isEqualTo("A_ONE");
        assertThat(fixed.unit()).isEqualTo(ParameterUnit.YUAN);
        assertThat(fixed.citation()).isEqualTo("p-1 §6"); // the file's citation
        assertThat(fixed.description().in(Language.EN)).isEqualTo("one");
        assertThat(fixed.open()).isFalse();
        assertThat(fixed.values()).containsExactly(new ParameterValue(LocalDate.of(2012, 11, 5), "300000", "text"),
                new ParameterValue(LocalDate.of(2014, 1, 1), "350000", "rule"));
        ParameterInfo open = d.parameters().get(1);
        assertThat(open.citation()).isEqualTo("p-1 §6(2)"); // its own citation
        assertThat(open.open()).isTrue();
        assertThat(open.values()).isEmpty();

        assertThat(d.targets()).hasSize(2);
        Target t = d.targets().get(0);
        assertThat(t.code()).isEqualTo("T_FIXED");
        assertThat(t.title().in(Language.EN)).isEqualTo("talent");
        assertThat(t.unit()).isEqualTo(ParameterUnit.COUNT);
        assertThat(t.comparison()).isEqualTo(Comparison.AT_LEAST);
        assertThat(t.required()).isEqualByComparingTo("18");
        assertThat(t.progressBasis()).isEqualByComparingTo("20");
        assertThat(t.maximum()).isEqualByComparingTo("30");
        assertThat(t.citation()).isEqualTo("p-1 §3");
        assertThat(t.source()).isEqualTo("20人左右");
        assertThat(t.note().in(Language.EN)).isEqualTo("about");
        assertThat(t.reference()).isNull();
        Target r = d.targets().get(1);
        assertThat(r.citation()).isEqualTo("p-1 §4");
        assertThat(r.required()).isNull();
        assertThat(r.reference().key()).isEqualTo("provinceAverage");
        assertThat(r.reference().factor()).isEqualByComparingTo("2");
        assertThat(r.reference().title().in(Language.EN)).isEqualTo("province");
        assertThat(r.note().in(Language.EN)).isEmpty();

        assertThat(d.phases()).hasSize(2);
        Phase one = d.phases().get(0);
        assertThat(one.code()).isEqualTo("ONE");
        assertThat(one.title().in(Language.EN)).isEqualTo("one");
        assertThat(one.from()).isEqualTo(LocalDate.of(2012, 11, 5));
        assertThat(one.until()).isEqualTo(LocalDate.of(2013, 12, 31));
        assertThat(one.citation()).isEqualTo("p-1 §5");
        assertThat(one.source()).isEqualTo("第一阶段");
        assertThat(one.note().in(Language.EN)).isEqualTo("note");
        Phase two = d.phases().get(1);
        assertThat(two.until()).isNull();
        assertThat(two.citation()).isEqualTo("p-1 §5(2)");
        assertThat(two.note().in(Language.EN)).isEmpty();
    }

    @Test
    void filesThatAreNotListedAreNotNeeded() {
        ObjectNode p = policy();
        p.remove("parameterFiles");
        p.remove("targetFiles");
        p.remove("phaseFile");
        PolicyDescription d = describe(Map.of("policy.json", p.toString()));
        assertThat(d.parameters()).isEmpty();
        assertThat(d.targets()).isEmpty();
        assertThat(d.phases()).isEmpty();
    }

    /** Two exclusion reasons, one that awaits the applicant, and a reading file of one reading. */
    private static void withReasonsAndReadings(ObjectNode p) {
        ArrayNode reasons = p.putArray("exclusionReasons");
        reasons.addObject().put("code", "CAP").put("citation", "p-1 §7(1)").set("text", bilingual("限额", "cap"));
        reasons.addObject().put("code", "CHOICE_REQUIRED").put("citation", "p-1 §7(2)").put("awaitsApplicant", true)
                .set("text", bilingual("待选择", "awaits a choice"));
        p.put("readingFile", "readings.json");
    }

    private static ObjectNode readingFile() {
        ObjectNode f = JSON.createObjectNode();
        f.putArray("readings").addObject().put("id", "patents-counted").put("citation", "p-1 §6")
                .put("zh", "按授权专利计").put("en", "granted patents are counted");
        return f;
    }

    private PolicyDescription describeWithReadings(Consumer<ObjectNode> editPolicy, Consumer<ObjectNode> editReadings) {
        ObjectNode p = policy();
        p.remove("parameterFiles");
        p.remove("targetFiles");
        p.remove("phaseFile");
        withReasonsAndReadings(p);
        editPolicy.accept(p);
        ObjectNode r = readingFile();
        editReadings.accept(r);
        return describe(Map.of("policy.json", p.toString(), "readings.json", r.toString()));
    }

    @Test
    void exclusionReasonsAndReadingsLandWhereTheyBelong() {
        PolicyDescription d = describeWithReadings(none(), none());
        assertThat(d.exclusionReasons()).containsExactly(
                new io.iprules.ExclusionReason("CAP", "p-1 §7(1)", io.iprules.Text.bilingual("限额", "cap"), false),
                new io.iprules.ExclusionReason("CHOICE_REQUIRED", "p-1 §7(2)",
                        io.iprules.Text.bilingual("待选择", "awaits a choice"), true));
        assertThat(d.readings()).containsExactly(new io.iprules.Reading("patents-counted", "p-1 §6",
                io.iprules.Text.bilingual("按授权专利计", "granted patents are counted")));
    }

    private static final String PARAMS = "io.iprules.kit.fixture/parameters/amounts.json";
    private static final String TARGETS = "io.iprules.kit.fixture/targets/targets.json";
    private static final String PHASES = "io.iprules.kit.fixture/phases/phases.json";
    private static final String READINGS = "io.iprules.kit.fixture/readings.json";

    @Test
    void eachRequiredFieldOfThePolicyIsNamedWhenMissing() {
        for (String field : List.of("id", "title", "issued", "inForce", "version", "subjects", "provisions")) {
            policyRefused(p -> p.remove(field)).is(WHERE + ": " + field + " is required",
                    WHERE + ": " + field + " 必须填写",
                    WHERE, field);
        }
        for (String field : List.of("from", "citation")) {
            policyRefused(p -> ((ObjectNode) p.get("inForce")).remove(field)).is(WHERE + ": inForce." + field
                    + " is required", WHERE + ": inForce." + field + " 必须填写", WHERE, "inForce." + field);
        }
        policyRefused(p -> ((ObjectNode) p.get("title")).remove("zh"))
                .is(WHERE + ": title.zh is required", WHERE + ": title.zh 必须填写", WHERE, "title.zh");
        policyRefused(p -> at(p, "provisions", 1).remove("citation")).is(WHERE + ": provisions[1].citation is required",
                WHERE + ": provisions[1].citation 必须填写", WHERE, "provisions[1].citation");
        for (String field : List.of("title", "status")) {
            policyRefused(p -> at(p, "provisions", 0).remove(field)).is(WHERE + ": provisions p-1 §6: " + field
                    + " is required", WHERE + ": provisions p-1 §6: " + field + " 必须填写", WHERE, "provisions p-1 §6",
                    field);
        }
        policyRefused(p -> ((ObjectNode) at(p, "provisions", 0).get("note")).remove("en")).is(WHERE
                + ": provisions p-1 §6: note.en is required", WHERE + ": provisions p-1 §6: note.en 必须填写", WHERE,
                "provisions p-1 §6", "note.en");
    }

    /** A version the build did not filter (no policy.version property): every receipt would record the placeholder. */
    @Test
    void anUnfilteredVersionIsRefused() {
        policyRefused(p -> p.put("version", "${policy.version}")).is(WHERE + ": version is ${policy.version}, not "
                        + "filtered: give the module's pom a <policy.version> property and filter src/main/resources "
                        + "(README, How to add a policy)",
                WHERE + ": version 为 ${policy.version},未经资源过滤:请在模块的 pom 中设置 <policy.version> 属性并过滤 "
                        + "src/main/resources(README,How to add a policy)",
                WHERE, "${policy.version}", "<policy.version>", "version", "pom", "src/main/resources", "README",
                "How to add a policy");
    }

    /** The clause that dates the text is listed like every other: a listing must not cite a clause it never names. */
    @Test
    void anInForceClauseThatNoProvisionListsIsRefused() {
        policyRefused(p -> ((ObjectNode) p.get("inForce")).put("citation", "p-1 落款")).is(WHERE + ": inForce.citation "
                        + "p-1 落款 is no provision's citation: add a provisions entry for it (the clause that dates the "
                        + "text, e.g. its 落款)",
                WHERE + ": inForce.citation p-1 落款 不是任何一项 provisions 的 citation:请为其添加一项 provisions(确定施行日期的"
                        + "条款,如落款)",
                WHERE, "inForce.citation", "p-1", "provisions", "citation");
    }

    @Test
    void aSubjectNeedsAKeyATypeThatExistsAndOneOrTwoIdentifyingFields() {
        String at = WHERE + ": subjects applicant: ";
        policyRefused(p -> at(p, "subjects", 0).put("type", "io.iprules.NoSuchType")).is(at + "type: class "
                + "io.iprules.NoSuchType not found", at + "type: 找不到类 io.iprules.NoSuchType", WHERE,
                "subjects applicant", "io.iprules.NoSuchType", "type");
        policyRefused(p -> p.putArray("subjects")).is(WHERE + ": subjects: a policy accepts at least one kind of "
                + "request, not none", WHERE + ": subjects: 政策至少受理一种请求,列表不能为空", WHERE, "subjects");
        policyRefused(p -> at(p, "subjects", 0).remove("key")).is(WHERE + ": subjects[0].key is required",
                WHERE + ": subjects[0].key 必须填写", WHERE, "subjects[0].key");
        for (String field : List.of("type", "description")) {
            policyRefused(p -> at(p, "subjects", 0).remove(field)).is(at + field + " is required",
                    at + field + " 必须填写", WHERE, "subjects applicant", field);
        }
        policyRefused(p -> at(p, "subjects", 0).putArray("identifiedBy").add("code").add("name").add("city"))
                .is(at + "identifiedBy names one or two fields (a code, then a name), not 3",
                        at + "identifiedBy 列出一或两个字段(先代码,后名称),而不是 3 个", WHERE, "subjects applicant",
                        "identifiedBy");
        policyRefused(p -> at(p, "subjects", 0).putArray("identifiedBy")).is(at + "identifiedBy names one or two "
                + "fields (a code, then a name), not 0", at + "identifiedBy 列出一或两个字段(先代码,后名称),而不是 0 个", WHERE,
                "subjects applicant", "identifiedBy");
    }

    /**
     * A file that is not there, not JSON, or not in the format is named with the field, in a request's words: the
     * parser's problem at its line and column, an unknown field with those there are, a date that is none, a unit of
     * no constant, a field given twice.
     */
    @Test
    void missingAndMalformedFilesAreNamed() {
        refused(() -> describe(Map.of())).is(WHERE + " is missing", WHERE + " 缺失", WHERE);
        Told broken = refused(() -> describe(Map.of("policy.json", "{\"id\": ")));
        assertThat(broken.en()).startsWith(WHERE + ": not valid JSON (line 1, column 8): ");
        assertThat(broken.zh()).startsWith(WHERE + ": 不是有效的 JSON(第 1 行第 8 列):");
        String fields = "documentNumber, exclusionReasons, id, inForce, issued, parameterFiles, phaseFile, provisions, "
                + "readingFile, subjects, targetFiles, title or version";
        refused(() -> describe(Map.of("policy.json", "{\"id\": \"p-1\", \"unknown\": 1}"))).is(WHERE + ": unknown: "
                        + "unknown field; expected " + fields, WHERE + ": unknown: 未知字段;可用字段:"
                        + fields.replace(", ", "、").replace(" or ", " 或 "),
                WHERE, "unknown", "documentNumber", "exclusionReasons", "inForce", "issued", "parameterFiles",
                "phaseFile", "provisions", "readingFile", "subjects", "targetFiles", "title", "version", "id");
        assertThat(refused(() -> describe(Map.of("policy.json", "{\"id\": \"p-1\", \"id\": \"p-2\"}"))).en())
                .startsWith(WHERE + ": id: a field appears twice: 'id' (line 1, column ");
        policyRefused(p -> ((ObjectNode) p.get("inForce")).put("from", "2012-13-01")).is(WHERE + ": inForce.from: must "
                        + "be a real date YYYY-MM-DD, not '2012-13-01'",
                WHERE + ": inForce.from: 必须是有效日期 YYYY-MM-DD,而不是“2012-13-01”", WHERE, "inForce.from",
                "YYYY-MM-DD");
        parametersRefused(f -> at(f, "parameters", 0).put("unit", "YUANS")).is(PARAMS + ": parameters[0].unit: "
                        + "unknown value 'YUANS'; expected YUAN, RATIO, NUMBER, COUNT, DATE or YES_NO",
                PARAMS + ": parameters[0].unit: 未知取值“YUANS”;可选:YUAN、RATIO、NUMBER、COUNT、DATE 或 YES_NO",
                PARAMS, "parameters[0].unit", "YUANS", "YUAN", "RATIO", "NUMBER", "COUNT", "DATE", "YES_NO");
        parametersRefused(f -> ((ObjectNode) at(f, "parameters", 0).get("values").get(1)).put("frm", "2014-01-01"))
                .is(PARAMS + ": parameters[0].values[1].frm: unknown field; expected from, source or value",
                        PARAMS + ": parameters[0].values[1].frm: 未知字段;可用字段:from、source 或 value", PARAMS,
                        "parameters[0].values[1].frm", "from", "source", "value");
        ObjectNode p = policy();
        refused(() -> describe(Map.of("policy.json", p.toString()))).is(PARAMS + " is missing", PARAMS + " 缺失",
                PARAMS);
    }

    @Test
    void aParameterNeedsANameAUnitADescriptionAndAClause() {
        parametersRefused(f -> f.remove("parameters")).is(PARAMS + ": parameters is required",
                PARAMS + ": parameters 必须填写", PARAMS, "parameters");
        parametersRefused(f -> at(f, "parameters", 0).remove("name")).is(PARAMS + ": parameters[0].name is required",
                PARAMS + ": parameters[0].name 必须填写", PARAMS, "parameters[0].name");
        for (String field : List.of("unit", "description")) {
            parametersRefused(f -> at(f, "parameters", 0).remove(field)).is(PARAMS + ": A_ONE: " + field
                    + " is required", PARAMS + ": A_ONE: " + field + " 必须填写", PARAMS, "A_ONE", field);
        }
        parametersRefused(f -> ((ObjectNode) at(f, "parameters", 0).get("description")).remove("en")).is(PARAMS
                + ": A_ONE: description.en is required", PARAMS + ": A_ONE: description.en 必须填写", PARAMS, "A_ONE",
                "description.en");
        // A_ONE takes the file's clause: with none on the file, it has none
        parametersRefused(f -> f.remove("citation")).is(PARAMS + ": A_ONE: citation is required (on the parameter, "
                        + "or once on the file for all its parameters)",
                PARAMS + ": A_ONE: citation 必须填写(在该参数中,或在文件中为其所有参数填写一次)", PARAMS, "A_ONE", "citation");
    }

    @Test
    void anOpenParameterHasNoValueAndAFixedOneHasOne() {
        parametersRefused(f -> at(f, "parameters", 1).putArray("values").addObject().put("from", "2012-11-05")
                .put("value", "0.5").put("source", "s")).is(PARAMS + ": A_TWO.RATE: an open parameter (\"open\": true) "
                        + "has no default value: remove its values, which a deployment sets in its parameter file",
                PARAMS + ": A_TWO.RATE: 开放参数(\"open\": true)没有默认取值:请删去其 values,由部署在参数文件中设置", PARAMS,
                "A_TWO.RATE", "\"open\": true", "values");
        String fixed = "a parameter fixed by the text needs its value in values (\"open\": true where the text leaves "
                + "it to implementing rules)";
        String fixedZh = "由政策原文规定的参数须在 values 中给出取值(原文将其留给实施细则的,写 \"open\": true)";
        parametersRefused(f -> at(f, "parameters", 0).remove("values")).is(PARAMS + ": A_ONE: " + fixed,
                PARAMS + ": A_ONE: " + fixedZh, PARAMS, "A_ONE", "values", "\"open\": true");
        parametersRefused(f -> at(f, "parameters", 0).put("open", false).putArray("values")).is(PARAMS + ": A_ONE: "
                + fixed, PARAMS + ": A_ONE: " + fixedZh, PARAMS, "A_ONE", "values", "\"open\": true");
    }

    @Test
    void aValueNeedsItsDayItsFigureAndItsSource() {
        for (String field : List.of("from", "value", "source")) {
            parametersRefused(f -> ((ObjectNode) at(f, "parameters", 0).get("values").get(1)).remove(field))
                    .is(PARAMS + ": A_ONE: values[1]." + field + " is required", PARAMS + ": A_ONE: values[1]." + field
                            + " 必须填写", PARAMS, "A_ONE", "values[1]." + field);
        }
    }

    /**
     * A module's own value cannot take effect before its policy took force (2012-11-05 here, p-1 §7(3)), as a
     * deployment's cannot, and is told in the words a deployment's is told in: the day before is refused at the
     * file, the parameter and the value's from, naming the day to write; the day itself is the complete files' first
     * value (everyFieldLandsWhereItBelongs), refused once the policy takes force a day later.
     */
    @Test
    void aValueCannotTakeEffectBeforeThePolicy() {
        parametersRefused(f -> ((ObjectNode) at(f, "parameters", 0).get("values").get(0)).put("from", "2012-11-04"))
                .is(PARAMS + ": A_ONE: values[0].from: 2012-11-04 is before 2012-11-05, the day the policy took force "
                                + "(p-1 §7(3)): nothing reads a value before that day; for a value that applies from "
                                + "the start, write 2012-11-05, and name an older document it comes from in its source",
                        PARAMS + ": A_ONE: values[0].from: 2012-11-04 早于本政策施行之日 2012-11-05(p-1 §7(3)):施行之日前的取值"
                                + "不会被读取;自施行之日起适用的取值,from 应写为 2012-11-05,其所依据的更早文件写在其 source 中",
                        PARAMS, "A_ONE", "values[0].from", "p-1 §7(3)", "from", "source");
        assertThat(policyRefused(p -> ((ObjectNode) p.get("inForce")).put("from", "2012-11-06")).en())
                .startsWith(PARAMS + ": A_ONE: values[0].from: 2012-11-05 is before 2012-11-06");
    }

    @Test
    void valuesAreListedOldestFirstEachFitForItsUnit() {
        parametersRefused(f -> ((ObjectNode) at(f, "parameters", 0).get("values").get(1)).put("from", "2012-11-05"))
                .is(PARAMS + ": A_ONE: values[1].from: values must be listed in increasing date order, no date twice",
                        PARAMS + ": A_ONE: values[1].from: 各项取值的生效日期必须从早到晚排列,不得重复", PARAMS, "A_ONE",
                        "values[1].from");
        parametersRefused(f -> ((ObjectNode) at(f, "parameters", 0).get("values").get(1)).put("value", "350000.001"))
                .is(PARAMS + ": A_ONE: values[1].value: is yuan with at most two decimals (分), not 350000.001",
                        PARAMS + ": A_ONE: values[1].value: 应为元,最多两位小数(分),现为 350000.001", PARAMS, "A_ONE",
                        "values[1].value");
    }

    @Test
    void aTargetNeedsItsFields() {
        targetsRefused(f -> f.remove("targets")).is(TARGETS + ": targets is required", TARGETS + ": targets 必须填写",
                TARGETS, "targets");
        targetsRefused(f -> at(f, "targets", 0).remove("code")).is(TARGETS + ": targets[0].code is required",
                TARGETS + ": targets[0].code 必须填写", TARGETS, "targets[0].code");
        for (String field : List.of("title", "unit", "comparison", "source")) {
            targetsRefused(f -> at(f, "targets", 0).remove(field)).is(TARGETS + ": T_FIXED: " + field + " is required",
                    TARGETS + ": T_FIXED: " + field + " 必须填写", TARGETS, "T_FIXED", field);
        }
        targetsRefused(f -> ((ObjectNode) at(f, "targets", 0).get("note")).remove("zh")).is(TARGETS
                + ": T_FIXED: note.zh is required", TARGETS + ": T_FIXED: note.zh 必须填写", TARGETS, "T_FIXED", "note.zh");
        targetsRefused(f -> f.remove("citation")).is(TARGETS + ": T_FIXED: citation is required (on the target, or "
                        + "once on the file for all its targets)",
                TARGETS + ": T_FIXED: citation 必须填写(在该指标中,或在文件中为其所有指标填写一次)", TARGETS, "T_FIXED",
                "citation");
    }

    @Test
    void aTargetsFiguresMustSuitItsUnit() {
        for (String field : List.of("required", "progressBasis", "maximum")) {
            targetsRefused(f -> at(f, "targets", 0).put(field, "18.5")).is(TARGETS + ": T_FIXED: " + field
                    + ": must be a whole number, not 18.5", TARGETS + ": T_FIXED: " + field + ": 必须是整数,而不是 18.5",
                    TARGETS, "T_FIXED", field);
        }
        // a number may have decimals
        PolicyDescription d = describe(none(), none(), f -> at(f, "targets", 1).put("maximum", "25.5"), none());
        assertThat(d.targets().get(1).maximum()).isEqualByComparingTo("25.5");
        targetsRefused(f -> at(f, "targets", 0).put("unit", "DATE")).is(TARGETS + ": T_FIXED: unit: a target's figure "
                + "is a number, not a date (DATE)", TARGETS + ": T_FIXED: unit: 指标的数值是数,不能是日期(DATE)", TARGETS,
                "T_FIXED", "unit", "DATE");
        targetsRefused(f -> at(f, "targets", 0).put("progressBasis", "0")).is(TARGETS + ": T_FIXED: progressBasis: "
                + "cannot be 0: progress cannot be measured against 0", TARGETS + ": T_FIXED: progressBasis: 不能为 0:"
                + "进度无法以 0 为基数衡量", TARGETS, "T_FIXED", "progressBasis");
    }

    /**
     * A target's measure word (20人左右: 人) and a subject's label (评估对象) land where they belong; neither is required
     * (an applicant, a clause that names no measure word), and a measure word is one word, no spaces around it.
     */
    @Test
    void aMeasureWordAndASubjectsLabelAreReadWhereGiven() {
        PolicyDescription d = describe(p -> at(p, "subjects", 0).set("label", bilingual("评估对象", "Assessed")), none(),
                f -> at(f, "targets", 0).put("measure", "人"), none());
        assertThat(d.targets().get(0).measure()).isEqualTo("人");
        assertThat(d.targets().get(1).measure()).isNull();
        assertThat(d.subjects().get(0).label().in(Language.ZH)).isEqualTo("评估对象");
        assertThat(describe(none(), none(), none(), none()).subjects().get(0).label()).isNull();
        targetsRefused(f -> at(f, "targets", 0).put("measure", " 人")).is(TARGETS + ": T_FIXED: measure: a measure "
                        + "word is the one word the clause counts in (件, 家, 人次), without spaces around it, not ' 人'",
                TARGETS + ": T_FIXED: measure: 量词是条文计数所用的一个词(件、家、人次),前后不加空格,而不是“ 人”", TARGETS,
                "T_FIXED", "measure");
        policyRefused(p -> ((ObjectNode) at(p, "subjects", 0).set("label", bilingual("评估对象", "Assessed")).get("label"))
                .remove("en")).is(WHERE + ": subjects applicant: label.en is required",
                WHERE + ": subjects applicant: label.en 必须填写", WHERE, "subjects applicant", "label.en");
    }

    @Test
    void aTargetHasARequiredValueOrAReferenceAndACodeOfItsOwn() {
        String exactlyOne = ": a target has required or reference, exactly one";
        String exactlyOneZh = ": required 与 reference 须给出且只给出其一";
        targetsRefused(f -> at(f, "targets", 0).remove("required")).is(TARGETS + ": T_FIXED" + exactlyOne,
                TARGETS + ": T_FIXED" + exactlyOneZh, TARGETS, "T_FIXED", "required", "reference");
        targetsRefused(f -> at(f, "targets", 0).set("reference", at(f, "targets", 1).get("reference")))
                .is(TARGETS + ": T_FIXED" + exactlyOne, TARGETS + ": T_FIXED" + exactlyOneZh, TARGETS, "T_FIXED",
                        "required", "reference");
        for (String field : List.of("key", "title", "factor")) {
            targetsRefused(f -> ((ObjectNode) at(f, "targets", 1).get("reference")).remove(field)).is(TARGETS
                    + ": T_REL: reference." + field + " is required", TARGETS + ": T_REL: reference." + field + " 必须填写",
                    TARGETS, "T_REL", "reference." + field);
        }
        targetsRefused(f -> ((ObjectNode) at(f, "targets", 1).get("reference")).put("key", "actual")).is(TARGETS
                + ": T_REL: reference.key: 'actual' is the figure itself, not a reference key", TARGETS
                + ": T_REL: reference.key: “actual”是数值本身的字段,不能作为参照的字段名", TARGETS, "T_REL", "reference.key",
                "actual");
        targetsRefused(f -> ((ObjectNode) at(f, "targets", 1).get("reference")).put("factor", "0")).is(TARGETS
                + ": T_REL: reference.factor: must be positive, not 0", TARGETS + ": T_REL: reference.factor: 必须是正数,"
                + "而不是 0", TARGETS, "T_REL", "reference.factor");
        targetsRefused(f -> at(f, "targets", 1).put("code", "T_FIXED")).is(TARGETS + ": T_FIXED: a target of this "
                + "code is defined already, in " + TARGETS, TARGETS + ": T_FIXED: 该指标代码已在 " + TARGETS + " 中定义",
                TARGETS, "T_FIXED");
    }

    @Test
    void aPhaseNeedsItsFields() {
        phasesRefused(f -> f.remove("phases")).is(PHASES + ": phases is required", PHASES + ": phases 必须填写", PHASES,
                "phases");
        phasesRefused(f -> at(f, "phases", 0).remove("code")).is(PHASES + ": phases[0].code is required",
                PHASES + ": phases[0].code 必须填写", PHASES, "phases[0].code");
        for (String field : List.of("title", "from", "source")) {
            phasesRefused(f -> at(f, "phases", 0).remove(field)).is(PHASES + ": ONE: " + field + " is required",
                    PHASES + ": ONE: " + field + " 必须填写", PHASES, "ONE", field);
        }
        phasesRefused(f -> f.remove("citation")).is(PHASES + ": ONE: citation is required (on the phase, or once on "
                        + "the file for all its phases)", PHASES + ": ONE: citation 必须填写(在该阶段中,或在文件中为其所有阶段填写一次)",
                PHASES, "ONE", "citation");
        phasesRefused(f -> at(f, "phases", 0).put("until", "2012-11-04")).is(PHASES + ": ONE: until: 2012-11-04 is "
                + "before the phase starts, 2012-11-05", PHASES + ": ONE: until: 2012-11-04 早于该阶段的起始日 2012-11-05",
                PHASES, "ONE", "until");
    }

    @Test
    void phasesMustFollowOneAnother() {
        phasesRefused(f -> at(f, "phases", 1).put("from", "2014-01-02")).is(PHASES + ": TWO: from: must be the day "
                + "after ONE ends (2013-12-31), not 2014-01-02", PHASES + ": TWO: from: 必须是 ONE 结束(2013-12-31)的次日,"
                + "而不是 2014-01-02", PHASES, "TWO", "ONE", "from");
        phasesRefused(f -> at(f, "phases", 0).remove("until")).is(PHASES + ": ONE: until is required: only the last "
                + "phase may have no end, and TWO follows", PHASES + ": ONE: until 必须填写:只有最后一个阶段可以没有止日,其后还有阶段 "
                + "TWO", PHASES, "ONE", "TWO", "until");
    }

    @Test
    void anExclusionReasonNeedsItsFieldsAndACodeOfItsOwn() {
        refused(() -> describeWithReadings(p -> at(p, "exclusionReasons", 1).remove("code"), none())).is(WHERE
                + ": exclusionReasons[1].code is required", WHERE + ": exclusionReasons[1].code 必须填写", WHERE,
                "exclusionReasons[1].code");
        String at = WHERE + ": exclusionReasons CHOICE_REQUIRED: ";
        for (String field : List.of("citation", "text")) {
            refused(() -> describeWithReadings(p -> at(p, "exclusionReasons", 1).remove(field), none()))
                    .is(at + field + " is required", at + field + " 必须填写", WHERE, "exclusionReasons CHOICE_REQUIRED",
                            field);
        }
        for (String language : List.of("zh", "en")) {
            refused(() -> describeWithReadings(
                    p -> ((ObjectNode) at(p, "exclusionReasons", 0).get("text")).remove(language), none()))
                    .is(WHERE + ": exclusionReasons CAP: text." + language + " is required",
                            WHERE + ": exclusionReasons "
                            + "CAP: text." + language + " 必须填写", WHERE, "exclusionReasons CAP", "text." + language);
        }
        refused(() -> describeWithReadings(p -> at(p, "exclusionReasons", 0).put("code", "Cap"), none())).is(WHERE
                        + ": exclusionReasons Cap: code is upper case letters, digits and underscores, beginning with "
                        + "a letter", WHERE + ": exclusionReasons Cap: code 只能由大写字母、数字和下划线组成,且以字母开头", WHERE,
                "exclusionReasons Cap", "code");
        refused(() -> describeWithReadings(p -> at(p, "exclusionReasons", 1).put("paidBefore", true), none()))
                .is(at + "awaitsApplicant and paidBefore are not both true: a reason holds an item out until the "
                                + "applicant acts, or for a matter paid before, not both",
                        at + "awaitsApplicant 与 paidBefore 不能同时为 true:一项理由或者等待申请人行动,或者针对已享受过补助的事项,不能两者兼是",
                        WHERE, "exclusionReasons CHOICE_REQUIRED", "awaitsApplicant", "paidBefore", "true");
        refused(() -> describeWithReadings(p -> at(p, "exclusionReasons", 1).put("code", "CAP"), none())).is(WHERE
                + ": exclusionReasons CAP: the code is declared twice", WHERE + ": exclusionReasons CAP: 同一理由代码声明了两次",
                WHERE, "exclusionReasons CAP");
    }

    @Test
    void aReadingNeedsItsFieldsAndAnIdOfItsOwn() {
        refused(() -> describeWithReadings(none(), f -> f.remove("readings"))).is(READINGS + ": readings is required",
                READINGS + ": readings 必须填写", READINGS, "readings");
        refused(() -> describeWithReadings(none(), f -> at(f, "readings", 0).remove("id"))).is(READINGS
                + ": readings[0].id is required", READINGS + ": readings[0].id 必须填写", READINGS, "readings[0].id");
        for (String field : List.of("citation", "zh", "en")) {
            refused(() -> describeWithReadings(none(), f -> at(f, "readings", 0).remove(field))).is(READINGS
                    + ": patents-counted: " + field + " is required",
                    READINGS + ": patents-counted: " + field + " 必须填写",
                    READINGS, "patents-counted", field);
        }
        refused(() -> describeWithReadings(none(), f -> at(f, "readings", 0).put("id", "Patents Counted"))).is(READINGS
                        + ": Patents Counted: id is lower case letters, digits and hyphens",
                READINGS + ": Patents Counted: id 只能由小写字母、数字和连字符组成", READINGS, "Patents Counted", "id");
        refused(() -> describeWithReadings(none(), f -> ((ArrayNode) f.get("readings")).add(at(f, "readings", 0)
                .deepCopy()))).is(READINGS + ": patents-counted: the reading is written twice", READINGS
                + ": patents-counted: 同一读法写了两次", READINGS, "patents-counted");
    }

    /**
     * Through the engine: a module on the kit whose parameter file is wrong cannot start, and the start's Chinese
     * message is Chinese throughout (it had the file's fault in English inside it), the English English throughout.
     */
    @Test
    void theEngineTellsAModulesFileInTheLanguageOfTheRun() {
        ObjectNode p = policy();
        p.remove("targetFiles");
        p.remove("phaseFile");
        ObjectNode pf = parameterFile();
        ((ObjectNode) at(pf, "parameters", 0).get("values").get(0)).put("from", "2012-11-04");
        Map<String, String> files = Map.of("policy.json", p.toString(), "parameters/amounts.json", pf.toString());
        KitModule module = new KitModule() {
            @Override
            public String id() {
                return "p-1";
            }

            @Override
            public PolicyDescription describe() {
                return PolicyFilesTest.this.describe(files);
            }
        };
        Told told = refused(() -> RulesEngine.builder().withoutDiscovery().module(module).build());
        told.is("policy module 'p-1' cannot describe itself: " + PARAMS + ": A_ONE: values[0].from: 2012-11-04 is "
                        + "before 2012-11-05, the day the policy took force (p-1 §7(3)): nothing reads a value before "
                        + "that day; for a value that applies from the start, write 2012-11-05, and name an older "
                        + "document it comes from in its source",
                "政策模块 p-1 无法给出自身的政策描述:" + PARAMS + ": A_ONE: values[0].from: 2012-11-04 早于本政策施行之日 2012-11-05"
                        + "(p-1 §7(3)):施行之日前的取值不会被读取;自施行之日起适用的取值,from 应写为 2012-11-05,其所依据的更早文件写在其 "
                        + "source 中",
                PARAMS, "A_ONE", "values[0].from", "p-1 §7(3)", "p-1", "from", "source");
    }
}
