package io.iprules.kit;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Language;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * A count as an officer reads it: grouped from 1,000 on, in either language, while a year passed as a plain number
 * stays as written (2015年, not 2,015年).
 */
class CountTest {

    @Test
    void aCountOfAThousandOrMoreIsGroupedAYearIsNot() {
        assertThat(Count.format(999)).isEqualTo("999");
        assertThat(Count.format(1000)).isEqualTo("1,000");
        assertThat(Count.format(4839)).isEqualTo("4,839");
        assertThat(Count.format(-1234567)).isEqualTo("-1,234,567");
        assertThat(Count.format(new BigInteger("1412120000"))).isEqualTo("1,412,120,000");
        assertThat(new Count(6500)).hasToString("6,500");
        assertThat(new Count(BigInteger.valueOf(0))).hasToString("0");
        // as a message argument beside a year: the count grouped, the year as written, in both languages
        MessageCatalog kit = MessageCatalog.kit();
        assertThat(kit.text("indicator.no-figure-no-reference", new Count(4839)).in(Language.EN))
                .contains("nor 4,839 is");
        assertThat(kit.text("indicator.no-figure-no-reference", new Count(4839)).in(Language.ZH)).contains("4,839")
                .doesNotContain("4839");
        assertThat(kit.format(Language.ZH, "no.such.key", new Object[] {2015, new Count(4839)}))
                .isEqualTo("no.such.key 2015 4,839");
    }
}
