package io.iprules.kit.china;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One patent whichever way a request writes its number (jiaxing-2012 §7(1) 同一企业不得重复补助: one patent, one
 * matter; beijing-2012 §2(4): one certificate per application): the office's ZL before it or not, its full stop or
 * not, in half or full width, capitals or not, its check character or not, or another check character after the
 * same 12 or 8 digits (the check character is worked out from them, so one of the two is a slip). Anything else is
 * another patent.
 */
class PatentNumbersTest {

    @ParameterizedTest(name = "{0} and {1} are one patent")
    @CsvSource({
            "ZL201110000001.1, ZL201110000001.1",
            "ZL201110000001.1, 201110000001.1",
            "ZL201110000001.1, ZL2011100000011",
            "201110000001.1, ZL2011100000011",
            "ZL201110000001.1, ｚｌ２０１１１００００００１．１",
            "ZL201110000001.1, zl201110000001。1",
            "ZL20131000000X.1, ZL20131000000x.1",
            "ZL201110000001.1, ZL201110000001.2",
            "ZL201110345678.9, ZL201110345678",
            "ZL201110345678.9, 201110345678",
            "ZL201110345678.9, ZL201110345678.X",
            "ZL201110345678.9, ZL201110345678x",
            "ZL201110345678, ２０１１１０３４５６７８．Ｘ",
            "98123456.7, ZL98123456",
            "98123456.7, ZL98123456.X",
            // a middle dot or a hyphen where the full stop stands is that stop: one application (beijing-2012 §2(4))
            "201310000001.1, 201310000001·1",
            "201310000001.1, 201310000001-1",
            "201310000001.1, ZL201310000001・1",
            "201310000001.1, ２０１３１００００００１･１",
            "201310000001.1, 201310000001—1",
            "ZL201310000001.1, 201310000001－X",
            "98123456.7, ZL98123456‧7"})
    void onePatent(String a, String b) {
        assertThat(PatentNumbers.same(a, b)).isTrue();
        assertThat(PatentNumbers.same(b, a)).isTrue();
    }

    @ParameterizedTest(name = "{0} and {1} are two patents")
    @CsvSource({
            "ZL201110000001.1, ZL201110000001.11",
            "ZL201110345678.9, ZL20111034567.9",
            "ZL201110345678, ZL2011103456781X",
            "ZL201110345678, ZL201110345678A",
            "ZL20111034567, ZL20111034567.1",
            "ZL1234567.1, ZL1234567.2",
            "ZL201110345678.9, ZL201110345679.9",
            "ZL201110000001.1, ZL20111000000.1",
            "ZL201110000001.1, CN201110000001.1",
            "ZL201110000001.1, ZZL201110000001.1",
            "ZL1, L1",
            // a hyphen elsewhere is no full stop, and CN is another prefix, not the office's ZL
            "ZL201310000001.1, ZL2013-10000001.1",
            "ZL201310000001.1, ZL201310000001-11",
            "ZL201310000001.1, ZL20131000000-1.1",
            "201310000001.1, CN201310000001·1"})
    void twoPatents(String a, String b) {
        assertThat(PatentNumbers.same(a, b)).isFalse();
        assertThat(PatentNumbers.same(b, a)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void theOfficeWritesHalfWidthCapitals() {
        String written = "ZL201310000001.1";
        assertThat(PatentNumbers.asTheOfficeWrites(written)).isSameAs(written);
        assertThat(PatentNumbers.asTheOfficeWrites("ｚｌ２０１３１００００００１．１")).isEqualTo(written);
        assertThat(PatentNumbers.asTheOfficeWrites("zl201310000001。1")).isEqualTo(written);
        assertThat(PatentNumbers.asTheOfficeWrites("2013１0000001.x")).isEqualTo("201310000001.X");
        assertThat(PatentNumbers.asTheOfficeWrites("201310000001·1")).isEqualTo("201310000001.1");
        assertThat(PatentNumbers.asTheOfficeWrites("ｚｌ201310000001－1")).isEqualTo(written);
        assertThat(PatentNumbers.asTheOfficeWrites("ZL98100001\u30fbx")).isEqualTo("ZL98100001.X");
        String elsewhere = "ZL2013-10000001.1"; // no full stop written otherwise: another number, left as written
        assertThat(PatentNumbers.asTheOfficeWrites(elsewhere)).isSameAs(elsewhere);
    }

    /** The full stop written as a middle dot or a hyphen: only where it stands, after 12 or 8 digits, before one. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "201310000001·1, 12", "ZL201310000001-1, 14", "ｚｌ２０１３１００００００１・Ｘ, 14", "98100001\u2013X, 8",
            "ZL98100001\u2212 2, -1", "201310000001.1, -1", "201310000001。1, -1", "2013100000011, -1",
            "2013-10000001.1, -1", "201310000001-12, -1", "201310000001-, -1", "20131000001-1, -1",
            "201310000001-A, -1", "CN201310000001-1, -1", "GB/T 30001-2013, -1", "'', -1"})
    void aFullStopWrittenAsAnotherMarkIsFoundWhereItStands(String number, int index) {
        assertThat(PatentNumbers.stopWrittenOtherwise(number)).isEqualTo(index);
    }
    /**
     * ZC 0006-2003's kind digit: the fifth of 12 digits, the third of 8; 1 and 8 an invention (8 by the PCT), 2 and 9 a
     * utility model, 3 a design; nothing for what is no application number or has another digit there.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "201310000001.1, INVENTION", "ZL201380000001.2, INVENTION", "zl２０１３２００００００１.５, UTILITY_MODEL",
            "201390000001.5, UTILITY_MODEL", "ZL201330000001.X, DESIGN", "201310000001, INVENTION",
            "98100001.2, INVENTION", "ZL98200001.2, UTILITY_MODEL", "98300001, DESIGN",
            "201340000001.1, ''", "2013100000011.1, ''", "CN201310000001.1, ''", "hello, ''", "PCT/CN2013/000001, ''",
            "'', ''", "201310000001·1, INVENTION", "ZL201320000001-5, UTILITY_MODEL", "2013-30000001.1, ''"})
    void theKindDigitSaysTheKindOfPatent(String number, String kind) {
        assertThat(PatentNumbers.kindOf(number).map(Enum::name).orElse("")).isEqualTo(kind == null ? "" : kind);
    }

    /**
     * ZC 0006-2003's year: the first four of 12 digits, the first two of 8 (85–99 the 1900s, 00–03 the 2000s, when
     * the 12-digit numbers began); nothing for what is no application number or no year of its numbering.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "ZL201310001234.5, 2013", "201310001234.5, 2013", "ZL2013100012345, 2013", "zl２０１３１０００１２３４。５, 2013",
            "201310001234, 2013", "200310000001.X, 2003", "ZL202530000001.2, 2025", "98100001.2, 1998",
            "ZL85100001, 1985", "ZL99200001.X, 1999", "02100001.X, 2002", "03300001.1, 2003", "00100001.1, 2000",
            "199810000001.1, ''", "200210000001.1, ''", "04100001.1, ''", "84100001.1, ''", "ZL20131000.X, ''",
            "2013100012345.5, ''", "CN201310001234.5, ''", "ZL 201310001234.5, ''", "hello, ''", "'', ''",
            "201310001234·5, 2013", "ZL98100001-2, 1998", "98100001-22, ''"})
    void theNumberSaysTheYearOfTheApplication(String number, String year) {
        java.util.OptionalInt read = PatentNumbers.applicationYear(number);
        assertThat(read.isPresent() ? String.valueOf(read.getAsInt()) : "").isEqualTo(year == null ? "" : year);
    }
}
