package io.iprules.northeast.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iprules.kit.MessageCatalog;
import io.iprules.kit.china.ProvincialUnit;
import io.iprules.northeast.Northeast2017;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The Northeast's four are the module's data (scope.json), named by the full names of the kit's table of
 * provincial-level units: a name that is not one fails as the file is read, saying which and what to write.
 */
class NortheastScopeTest {

    private static String file() throws IOException {
        try (InputStream in = NortheastScope.class.getResourceAsStream("/io/iprules/northeast/scope.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static NortheastScope read(String json) throws IOException {
        return NortheastScope.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "scope.json");
    }

    @Test
    void theFileNamesTheFourByFullNameOnly() throws IOException {
        String json = file();
        assertThat(read(json).scope()).containsExactly("内蒙古自治区", "辽宁省", "吉林省", "黑龙江省");
        // the table of the 34 units is the kit's, not written again here
        assertThat(json).doesNotContain("浙江省").doesNotContain("shortNames").doesNotContain("\"provinces\"");
    }

    @Test
    void aShortNameInTheScopeFailsAtLoadingNamingTheFullName() throws IOException {
        String json = file().replace("\"辽宁省\"", "\"辽宁\"");
        assertThatThrownBy(() -> read(json)).isInstanceOf(IllegalStateException.class)
                .hasMessage("scope.json: scope 中的“辽宁”不是省级行政区的全称,请写作“辽宁省” (GB/T 2260, rules-kit 的 "
                        + "io/iprules/kit/china/provinces.json) / '辽宁' in scope is not the full name of a "
                        + "provincial-level unit: write '辽宁省' (GB/T 2260, rules-kit's "
                        + "io/iprules/kit/china/provinces.json)");
    }

    @Test
    void aNameOutsideTheTableFailsAtLoading() throws IOException {
        for (String wrong : new String[] {"辽宁 省", "Liaoning", "东北地区", "辽"}) {
            String json = file().replace("\"辽宁省\"", "\"" + wrong + "\"");
            assertThatThrownBy(() -> read(json)).as(wrong).isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("scope.json: scope 中的“" + wrong + "”不是省级行政区的全称 (GB/T 2260")
                    .hasMessageContaining("/ '" + wrong + "' in scope is not the full name of a provincial-level unit "
                            + "(");
        }
        // the fields the table now holds are no longer the file's
        String withTheTable = file().replace("\"code\": \"NE_SCOPE\",", "\"code\": \"NE_SCOPE\", \"shortNames\": {},");
        assertThatThrownBy(() -> read(withTheTable)).hasMessageContaining("shortNames");
    }

    /**
     * The table decides what a request's province and name are, so the receipts' rules digest covers it: the module
     * names its class as shared material, every file of whose jar (the kit's) outside META-INF is digested (examples'
     * {@code ReceiptsTest} recomputes the digest with the table among the files).
     */
    @Test
    void theTableIsPartOfTheModulesRuleMaterial() {
        assertThat(new Northeast2017().sharedMaterial()).containsExactly(MessageCatalog.class, ProvincialUnit.class);
        assertThat(ProvincialUnit.class.getResource("provinces.json")).isNotNull();
    }
}
