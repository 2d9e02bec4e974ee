package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.EvaluationResult;
import io.iprules.PolicyDescription;
import io.iprules.PolicyKey;
import io.iprules.RulesEngine;
import io.iprules.SubjectKind;
import io.iprules.anning.Anning2022;
import io.iprules.anning.AnningCounty;
import io.iprules.jiaxing.Jiaxing2012;
import io.iprules.jiaxing.JiaxingEnterprise;
import io.iprules.jiaxing.RecognitionType;
import io.iprules.pilotcity.PilotCity2017;
import io.iprules.spi.PolicyModule;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * The typed keys the policy modules publish (#17 item 7): every {@code PolicyKey} constant of a module names its
 * own policy and one of its subject kinds with that kind's type, and the shipped modules have a key for every kind.
 */
class PolicyKeysTest {
    private static final RulesEngine ENGINE = RulesEngine.builder().build();

    private static List<PolicyKey<?>> keysOf(Class<?> module) throws IllegalAccessException {
        List<PolicyKey<?>> keys = new ArrayList<>();
        for (Field f : module.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == PolicyKey.class) {
                keys.add((PolicyKey<?>) f.get(null));
            }
        }
        return keys;
    }

    @Test
    void everyKeyOfEveryModuleIsOneOfItsSubjectKindsWithItsType() throws IllegalAccessException {
        for (PolicyModule m : ServiceLoader.load(PolicyModule.class)) {
            PolicyDescription d = ENGINE.findPolicy(m.id()).orElseThrow();
            for (PolicyKey<?> key : keysOf(m.getClass())) {
                assertThat(key.policy()).as(key.toString()).isEqualTo(m.id());
                SubjectKind kind = d.subject(key.subjectKey())
                        .orElseThrow(() -> new AssertionError(key + ": no such kind"));
                assertThat(key.type()).as(key.toString()).isEqualTo(kind.type());
            }
        }
    }

    @Test
    void theShippedModulesHaveAKeyForEveryKindOfSubject() throws IllegalAccessException {
        for (Class<?> module : List.of(Jiaxing2012.class, PilotCity2017.class, Anning2022.class,
                io.iprules.beijing.Beijing2012.class, io.iprules.northeast.Northeast2017.class)) {
            String id = keysOf(module).get(0).policy();
            assertThat(keysOf(module)).extracting(PolicyKey::subjectKey).as(id)
                    .containsExactlyInAnyOrderElementsOf(ENGINE.findPolicy(id).orElseThrow().subjects().stream()
                            .map(SubjectKind::key).toList());
        }
    }

    @Test
    void aTypedKeyGivesWhatTheGenericEntryGives() {
        LocalDate asOf = LocalDate.of(2013, 12, 31);
        JiaxingEnterprise e = JiaxingEnterprise.builder("嘉兴禾城新材料科技有限公司", "91330400MA28A0001D")
                .recognition(RecognitionType.NATIONAL_IP_PILOT_ENTERPRISE, LocalDate.of(2013, 3, 15))
                .build();
        EvaluationResult typed = ENGINE.evaluate(Jiaxing2012.APPLICANT, asOf, e);
        assertThat(typed.total()).isEqualByComparingTo("200000.00"); // §6(5)2: 20 万元 for a national pilot enterprise
        assertThat(typed.awards()).isEqualTo(ENGINE.evaluate(Jiaxing2012.ID, asOf, e).awards());
        assertThat(ENGINE.evaluate(Anning2022.APPLICANT, LocalDate.of(2025, 7, 31), AnningCounty.builder("安宁市").build())
                .subjectName()).isEqualTo("安宁市");
    }

    /** The README's Java API example, as written there. */
    @Test
    void theReadmesExample() {
        JiaxingEnterprise e = JiaxingEnterprise.builder()
                .name("嘉兴禾城新材料科技有限公司")
                .creditCode("91330400MA28A0001D")
                .recognition(RecognitionType.NATIONAL_IP_PILOT_ENTERPRISE, LocalDate.of(2013, 3, 15))
                .recognition(RecognitionType.PROVINCIAL_PATENT_DEMO_ENTERPRISE, LocalDate.of(2013, 9, 20))
                .build();
        EvaluationResult r = ENGINE.evaluate(Jiaxing2012.APPLICANT, LocalDate.of(2013, 12, 31), e);
        assertThat(r.total()).isEqualByComparingTo("200000.00");
        assertThat(r.awards().get(0).citation()).isEqualTo("jiaxing-2012 §6(5)2");
        assertThat(r.awards().get(0).explanation()).isSameAs(r.awards().get(0).reason());
        assertThat(r.excluded().get(0).reason().code()).isEqualTo("NON_DUPLICATION");
        assertThat(r.excluded().get(0).citation()).isEqualTo("jiaxing-2012 §7(1)");
        assertThat(r.toString()).startsWith("EvaluationResult[jiaxing-2012 as of 2013-12-31, 嘉兴禾城新材料科技有限公司: "
                + "eligible, total 200000.00\n  + JX_NATIONAL_IP_PILOT_ENTERPRISE ")
                .contains(" 200000.00 [jiaxing-2012 §6(5)2]\n  - JX_PROVINCIAL_PATENT_DEMO_ENTERPRISE ")
                .contains(" 100000.00 NON_DUPLICATION [jiaxing-2012 §7(1)]");
        assertThat(ENGINE.findPolicy("jiaxing-2012")).isPresent();
        assertThat(ENGINE.findPolicy("nope")).isEmpty();
    }
}
