package io.iprules.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.PolicyDescription;
import io.iprules.SubjectKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/contract.md is what {@link ContractDocs} writes from the policies on the classpath, so it cannot drift from
 * the request types. {@code -Dcontract.write=true} writes it instead of comparing.
 */
class ContractDocsTest {
    static final Path DOC = ContractSchemasTest.repo().resolve("docs/contract.md");

    @Test
    void theCommittedDocumentIsTheGeneratedOne() throws IOException {
        String generated = ContractDocs.markdown(ContractSchemasTest.SCHEMAS);
        if (Boolean.getBoolean("contract.write")) {
            Files.createDirectories(DOC.getParent());
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/contract.md is out of date: regenerate it (see its first lines)").isEqualTo(generated);
    }

    /**
     * Every policy module of the repository is on this module's test class path, so the document (and these tests)
     * cover it: a new rules-* module must be added to rules-schema's test dependencies.
     */
    @Test
    void everyPolicyModuleOfTheRepositoryIsDocumented() throws IOException {
        java.util.List<String> ids = new java.util.ArrayList<>();
        try (java.util.stream.Stream<Path> files = Files.walk(ContractSchemasTest.repo(), 8)) {
            for (Path p : files.filter(f -> f.getFileName().toString().equals("policy.json"))
                    .filter(f -> f.toString().contains("src" + java.io.File.separator + "main")).toList()) {
                ids.add(ContractSchemasTest.JSON.readTree(p.toFile()).get("id").asText());
            }
        }
        assertThat(ids).isNotEmpty();
        assertThat(ContractSchemasTest.SCHEMAS.policies().stream().map(PolicyDescription::id).toList())
                .as("add the module to rules-schema's test dependencies").containsAll(ids);
    }

    @Test
    void itDocumentsEveryRequestKindOfEveryPolicyWithAnExample() {
        String doc = ContractDocs.markdown(ContractSchemasTest.SCHEMAS);
        for (PolicyDescription p : ContractSchemasTest.SCHEMAS.policies()) {
            assertThat(doc).contains("## " + p.id() + "\n");
            for (SubjectKind k : p.subjects()) {
                assertThat(doc).contains("### " + p.id() + " `" + k.key() + "`");
                assertThat(doc).contains("\"" + k.key() + "\" : {");
            }
        }
        assertThat(doc).contains("| `applicant.pledgeLoans[].interestPaid` | decimal (number or string) | yes | >= 0");
        assertThat(doc).contains("| `applicant.parks[].population` | integer | yes | >= 1");
        // a condition whose then is one of several fields (anyOf) names them, not an empty `` (jiaxing-2012 §6(5)1)
        assertThat(doc).contains("NUCLEAR_RELATED → `annualFeesPaid` or `annualFeeDates` required")
                .doesNotContain("→ `` required");
        assertThat(doc).contains("## The result").contains("| `total` |").contains("## Errors and exit codes");
        assertThat(doc).doesNotContain("../shared").doesNotContain("/work/");
    }
}
