package io.iprules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.EvaluationRequest;
import io.iprules.ParameterInfo;
import io.iprules.ParameterUnit;
import io.iprules.ParameterValue;
import io.iprules.Text;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digests of a receipt: what goes in, what does not, and that they are the standard SHA-256. */
class FingerprintsTest {
    enum Kind { INVENTION, DESIGN }

    record Patent(String number, Kind kind, LocalDate granted) {
    }

    record Applicant(String name, BigDecimal interest, List<Patent> patents, Map<String, Object> figures, Boolean sme) {
    }

    private static final LocalDate D = LocalDate.of(2013, 12, 31);

    @Test
    void sha256IsTheStandardOne() {
        // FIPS 180-2, appendix B.1
        assertThat(Fingerprints.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void theCanonicalRequestSortsFieldsAndKeysAndKeepsListOrderAndDecimalScale() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("B_RATE", new BigDecimal("0.30"));
        figures.put("A_COUNT", 52);
        Applicant a = new Applicant("某公司", new BigDecimal("12345.60"),
                List.of(new Patent("ZL2", Kind.DESIGN, LocalDate.of(2013, 2, 1)),
                        new Patent("ZL1", Kind.INVENTION, LocalDate.of(2013, 1, 1))), figures, null);
        String json = new String(Fingerprints.canonicalRequest(new EvaluationRequest("p-1", D, "applicant", a),
                "applicant"), StandardCharsets.UTF_8);
        assertThat(json).isEqualTo("{\"applicant\":{\"figures\":{\"A_COUNT\":52,\"B_RATE\":\"0.30\"},"
                + "\"interest\":\"12345.60\",\"name\":\"某公司\",\"patents\":["
                + "{\"granted\":\"2013-02-01\",\"kind\":\"DESIGN\",\"number\":\"ZL2\"},"
                + "{\"granted\":\"2013-01-01\",\"kind\":\"INVENTION\",\"number\":\"ZL1\"}],\"sme\":null},"
                + "\"asOf\":\"2013-12-31\",\"policy\":\"p-1\"}");
    }

    /** A request type that derives values from its fields (as beijing-2012's enterprise derives its industries). */
    record Enterprise(String name, List<String> industries) {
        public List<String> getStrategicIndustries() {
            return industries.stream().filter(i -> i.startsWith("S")).toList();
        }

        public String getLabel() {
            return "企业 " + name;
        }

        public boolean isNamed() {
            return name != null;
        }
    }

    /**
     * Only the fields a request can carry are written, sorted: a value the request type derives from them is not (it
     * had been written last, after the sorted fields), so the digest is that of the request as the client wrote it,
     * sorted and without whitespace.
     */
    @Test
    void theCanonicalRequestHoldsTheRequestsFieldsAndNothingTheTypeDerivesFromThem() {
        Enterprise e = new Enterprise("某公司", List.of("SPACE", "FOOD"));
        assertThat(canonical(new EvaluationRequest("p-1", D, "applicant", e), "applicant")).isEqualTo(
                "{\"applicant\":{\"industries\":[\"SPACE\",\"FOOD\"],\"name\":\"某公司\"},\"asOf\":\"2013-12-31\","
                        + "\"policy\":\"p-1\"}");
    }

    @Test
    void mapOrderDoesNotCountButEveryValueAndTheDateDo() {
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("A", 1);
        ab.put("B", "0.31");
        Map<String, Object> ba = new LinkedHashMap<>();
        ba.put("B", new BigDecimal("0.31")); // a figure given as a number or as a string is the same figure
        ba.put("A", 1);
        String one = digest(new Applicant("x", null, List.of(), ab, true), D);
        assertThat(digest(new Applicant("x", null, List.of(), ba, true), D)).isEqualTo(one);
        assertThat(digest(new Applicant("x", null, List.of(), ab, false), D)).isNotEqualTo(one);
        assertThat(digest(new Applicant("x", null, List.of(), ab, true), D.minusDays(1))).isNotEqualTo(one);
        assertThat(digest(new Applicant("x", new BigDecimal("1.0"), List.of(), ab, true), D))
                .isNotEqualTo(digest(new Applicant("x", new BigDecimal("1.00"), List.of(), ab, true), D));
    }

    private static String digest(Applicant a, LocalDate asOf) {
        return Fingerprints.request(new EvaluationRequest("p-1", asOf, "applicant", a), "applicant");
    }

    @Test
    void parametersAreSortedByNameAndEveryValueCounts() {
        ParameterInfo a = param("A", "100");
        ParameterInfo b = param("B", "200");
        String ab = Fingerprints.parameters(List.of(a, b));
        assertThat(Fingerprints.parameters(List.of(b, a))).isEqualTo(ab);
        assertThat(Fingerprints.parameters(List.of(a, param("B", "201")))).isNotEqualTo(ab);
        assertThat(Fingerprints.parameters(List.of(a, b.withValues(List.of())))).isNotEqualTo(ab);
        assertThat(new String(Fingerprints.canonicalParameters(List.of(a)), StandardCharsets.UTF_8))
                .isEqualTo("[{\"name\":\"A\",\"open\":false,\"unit\":\"YUAN\",\"values\":"
                        + "[{\"from\":\"2013-01-01\",\"source\":\"§1\",\"value\":\"100\"}]}]");
    }

    private static ParameterInfo param(String name, String value) {
        return new ParameterInfo(name, ParameterUnit.YUAN, "p-1 §1", Text.plain(name), false,
                List.of(new ParameterValue(LocalDate.of(2013, 1, 1), value, "§1")));
    }

    @Test
    void ruleMaterialIsEveryFileClassesIncludedListedAsSha256sumDoes(@TempDir Path root) throws IOException {
        Path pkg = Files.createDirectories(root.resolve("x/policy"));
        Files.writeString(pkg.resolve("Module.class"), "bytecode");
        Files.writeString(pkg.resolve("policy.json"), "{}");
        Files.createDirectories(pkg.resolve("rules"));
        Files.writeString(pkg.resolve("rules/a.drl"), "rule");
        Files.createDirectories(root.resolve("x/other"));
        Files.writeString(root.resolve("x/other/b.drl"), "not ours");

        SortedMap<String, byte[]> files = material(root, true);
        assertThat(files).containsOnlyKeys("x/policy/Module.class", "x/policy/policy.json", "x/policy/rules/a.drl");
        assertThat(material(root, false)).containsOnlyKeys("x/policy/Module.class", "x/policy/policy.json");
        // exactly what `sha256sum x/policy/Module.class x/policy/policy.json x/policy/rules/a.drl | sha256sum` computes
        // (the first hash is that of the 8 bytes "bytecode": printf bytecode | sha256sum)
        String manifest = Fingerprints.manifest(files);
        assertThat(manifest).isEqualTo(
                "8e896187127726aada2f6e407d70a39043554768dd4367f4d0dcf457920c0432  x/policy/Module.class\n"
                        + "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a  x/policy/policy.json\n"
                        + "7369949b47ef2c6ba26fbbee659cedc76123a75c17d321a52d8d1ef35e948042  x/policy/rules/a.drl\n");
        String before = Fingerprints.material(files);
        assertThat(before).isEqualTo(Fingerprints.sha256(manifest.getBytes(StandardCharsets.UTF_8)));

        Files.writeString(pkg.resolve("Module.class"), "other bytecode");
        String classChanged = Fingerprints.material(material(root, true));
        assertThat(classChanged).as("classes count: the build is reproducible").isNotEqualTo(before);
        Files.writeString(pkg.resolve("rules/a.drl"), "rule changed");
        assertThat(Fingerprints.material(material(root, true))).isNotEqualTo(classChanged);
    }

    private static SortedMap<String, byte[]> material(Path root, boolean recursive) throws IOException {
        SortedMap<String, byte[]> files = Fingerprints.files();
        Fingerprints.addResources(files, root.resolve("x/policy/Module.class").toUri().toURL(),
                "x/policy/Module.class", "x/policy/", recursive, path -> true);
        return files;
    }

    @Test
    void theLibraryVersionComesFromTheBuild() {
        assertThat(Fingerprints.libraryVersion()).isNotBlank().doesNotContain("${");
        List<String> parts = new ArrayList<>(Arrays.asList(Fingerprints.libraryVersion().split("[.-]")));
        assertThat(parts.get(0)).containsOnlyDigits();
    }

    record County(String name) {
    }

    /**
     * The three keys of a canonical request are sorted wherever the subject's key sorts: before {@code asOf}
     * ({@code applicant}, above), between {@code asOf} and {@code policy} ({@code city}) or after {@code policy}
     * ({@code recommendation}).
     */
    @Test
    void theSubjectsKeySortsAmongAsOfAndPolicy() {
        County c = new County("嘉兴");
        assertThat(canonical(new EvaluationRequest("p-1", D, "city", c), "city"))
                .isEqualTo("{\"asOf\":\"2013-12-31\",\"city\":{\"name\":\"嘉兴\"},\"policy\":\"p-1\"}");
        assertThat(canonical(new EvaluationRequest("p-1", D, "recommendation", c), "recommendation"))
                .isEqualTo("{\"asOf\":\"2013-12-31\",\"policy\":\"p-1\",\"recommendation\":{\"name\":\"嘉兴\"}}");
        // sorted by UTF-16 code unit, as the canonical form is everywhere: "asOf" < "asset" ('O' < 's')
        assertThat(canonical(new EvaluationRequest("p-1", D, "asset", c), "asset"))
                .isEqualTo("{\"asOf\":\"2013-12-31\",\"asset\":{\"name\":\"嘉兴\"},\"policy\":\"p-1\"}");
        assertThat(canonical(new EvaluationRequest("p-1", D, "Zone", c), "Zone"))
                .isEqualTo("{\"Zone\":{\"name\":\"嘉兴\"},\"asOf\":\"2013-12-31\",\"policy\":\"p-1\"}");
        // and the digest is the SHA-256 of those bytes, whichever key
        for (String key : List.of("applicant", "city", "recommendation")) {
            EvaluationRequest r = new EvaluationRequest("p-1", D, key, c);
            assertThat(Fingerprints.request(r, key)).as(key)
                    .isEqualTo(Fingerprints.sha256(Fingerprints.canonicalRequest(r, key)));
        }
    }

    private static String canonical(EvaluationRequest r, String key) {
        return new String(Fingerprints.canonicalRequest(r, key), StandardCharsets.UTF_8);
    }

    /** A subject whose name cannot be read: as a getter that fails would be. */
    record Broken(String name) {
        @Override
        public String name() {
            throw new IllegalStateException("cannot read the name");
        }
    }

    /** A subject whose name fails with an Error, which the serializer lets through unwrapped. */
    record Failing(String name) {
        @Override
        public String name() {
            throw new AssertionError("failed");
        }
    }

    /**
     * A digest that fails half-way leaves nothing behind: the digest this thread keeps (its generator stopped in the
     * middle of a document) is not reused, and the next request's digest is that of its own canonical bytes.
     */
    @Test
    void aDigestThatFailsHalfWayDoesNotSpoilTheNext() {
        EvaluationRequest good = new EvaluationRequest("p-1", D, "city", new County("x"));
        String expected = Fingerprints.sha256(Fingerprints.canonicalRequest(good, "city"));
        for (Object bad : List.of(new Broken("a"), new Failing("b"), new Broken("c"))) {
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> Fingerprints.request(
                    new EvaluationRequest("p-1", D, "applicant", bad), "applicant"));
            assertThat(thrown).as(bad.getClass().getSimpleName()).isNotNull();
            assertThat(Fingerprints.request(good, "city")).as("after " + bad).isEqualTo(expected);
            assertThat(Fingerprints.request(good, "city")).as("and again").isEqualTo(expected);
        }
    }
}
