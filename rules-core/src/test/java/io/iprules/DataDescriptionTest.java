package io.iprules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataDescriptionTest {
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEC_24 = LocalDate.of(2026, 12, 24);

    private static DataDescription covering(DataDescription.DateRange... ranges) {
        return new DataDescription("calendar", null, Text.plain("calendar"), List.of(ranges), List.of());
    }

    @Test
    void aDateIsCoveredFromTheFirstDayOfAPeriodToItsLastBothIncluded() {
        DataDescription d = covering(new DataDescription.DateRange(JAN_1, DEC_24),
                new DataDescription.DateRange(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 24)));
        assertThat(d.covers(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(d.covers(JAN_1)).isTrue();
        assertThat(d.covers(DEC_24)).isTrue();
        assertThat(d.covers(LocalDate.of(2026, 12, 25))).isFalse();
        assertThat(d.covers(LocalDate.of(2027, 6, 1))).isFalse();
        assertThat(d.covers(LocalDate.of(2028, 1, 1))).isTrue();
        assertThat(covering().covers(JAN_1)).isFalse();
    }

    @Test
    void periodsAreInOrderAndApartAndNoneEndsBeforeItStarts() {
        assertThatThrownBy(() -> new DataDescription.DateRange(DEC_24, JAN_1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a period cannot end 2026-01-01 before it starts 2026-12-24");
        assertThat(new DataDescription.DateRange(JAN_1, JAN_1).until()).isEqualTo(JAN_1);
        // two periods that touch are one period, written as two: refused, as are overlapping and unordered ones
        assertThatThrownBy(() -> covering(new DataDescription.DateRange(JAN_1, DEC_24),
                new DataDescription.DateRange(DEC_24.plusDays(1), DEC_24.plusDays(5))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("calendar: the period from 2026-12-25 must start after the day after 2026-12-24, where "
                        + "the one before it ends");
        assertThatThrownBy(() -> covering(new DataDescription.DateRange(DEC_24, DEC_24),
                new DataDescription.DateRange(JAN_1, JAN_1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(covering(new DataDescription.DateRange(JAN_1, DEC_24),
                new DataDescription.DateRange(DEC_24.plusDays(2), DEC_24.plusDays(5))).covers()).hasSize(2);
    }

    @Test
    void aSourceWithoutAFileIsBundledWithTheModule() {
        assertThat(new DataDescription.Source("notice", null).bundled()).isTrue();
        assertThat(new DataDescription.Source("notice", "2027.json").bundled()).isFalse();
    }

    @Test
    void aPolicyDescribesEachKindOfDataOnce() {
        PolicyDescription p = new io.iprules.fixture.ToyPolicy().describe();
        DataDescription calendar = covering();
        assertThat(p.withData(List.of(calendar)).data("calendar")).contains(calendar);
        assertThat(p.withData(List.of(calendar)).data("rates")).isEmpty();
        assertThatThrownBy(() -> p.withData(List.of(calendar, calendar))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(p.id() + ": calendar data is described twice");
        // the deployment's parameters merged in keep the data
        assertThat(p.withData(List.of(calendar)).withParameters(p.parameters()).data()).containsExactly(calendar);
    }
}
