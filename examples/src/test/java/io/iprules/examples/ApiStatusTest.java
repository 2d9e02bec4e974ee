package io.iprules.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Executable;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * Every public top-level type of the public API packages — the API ({@code io.iprules}), the JSON contract, batch,
 * the SPI, the policy kit, the testkit and the officer's reports — says how stable it is with apiguardian's
 * {@code @API} (README "What is stable"). The jars on this class path are rules-core, rules-kit, rules-testkit and
 * rules-report themselves, so a type added to any of them is checked here.
 */
class ApiStatusTest {
    static final String[] PUBLIC_API = {"io.iprules", "io.iprules.json", "io.iprules.batch", "io.iprules.spi",
            "io.iprules.kit..", "io.iprules.testkit", "io.iprules.report"};

    @Test
    void everyPublicTopLevelTypeOfThePublicPackagesCarriesItsApiStatus() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.iprules");
        // the rule below must have something to check: the packages are where the jars put them
        assertThat(classes.stream().filter(c -> c.getPackageName().equals("io.iprules.kit.calendar"))).isNotEmpty();
        assertThat(classes.stream().filter(c -> c.getPackageName().equals("io.iprules.spi"))).isNotEmpty();
        assertThat(classes.stream().filter(c -> c.getPackageName().equals("io.iprules.testkit"))).isNotEmpty();
        assertThat(classes.stream().filter(c -> c.getPackageName().equals("io.iprules.report"))).isNotEmpty();
        classes().that().resideInAnyPackage(PUBLIC_API).and().arePublic().and().areTopLevelClasses()
                .should().beAnnotatedWith(API.class)
                .because("README \"What is stable\": every public type says whether it is STABLE, MAINTAINED, "
                        + "EXPERIMENTAL or INTERNAL")
                .check(classes);
    }

    /**
     * A member that callers may rely on (STABLE, or MAINTAINED: deprecated before it changes) takes and returns only
     * types they may rely on as well. One that returns an EXPERIMENTAL type (a {@code Deadline}, an {@code Outcome})
     * is itself EXPERIMENTAL, and says so, as {@code EvaluationResult.items()} does: a caller reading only the
     * method's status, as IDEs show it, must not take {@code evaluateAll} for STABLE when what it returns may change
     * in any release.
     */
    @Test
    void aStableOrMaintainedMemberExposesNoLessStableType() throws Exception {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.iprules");
        Set<String> wrong = new TreeSet<>();
        int checked = 0;
        for (var imported : classes) {
            Class<?> type = Class.forName(imported.getName());
            if (!inPublicApi(type) || !reachable(type) || !reliable(status(type))) {
                continue;
            }
            List<Executable> members = new ArrayList<>(List.of(type.getDeclaredMethods()));
            members.addAll(List.of(type.getDeclaredConstructors()));
            for (Executable member : members) {
                if (!Modifier.isPublic(member.getModifiers()) || member.isSynthetic()
                        || (member instanceof Method m && m.isBridge())) {
                    continue;
                }
                API own = member.getAnnotation(API.class);
                API.Status status = own != null ? own.status() : status(type);
                if (!reliable(status)) {
                    continue;
                }
                checked++;
                Set<Class<?>> used = new LinkedHashSet<>();
                if (member instanceof Method m) {
                    typesIn(m.getGenericReturnType(), used);
                }
                for (Type p : member.getGenericParameterTypes()) {
                    typesIn(p, used);
                }
                for (Class<?> u : used) {
                    if (u.getName().startsWith("io.iprules.") && !reliable(status(u))) {
                        wrong.add(status + " " + type.getName() + "." + member.getName() + " uses " + status(u) + " "
                                + u.getName());
                    }
                }
            }
        }
        assertThat(checked).as("members checked").isGreaterThan(100);
        assertThat(wrong).as("README \"What is stable\": mark such a member @API(status = EXPERIMENTAL)").isEmpty();
    }

    private static boolean inPublicApi(Class<?> type) {
        String pkg = type.getPackageName();
        return pkg.equals("io.iprules") || pkg.equals("io.iprules.json") || pkg.equals("io.iprules.batch")
                || pkg.equals("io.iprules.spi") || pkg.startsWith("io.iprules.kit") || pkg.equals("io.iprules.testkit");
    }

    /** A public type, and every type it is nested in public too. */
    private static boolean reachable(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    /** A type's own status, or that of the type it is nested in; {@code null} for none (internal). */
    private static API.Status status(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            API api = t.getAnnotation(API.class);
            if (api != null) {
                return api.status();
            }
        }
        return null;
    }

    private static boolean reliable(API.Status status) {
        return status == API.Status.STABLE || status == API.Status.MAINTAINED;
    }

    private static void typesIn(Type type, Set<Class<?>> out) {
        if (type instanceof Class<?> c) {
            if (c.isArray()) {
                typesIn(c.getComponentType(), out);
            } else {
                out.add(c);
            }
        } else if (type instanceof ParameterizedType p) {
            typesIn(p.getRawType(), out);
            for (Type a : p.getActualTypeArguments()) {
                typesIn(a, out);
            }
        } else if (type instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) {
                typesIn(b, out);
            }
            for (Type b : w.getLowerBounds()) {
                typesIn(b, out);
            }
        } else if (type instanceof GenericArrayType g) {
            typesIn(g.getGenericComponentType(), out);
        } else if (type instanceof TypeVariable<?> v) {
            for (Type b : v.getBounds()) {
                if (b != Object.class) {
                    typesIn(b, out);
                }
            }
        }
    }

    @Test
    void theEntryPointsAreStable() {
        for (Class<?> c : new Class<?>[] {io.iprules.RulesEngine.class, io.iprules.EvaluationResult.class,
                io.iprules.json.JsonContract.class}) {
            assertThat(c.getAnnotation(API.class).status()).as(c.getName()).isEqualTo(API.Status.STABLE);
        }
    }
}
