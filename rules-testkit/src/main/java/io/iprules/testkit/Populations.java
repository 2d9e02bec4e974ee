package io.iprules.testkit;

import io.iprules.InvalidRequestException;
import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import io.iprules.spi.RequestGenerator;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;

/**
 * A module's synthetic population ({@link RequestGenerator}, for {@code ip-rules generate}, the fuzz tests and the
 * benchmarks) checked the same way in every module: what every generator owes as dynamic tests, and its requests
 * drawn and evaluated for the module's own checks of variety.
 *
 * <pre>{@code
 * class MyPopulationTest {
 *     @TestFactory
 *     Stream<DynamicTest> generator() {
 *         return Populations.checks(new MyPopulation());
 *     }
 *
 *     @Test
 *     void asVariedAsTheReadmeSays() {
 *         for (JsonContract.Evaluated e
 *                 : Populations.evaluate(ENGINE, Populations.draw(new MyPopulation(), 1L, 3000))) {
 *             …
 *         }
 *     }
 * }
 * }</pre>
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public final class Populations {
    /** Never used by a generated request, which carries its own as-of date; a request without one would show it. */
    private static final LocalDate TODAY = LocalDate.of(2099, 1, 1);

    private Populations() {
    }

    /** {@code count} requests of {@code generator} from {@code seed}. */
    public static List<String> draw(RequestGenerator generator, long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(generator.next(random));
        }
        return out;
    }

    /** {@code work} run with the JVM's default locales set to {@code locale}, then set back. */
    private static <T> T inLocale(Locale locale, java.util.function.Supplier<T> work) {
        Locale before = Locale.getDefault();
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        Locale.setDefault(locale);
        try {
            return work.get();
        } finally {
            Locale.setDefault(before);
            Locale.setDefault(Locale.Category.FORMAT, format);
            Locale.setDefault(Locale.Category.DISPLAY, display);
        }
    }

    /**
     * What every generator owes: the service loader finds it, and it alone, for its policy; the same seed gives
     * the same requests, none twice, and another seed others; each request is one line that names the policy and then
     * its as-of date (so that it never depends on the day it is evaluated).
     */
    public static Stream<DynamicTest> checks(RequestGenerator generator) {
        String policy = generator.policy();
        return Stream.of(
                DynamicTest.dynamicTest("found by the service loader", () -> {
                    List<RequestGenerator> found = ServiceLoader.load(RequestGenerator.class).stream()
                            .map(ServiceLoader.Provider::get).filter(g -> g.policy().equals(policy)).toList();
                    Assertions.assertEquals(1, found.size(), () -> "generators for " + policy + ": " + found);
                    Assertions.assertSame(generator.getClass(), found.get(0).getClass());
                    Assertions.assertSame(generator.getClass(), RequestGenerator.forPolicy(policy).getClass());
                }),
                DynamicTest.dynamicTest("the same seed gives the same requests, another seed others", () -> {
                    List<String> a = draw(generator, 7, 300);
                    Assertions.assertEquals(a, draw(generator, 7, 300));
                    Assertions.assertEquals(a.size(), new HashSet<>(a).size(), "a request drawn twice");
                    Assertions.assertNotEquals(a, draw(generator, 8, 300));
                }),
                DynamicTest.dynamicTest("the same seed gives the same requests whatever the JVM's locale", () -> {
                    // a locale with digits of its own (Arabic-Indic, Thai) wrote 2٠١٤1… into beijing's subjects
                    List<String> root = inLocale(Locale.ROOT, () -> draw(generator, 7, 300));
                    for (String tag : new String[] {"ar-SA", "fa-IR", "th-TH-u-nu-thai", "tr-TR"}) {
                        List<String> there = inLocale(Locale.forLanguageTag(tag), () -> draw(generator, 7, 300));
                        for (int i = 0; i < root.size(); i++) {
                            Assertions.assertEquals(root.get(i), there.get(i), tag + ", request " + (i + 1));
                        }
                    }
                }),
                DynamicTest.dynamicTest("each request is one line with its policy and as-of date first", () -> {
                    String start = "{\"policy\":\"" + policy + "\",\"asOf\":\"";
                    for (String line : draw(generator, 7, 300)) {
                        Assertions.assertFalse(line.contains("\n"), () -> "a request of two lines: " + line);
                        Assertions.assertTrue(line.startsWith(start), () -> "expected " + start + "…: " + line);
                    }
                }));
    }

    /**
     * Evaluates every line with {@code engine} through the JSON contract, as {@code ip-rules batch} would; fails
     * naming the line when the generator made a request the contract refuses.
     */
    public static List<JsonContract.Evaluated> evaluate(RulesEngine engine, List<String> lines) {
        JsonContract json = new JsonContract(engine);
        List<JsonContract.Evaluated> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            try {
                out.add(json.evaluateRequest(line.getBytes(StandardCharsets.UTF_8), TODAY, null));
            } catch (InvalidRequestException e) {
                throw new AssertionError("the generator made an invalid request: " + e.getMessage() + "\n" + line, e);
            }
        }
        return out;
    }
}
