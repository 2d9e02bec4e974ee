package io.iprules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IsoDatesTest {

    @Test
    void writesEveryDayAsLocalDateDoes() {
        for (int year : List.of(0, 1, 999, 1000, 1900, 2000, 2012, 2013, 9999)) {
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                assertThat(IsoDates.format(d)).isEqualTo(d.toString());
                assertThat(IsoDates.parse(d.toString())).isEqualTo(d);
            }
        }
        for (LocalDate d : List.of(LocalDate.of(-1, 3, 4), LocalDate.of(10000, 1, 1), LocalDate.MIN, LocalDate.MAX)) {
            assertThat(IsoDates.format(d)).isEqualTo(d.toString());
        }
    }

    /**
     * Every real date of the contract's form is read as that date, whatever digit stands where: what java.time reads
     * and the form does not take is refused, so a date of the form read wrongly would be refused too, not passed on.
     */
    @Test
    void everyYearOfFourDigitsIsReadOnItsFirstAndLastDay() {
        for (int year = 0; year <= 9999; year++) {
            String y = String.format("%04d", year);
            assertThat(IsoDates.parse(y + "-01-01")).isEqualTo(LocalDate.of(year, 1, 1));
            assertThat(IsoDates.parse(y + "-12-31")).isEqualTo(LocalDate.of(year, 12, 31));
        }
    }

    @Test
    void readsOnlyTheContractsFormAYearOfFourDigitsWithoutASign() {
        // java.time reads these; the contract's YYYY-MM-DD and the schemas' pattern ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ do not
        for (String text : List.of("+999999999-12-31", "-999999999-01-01", "-0001-01-01", "+10000-01-01",
                "-2013-01-01")) {
            assertThat(LocalDate.parse(text)).as(text).isNotNull();
            assertThat(catchThrowable(() -> IsoDates.parse(text))).as(text)
                    .isInstanceOf(java.time.format.DateTimeParseException.class)
                    .hasMessageContaining("YYYY-MM-DD");
        }
        assertThat(IsoDates.parse("0000-01-01")).isEqualTo(LocalDate.of(0, 1, 1)); // four digits: the form allows it
        assertThat(IsoDates.parse("9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
    }

    @Test
    void refusesWhatLocalDateRefusesWithItsMessage() {
        for (String text : List.of("2013-02-29", "2100-02-29", "2013-04-31", "2013-13-01", "2013-00-10", "2013-01-00",
                "2013-01-32", "2013-1-01", "13-01-01", "2013/01/01", "2013-01-0x", "２０１３-01-01", "2013-01-01 ",
                " 2013-01-01", "", "2013-01-01T00:00", "-2013-01-01x")) {
            Throwable expected = catchThrowable(() -> LocalDate.parse(text));
            Throwable actual = catchThrowable(() -> IsoDates.parse(text));
            assertThat(expected).as(text).isNotNull();
            assertThat(actual).as(text).isInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
        }
        assertThat(IsoDates.parse("2012-02-29")).isEqualTo(LocalDate.of(2012, 2, 29)); // a leap day
        assertThat(IsoDates.parse("2000-02-29")).isEqualTo(LocalDate.of(2000, 2, 29)); // divisible by 400
    }

    /**
     * Each of the two dashes is checked on its own: digits in the right places around one other separator are not a
     * date YYYY-MM-DD, and the answer is LocalDate's refusal, not the date the digits would make.
     */
    @Test
    void eachDashIsRequiredOnItsOwn() {
        for (String text : List.of("2013x01-01", "2013-01x01", "2013/12-31", "2013-12/31", "2013 01-01",
                "2013-01 01")) {
            Throwable expected = catchThrowable(() -> LocalDate.parse(text));
            assertThat(expected).as(text).isNotNull();
            assertThat(catchThrowable(() -> IsoDates.parse(text))).as(text).isInstanceOf(expected.getClass())
                    .hasMessage(expected.getMessage());
        }
    }
}
