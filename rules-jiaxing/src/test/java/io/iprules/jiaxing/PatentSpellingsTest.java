package io.iprules.jiaxing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One patent, one matter (§7(1) 同一企业不得重复补助) whichever way a request writes its number: the office's ZL before
 * it or not, its full stop or not, in half or full width, capitals or not. Anything else is another patent.
 */
class PatentSpellingsTest {

    @ParameterizedTest(name = "{0} and {1} are one patent")
    @CsvSource({
            "ZL201110000001.1, ZL201110000001.1",
            "ZL201110000001.1, 201110000001.1",
            "ZL201110000001.1, ZL2011100000011",
            "201110000001.1, ZL2011100000011",
            "ZL201110000001.1, ｚｌ２０１１１００００００１．１",
            "ZL201110000001.1, zl201110000001。1",
            "ZL20131000000X.1, ZL20131000000x.1"})
    void onePatent(String a, String b) {
        assertThat(EnterpriseValidation.samePatent(a, b)).isTrue();
        assertThat(EnterpriseValidation.samePatent(b, a)).isTrue();
    }

    @ParameterizedTest(name = "{0} and {1} are two patents")
    @CsvSource({
            "ZL201110000001.1, ZL201110000001.2",
            "ZL201110000001.1, ZL201110000001.11",
            "ZL201110000001.1, ZL20111000000.1",
            "ZL201110000001.1, CN201110000001.1",
            "ZL201110000001.1, ZZL201110000001.1",
            "ZL1, L1"})
    void twoPatents(String a, String b) {
        assertThat(EnterpriseValidation.samePatent(a, b)).isFalse();
        assertThat(EnterpriseValidation.samePatent(b, a)).isFalse();
    }
}
