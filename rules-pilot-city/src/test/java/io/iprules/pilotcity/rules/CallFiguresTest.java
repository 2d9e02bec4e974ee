package io.iprules.pilotcity.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iprules.ParameterInfo;
import io.iprules.ParameterValue;
import io.iprules.PolicyDescription;
import io.iprules.RulesEngine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The call's figures in force on the as-of date, or the first ones when it precedes the notice (2017-06-27). The
 * notice fixes every figure from its own date (parameters/*.json), so a figure that changes later is given here in
 * a description of its own: a later version of the files could date one.
 */
class CallFiguresTest {
    private static final PolicyDescription SHIPPED = RulesEngine.builder().build().policy("pilot-city-2017");
    private static final LocalDate NOTICE = LocalDate.of(2017, 6, 27);

    @Test
    void theShippedFiguresAreTheNoticesOnEveryDate() {
        CallFigures.Table t = new CallFigures.Table(SHIPPED);
        // §1(2)2 配备专职工作人员: at least 1; 不低于48.4件; §2(2) 2-3个园区, 7月31日前, 可推荐1-2个城市
        CallFigures expected = new CallFigures(1, new BigDecimal("48.4"), 2, 3, LocalDate.of(2017, 7, 31), 1, 2);
        assertThat(t.on(NOTICE)).isEqualTo(expected);
        assertThat(t.on(NOTICE.minusDays(1))).isEqualTo(expected);
        assertThat(t.on(LocalDate.of(2030, 1, 1))).isEqualTo(expected);
    }

    /**
     * The floor of §2(2) 可推荐1-2个城市 counts every city of the set, districts of 计划单列市 included (reading quota;
     * scenario districts-of-separately-planned-cities-only); only the cap leaves them out (不占所在省的申报名额). The
     * parameter's own description, shown by {@code ip-rules policies}, must say the same in both languages.
     */
    @Test
    void theQuotaFloorIsDescribedAsTheRuleCountsIt() {
        ParameterInfo min = SHIPPED.parameters().stream().filter(i -> i.name().equals("PC_PROVINCE_QUOTA.MIN"))
                .findFirst().orElseThrow();
        assertThat(min.description().in(io.iprules.Language.EN)).contains("of any kind").doesNotContain("not counted");
        assertThat(min.description().in(io.iprules.Language.ZH)).contains("任何类型均计入").doesNotContain("不计)");
        ParameterInfo max = SHIPPED.parameters().stream().filter(i -> i.name().equals("PC_PROVINCE_QUOTA.MAX"))
                .findFirst().orElseThrow();
        assertThat(max.description().in(io.iprules.Language.EN)).contains("districts of 计划单列市 not counted");
    }

    @Test
    void aFigureThatChangesLaterIsReadFromTheDayItChanges() {
        LocalDate change = LocalDate.of(2018, 1, 1);
        List<ParameterInfo> parameters = SHIPPED.parameters().stream()
                .map(i -> !i.name().equals("PC_PARK_FULLTIME_STAFF.MIN") ? i : new ParameterInfo(i.name(), i.unit(),
                        i.citation(), i.description(), i.open(), List.of(new ParameterValue(NOTICE, "1", "the notice"),
                        new ParameterValue(change, "2", "a later version"))))
                .toList();
        CallFigures.Table t = new CallFigures.Table(SHIPPED.withParameters(parameters));
        assertThat(t.on(NOTICE.minusDays(1)).staffMinimum()).isEqualTo(1); // before the notice: its first figures
        assertThat(t.on(change.minusDays(1)).staffMinimum()).isEqualTo(1);
        assertThat(t.on(change).staffMinimum()).isEqualTo(2);
        // the other figures are the notice's on both sides of the change
        assertThat(t.on(change).densityMinimum()).isEqualTo(new BigDecimal("48.4"));
        assertThat(t.on(change).maxPlaces()).isEqualTo(2);
    }

    /** {@code parameters} of the shipped description, {@code name}'s values replaced by {@code values}. */
    private static PolicyDescription with(String name, ParameterValue... values) {
        return SHIPPED.withParameters(SHIPPED.parameters().stream()
                .map(i -> !i.name().equals(name) ? i : new ParameterInfo(i.name(), i.unit(), i.citation(),
                        i.description(), i.open(), List.of(values)))
                .toList());
    }

    /**
     * A value from before the notice took force (2017-06-27) starts no figures of its own: before the notice, as on
     * it, the figures are the notice's first ones, whatever a figure was before.
     */
    @Test
    void aValueFromBeforeTheNoticeStartsNoFigures() {
        CallFigures.Table t = new CallFigures.Table(with("PC_PARK_FULLTIME_STAFF.MIN",
                new ParameterValue(LocalDate.of(2017, 1, 1), "3", "a draft before the notice"),
                new ParameterValue(NOTICE, "1", "the notice")));
        assertThat(t.on(LocalDate.of(2017, 3, 1)).staffMinimum()).isEqualTo(1);
        assertThat(t.on(NOTICE).staffMinimum()).isEqualTo(1);
        assertThat(t.on(NOTICE).densityMinimum()).isEqualTo(new BigDecimal("48.4"));
    }

    /**
     * A figure with no value on a day the figures start (the deadline's only value from 2017-08-01, not from the
     * notice's 2017-06-27) is refused when the table is read: §2(2)'s deadline condition could not be decided.
     */
    @Test
    void aFigureWithoutAValueOnTheNoticesDayIsRefusedNamingIt() {
        assertThatThrownBy(() -> new CallFigures.Table(with("PC_DEADLINE",
                new ParameterValue(LocalDate.of(2017, 8, 1), "2017-08-31", "a later call"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("pilot-city-2017: parameter PC_DEADLINE has no value on 2017-06-27");
        assertThatThrownBy(() -> new CallFigures.Table(with("PC_PARK_COUNT.MIN",
                new ParameterValue(LocalDate.of(2017, 8, 1), "2", "a later call"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("pilot-city-2017: parameter PC_PARK_COUNT.MIN has no value on 2017-06-27");
    }
}
