package io.iprules.jiaxing;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.*;
import io.iprules.json.JsonContract;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void pilotAndProvincial() {
        RulesEngine engine = RulesEngine.builder().build();
        JiaxingEnterprise e = JiaxingEnterprise.builder("嘉兴某科技有限公司", "91330400MA28A0001D")
                .recognition(RecognitionType.NATIONAL_IP_PILOT_ENTERPRISE, LocalDate.of(2013, 3, 1))
                .recognition(RecognitionType.PROVINCIAL_PATENT_DEMO_ENTERPRISE, LocalDate.of(2013, 5, 1))
                .build();
        EvaluationResult r = engine.evaluate("jiaxing-2012", LocalDate.of(2013, 6, 30), e);
        System.out.println(new JsonContract(engine).writePretty(r, Language.EN, true));
        assertThat(r.total()).isEqualByComparingTo("200000");
    }
}
