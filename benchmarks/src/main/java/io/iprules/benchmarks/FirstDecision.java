package io.iprules.benchmarks;

import io.iprules.EvaluationResult;
import io.iprules.RulesEngine;
import io.iprules.jiaxing.JiaxingEnterprise;
import io.iprules.jiaxing.RecognitionType;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;

/**
 * Prints the milliseconds from JVM start to the first decision (engine built, one enterprise evaluated), as
 * the JVM itself measures its uptime. Run it as a fresh JVM each time (benchmarks/run.sh does, several times).
 */
public final class FirstDecision {
    private FirstDecision() {
    }

    /** Builds an engine, decides once, prints the uptime in ms and the total decided. */
    public static void main(String[] args) {
        RulesEngine engine = RulesEngine.builder().build();
        JiaxingEnterprise e = JiaxingEnterprise.builder("嘉兴示例有限公司", "91330400MA28A0001D")
                .recognition(RecognitionType.NATIONAL_IP_PILOT_ENTERPRISE, LocalDate.of(2013, 3, 15))
                .build();
        EvaluationResult r = engine.evaluate("jiaxing-2012", LocalDate.of(2013, 12, 31), e);
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        System.out.println(uptime + " ms to the first decision (total " + r.total() + ")");
    }
}
