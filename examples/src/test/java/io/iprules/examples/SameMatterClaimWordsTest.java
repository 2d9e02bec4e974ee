package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.examples.CliTest.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jiaxing-2012 §7(1) 同一事项涉及其他条线政策的,由企事业单位选择一个政策执行: a national pilot enterprise held out by a
 * claim on the provincial tier, the same matter, is told in the officer's words in both languages, the claimed tier
 * by its name: the Chinese message had set the code against Han characters, where the officer's text cannot tell a
 * code from the words around it and printed JX_PROVINCIAL_PATENT_DEMO_ENTERPRISE.
 */
class SameMatterClaimWordsTest {
    private static final String REQUEST = "{\"policy\":\"jiaxing-2012\",\"asOf\":\"2013-12-31\",\"applicant\":{"
            + "\"name\":\"嘉兴示例有限公司\",\"creditCode\":\"91330400MA28A0001D\",\"recognitions\":["
            + "{\"type\":\"NATIONAL_IP_PILOT_ENTERPRISE\",\"date\":\"2013-03-15\"},"
            + "{\"type\":\"PROVINCIAL_PATENT_DEMO_ENTERPRISE\",\"date\":\"2013-09-20\"}],"
            + "\"otherPolicyClaims\":[{\"code\":\"JX_PROVINCIAL_PATENT_DEMO_ENTERPRISE\","
            + "\"policy\":\"浙江省专利示范企业奖励\",\"choice\":\"OTHER\"}]}}";

    @Test
    void theClaimedTierIsNamedInWordsInBothLanguages(@TempDir Path tmp) throws Exception {
        Path request = tmp.resolve("claim.json");
        Files.writeString(request, REQUEST, StandardCharsets.UTF_8);
        Run zh = CliTest.run("evaluate", request.toString());
        assertThat(zh.exit()).isZero();
        assertThat(zh.out()).contains("申请人已就“省专利示范企业补助”选择浙江省专利示范企业奖励,与本项属同一事项")
                .doesNotContain("JX_PROVINCIAL_PATENT_DEMO_ENTERPRISE");
        Run en = CliTest.run("evaluate", "--lang", "en", request.toString());
        assertThat(en.exit()).isZero();
        assertThat(en.out()).contains("for ‘Provincial patent demonstration enterprise’")
                .doesNotContain("JX_PROVINCIAL_PATENT_DEMO_ENTERPRISE");
    }
}
