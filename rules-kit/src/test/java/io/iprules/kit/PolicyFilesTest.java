package io.iprules.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iprules.Comparison;
import io.iprules.Language;
import io.iprules.ParameterInfo;
import io.iprules.ParameterUnit;
import io.iprules.ParameterValue;
import io.iprules.Phase;
import io.iprules.PolicyDescription;
import io.iprules.Provision;
import io.iprules.ProvisionStatus;
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
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module's description read from its data files: every field lands where it belongs, and a malformed file
 * fails with the file and the field named. Each test writes its files next to {@link Anchor}, loaded in a class
 * loader that sees them.
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

    private AbstractThrowableAssert<?, ? extends Throwable> policyFails(Consumer<ObjectNode> edit) {
        return assertThatThrownBy(() -> describe(edit, none(), none(), none())).isInstanceOf(IllegalStateException.class);
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

    @Test
    void eachRequiredFieldOfThePolicyIsNamedWhenMissing() {
        for (String field : List.of("id", "title", "issued", "inForce", "version", "subjects", "provisions")) {
            policyFails(p -> p.remove(field)).hasMessage(WHERE + ": " + field + " is required");
        }
        policyFails(p -> at(p, "provisions", 1).remove("citation"))
                .hasMessage(WHERE + ": provisions[].citation is required");
        // a version the build did not filter (no policy.version property): every receipt would record the placeholder
        policyFails(p -> p.put("version", "${policy.version}")).hasMessage(WHERE + ": version is ${policy.version}, "
                + "not filtered: give the module's pom a <policy.version> property and filter src/main/resources "
                + "(README, How to add a policy)");
    }

    /** The clause that dates the text is listed like every other: a listing must not cite a clause it never names. */
    @Test
    void anInForceClauseThatNoProvisionListsIsRefused() {
        policyFails(p -> ((ObjectNode) p.get("inForce")).put("citation", "p-1 落款"))
                .hasMessage(WHERE + ": inForce.citation p-1 落款 is no provision's citation: add a provisions entry for "
                        + "it (the clause that dates the text, e.g. its 落款)");
    }

    @Test
    void aSubjectTypeThatDoesNotExist() {
        policyFails(p -> at(p, "subjects", 0).put("type", "io.iprules.NoSuchType"))
                .hasMessage(WHERE + ": subject type io.iprules.NoSuchType not found");
    }

    @Test
    void aPolicyThatTheDescriptionRefusesIsNamedByItsFile() {
        policyFails(p -> p.putArray("subjects")).hasMessageStartingWith(WHERE + ": p-1: a policy accepts at least one");
    }

    @Test
    void missingAndMalformedFilesAreNamed() {
        assertThatThrownBy(() -> describe(Map.of())).isInstanceOf(IllegalStateException.class)
                .hasMessage(WHERE + " is missing");
        assertThatThrownBy(() -> describe(Map.of("policy.json", "{\"id\": ")))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith(WHERE + ": ");
        assertThatThrownBy(() -> describe(Map.of("policy.json", "{\"id\": \"p-1\", \"unknown\": 1}")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown");
        ObjectNode p = policy();
        assertThatThrownBy(() -> describe(Map.of("policy.json", p.toString())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("io.iprules.kit.fixture/parameters/amounts.json is missing");
    }

    private static final String PARAMS = "io.iprules.kit.fixture/parameters/amounts.json: ";

    @Test
    void aParameterNeedsUnitAndDescription() {
        for (String field : List.of("unit", "description")) {
            assertThatThrownBy(() -> describe(none(), f -> at(f, "parameters", 0).remove(field), none(), none()))
                    .isInstanceOf(IllegalStateException.class).hasMessage(PARAMS + "A_ONE: " + field + " is required");
        }
    }

    @Test
    void anOpenParameterHasNoValueAndAFixedOneHasOne() {
        assertThatThrownBy(() -> describe(none(), f -> at(f, "parameters", 1).putArray("values").addObject()
                .put("from", "2012-11-05").put("value", "0.5").put("source", "s"), none(), none()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(PARAMS + "A_TWO.RATE: an open parameter has no default value");
        assertThatThrownBy(() -> describe(none(), f -> at(f, "parameters", 0).remove("values"), none(), none()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(PARAMS + "A_ONE: a parameter fixed by the text needs its value");
        assertThatThrownBy(() -> describe(none(), f -> at(f, "parameters", 0).put("open", false).putArray("values"),
                none(), none())).hasMessage(PARAMS + "A_ONE: a parameter fixed by the text needs its value");
    }

    /**
     * A module's own value cannot take effect before its policy took force (2012-11-05 here), as a deployment's
     * cannot: the day before is refused at the file and parameter, naming the day to write; the day itself is the
     * complete files' first value (everyFieldLandsWhereItBelongs), refused once the policy takes force a day later.
     */
    @Test
    void aValueCannotTakeEffectBeforeThePolicy() {
        String told = "A_ONE: value from 2012-11-04 is before 2012-11-05, the day the policy took force (inForce.from, "
                + WHERE + "): nothing reads a value before that day; write from 2012-11-05 (a value that applies from "
                + "the start; an older document it comes from belongs in its source)";
        assertThatThrownBy(() -> describe(none(), f -> ((ObjectNode) at(f, "parameters", 0).get("values").get(0))
                .put("from", "2012-11-04"), none(), none()))
                .isInstanceOf(IllegalStateException.class).hasMessage(PARAMS + told);
        assertThatThrownBy(() -> describe(p -> ((ObjectNode) p.get("inForce")).put("from", "2012-11-06"), none(),
                none(), none())).hasMessageStartingWith(PARAMS + "A_ONE: value from 2012-11-05 is before 2012-11-06");
    }

    @Test
    void aValueMustSuitItsUnit() {
        assertThatThrownBy(() -> describe(none(), f -> ((ObjectNode) at(f, "parameters", 0).get("values").get(1))
                .put("value", "350000.001"), none(), none()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(PARAMS + "A_ONE: value is yuan with at most two decimals");
    }

    private static final String TARGETS = "io.iprules.kit.fixture/targets/targets.json";

    @Test
    void aTargetNeedsItsFields() {
        assertThatThrownBy(() -> describe(none(), none(), f -> f.remove("targets"), none()))
                .isInstanceOf(IllegalStateException.class).hasMessage(TARGETS + ": targets is required");
        assertThatThrownBy(() -> describe(none(), none(), f -> at(f, "targets", 0).remove("code"), none()))
                .isInstanceOf(IllegalStateException.class).hasMessage(TARGETS + ": targets[].code is required");
        for (String field : List.of("title", "unit", "comparison", "source")) {
            assertThatThrownBy(() -> describe(none(), none(), f -> at(f, "targets", 0).remove(field), none()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage(TARGETS + ": T_FIXED: " + field + " is required");
        }
        assertThatThrownBy(() -> describe(none(), none(), f -> f.remove("citation"), none()))
                .isInstanceOf(IllegalStateException.class).hasMessage(TARGETS + ": T_FIXED: citation is required");
    }

    @Test
    void aTargetsFiguresMustSuitItsUnit() {
        for (String field : List.of("required", "progressBasis", "maximum")) {
            assertThatThrownBy(() -> describe(none(), none(), f -> at(f, "targets", 0).put(field, "18.5"), none()))
                    .as(field).isInstanceOf(IllegalStateException.class)
                    .hasMessage(TARGETS + ": T_FIXED: 18.5 must be a whole number, not 18.5");
        }
        // a number may have decimals
        PolicyDescription d = describe(none(), none(), f -> at(f, "targets", 1).put("maximum", "25.5"), none());
        assertThat(d.targets().get(1).maximum()).isEqualByComparingTo("25.5");
    }

    @Test
    void aTargetTheModelRefusesIsNamed() {
        assertThatThrownBy(() -> describe(none(), none(), f -> at(f, "targets", 0).put("unit", "DATE"), none()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(TARGETS + ": T_FIXED: T_FIXED: a target's figure is a number, not a date");
        assertThatThrownBy(() -> describe(none(), none(), f -> ((ObjectNode) at(f, "targets", 1).get("reference"))
                .remove("title"), none()))
                .isInstanceOf(IllegalStateException.class).hasMessage(TARGETS + ": T_REL: title");
        assertThatThrownBy(() -> describe(none(), none(), f -> at(f, "targets", 0).putObject("reference")
                .put("key", "k").put("factor", "2").set("title", bilingual("k", "k")), none()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("exactly one");
    }

    private static final String PHASES = "io.iprules.kit.fixture/phases/phases.json";

    @Test
    void aPhaseNeedsItsFields() {
        assertThatThrownBy(() -> describe(none(), none(), none(), f -> f.remove("phases")))
                .isInstanceOf(IllegalStateException.class).hasMessage(PHASES + ": phases is required");
        assertThatThrownBy(() -> describe(none(), none(), none(), f -> at(f, "phases", 0).remove("code")))
                .isInstanceOf(IllegalStateException.class).hasMessage(PHASES + ": phases[].code is required");
        for (String field : List.of("title", "from", "source")) {
            assertThatThrownBy(() -> describe(none(), none(), none(), f -> at(f, "phases", 0).remove(field)))
                    .isInstanceOf(IllegalStateException.class).hasMessage(PHASES + ": ONE: " + field + " is required");
        }
        assertThatThrownBy(() -> describe(none(), none(), none(), f -> f.remove("citation")))
                .isInstanceOf(IllegalStateException.class).hasMessage(PHASES + ": ONE: citation is required");
        assertThatThrownBy(() -> describe(none(), none(), none(), f -> at(f, "phases", 0).put("until", "2012-11-04")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(PHASES + ": ONE: ONE: ends 2012-11-04 before it starts 2012-11-05");
    }

    @Test
    void phasesMustFollowOneAnother() {
        assertThatThrownBy(() -> describe(none(), none(), none(), f -> at(f, "phases", 1).put("from", "2014-01-02")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(WHERE + ": p-1: phase TWO must start the day after ONE ends (2013-12-31), not 2014-01-02");
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

    @Test
    void anExclusionReasonNeedsItsFields() {
        assertThatThrownBy(() -> describeWithReadings(p -> at(p, "exclusionReasons", 1).remove("code"), none()))
                .isInstanceOf(IllegalStateException.class).hasMessage(WHERE + ": exclusionReasons[].code is required");
        for (String field : List.of("citation", "text")) {
            assertThatThrownBy(() -> describeWithReadings(p -> at(p, "exclusionReasons", 1).remove(field), none()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage(WHERE + ": exclusion reason CHOICE_REQUIRED: " + field + " is required");
        }
        for (String language : List.of("zh", "en")) {
            assertThatThrownBy(() -> describeWithReadings(
                    p -> ((ObjectNode) at(p, "exclusionReasons", 0).get("text")).remove(language), none()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage(WHERE + ": exclusion reason CAP: text." + language + " is required");
        }
    }

    private static final String READINGS = "io.iprules.kit.fixture/readings.json";

    @Test
    void aReadingNeedsItsFields() {
        assertThatThrownBy(() -> describeWithReadings(none(), f -> f.remove("readings")))
                .isInstanceOf(IllegalStateException.class).hasMessage(READINGS + ": readings is required");
        assertThatThrownBy(() -> describeWithReadings(none(), f -> at(f, "readings", 0).remove("id")))
                .isInstanceOf(IllegalStateException.class).hasMessage(READINGS + ": readings[].id is required");
        for (String field : List.of("citation", "zh", "en")) {
            assertThatThrownBy(() -> describeWithReadings(none(), f -> at(f, "readings", 0).remove(field)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage(READINGS + ": patents-counted: " + field + " is required");
        }
        assertThatThrownBy(() -> describeWithReadings(none(), f -> at(f, "readings", 0).put("id", "Patents Counted")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(READINGS + ": Patents Counted: a reading id is lower case");
    }
}
