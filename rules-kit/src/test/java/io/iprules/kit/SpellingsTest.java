package io.iprules.kit;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Problem;
import io.iprules.Text;
import io.iprules.kit.china.PatentNumbers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One item, one spelling in a request: a second spelling of an item met before is told, at its own path. */
class SpellingsTest {
    private static Spellings patents() {
        return Spellings.keyedBy(n -> n, PatentNumbers::same,
                (written, first) -> Text.bilingual(first + " 的另一写法 " + written, written + " is " + first));
    }

    @Test
    void aSecondSpellingOfAnyItemMetBeforeIsToldAndTheSameSpellingIsNot() {
        Spellings s = patents();
        Problems p = Problems.root("applicant");
        assertThat(s.oneWay("n", "ZL201310000001.1", p.at("a"))).isTrue();
        assertThat(s.oneWay("n", "ZL201310000002.1", p.at("b"))).as("another patent").isTrue();
        assertThat(s.oneWay("n", "ZL201310000002.1", p.at("c"))).as("written as before").isTrue();
        assertThat(s.oneWay("n", "ZL201310000001.1", p.at("d"))).as("the first, as before").isTrue();
        assertThat(s.oneWay("n", "201310000002.1", p.at("e"))).isFalse();
        assertThat(s.oneWay("n", "ZL2013100000011", p.at("f"))).isFalse();
        s.asWrittenBefore("subject", "ZL201310000002.1", p.at("g"));
        s.asWrittenBefore("subject", "ZL201310000003.1", p.at("h"));
        s.asWrittenBefore("subject", "ｚｌ201310000002.1", p.at("i"));
        assertThat(p.list()).containsExactly(
                new Problem("applicant.e.n", "201310000002.1 is ZL201310000002.1"),
                new Problem("applicant.f.n", "ZL2013100000011 is ZL201310000001.1"),
                new Problem("applicant.i.subject", "ｚｌ201310000002.1 is ZL201310000002.1"));
    }

    @Test
    void aKeyIsMadeOncePerNumberAndNoneForARequestNamingOneItem() {
        int[] made = new int[1];
        Spellings s = Spellings.keyedBy(n -> {
            made[0]++;
            return n.replace(" ", "");
        }, String::equals, (written, first) -> Text.plain(written + " is " + first));
        Problems p = Problems.root("applicant");
        s.oneWay("n", "GB/T 1-2013", p);
        s.oneWay("n", "GB/T 1-2013", p);
        s.asWrittenBefore("subject", "GB/T 1-2013", p);
        assertThat(made[0]).isZero();
        assertThat(s.oneWay("n", "GB/T1-2013", p)).isFalse();
        assertThat(made[0]).isEqualTo(2); // the first's key, once, and this one's
        assertThat(p.list()).containsExactly(new Problem("applicant.n", "GB/T1-2013 is GB/T 1-2013"));
    }

    /** Width, letter case, spaces (an ideographic one too) and the kind of dash make no other item; the rest does. */
    @Test
    void ignoringWidthCaseAndSpacesOneNameIsOneItem() {
        Spellings s = Spellings.ignoringWidthCaseAndSpaces((written, first) -> Text.plain(written + " is " + first));
        Problems p = Problems.root("applicant");
        assertThat(s.oneWay("n", "ICBC/2013", p)).isTrue();
        assertThat(s.oneWay("n", "ICBC/2014", p)).as("another year").isTrue();
        assertThat(s.oneWay("n", "ＩＣＢＣ/2013", p)).isFalse();
        assertThat(s.oneWay("n", "icbc/2014", p)).isFalse();
        assertThat(s.oneWay("n", "I\u3000CBC/2013", p)).isFalse();
        assertThat(s.oneWay("n", "ICBC—2013", p)).as("a dash is no slash").isTrue();
        assertThat(s.oneWay("n", "ICBC\u20142013", p)).as("as written before").isTrue();
        assertThat(s.oneWay("n", "ICBC-2013", p)).as("an em dash is a hyphen").isFalse();
        assertThat(s.oneWay("n", "BOC/2013", p)).as("another bank").isTrue();
        assertThat(p.list()).extracting(Problem::message).containsExactly("ＩＣＢＣ/2013 is ICBC/2013",
                "icbc/2014 is ICBC/2014", "I\u3000CBC/2013 is ICBC/2013", "ICBC-2013 is ICBC—2013");
    }

    /**
     * Reading pledge-loans: one matter per bank and year, "two spellings of it for one year are an input error, or the
     * year would be subsidised twice". 中国银行北京分行's 2013 beside 中国银行·北京分行's (or written with a hyphen, a
     * dash, a slash or in brackets) had been two banks' years, each 3,500.00 (0.35 of 10,000.00 interest): 7,000.00.
     */
    @Test
    void ignoringSeparatorsTooOneBankWrittenWithAMiddleDotADashASlashOrBracketsIsOneItem() {
        Spellings s = Spellings.ignoringWidthCaseSpacesAndSeparators(
                (written, first) -> Text.plain(written + " is " + first));
        Problems p = Problems.root("applicant");
        assertThat(s.oneWay("n", "中国银行北京分行/2013", p)).isTrue();
        assertThat(s.oneWay("n", "中国银行·北京分行/2014", p)).as("another year").isTrue();
        for (String bank : List.of("中国银行·北京分行", "中国银行\u30fb北京分行", "中国银行\uff65北京分行", "中国银行\u2027北京分行",
                "中国银行-北京分行", "中国银行—北京分行", "中国银行/北京分行", "中国银行(北京分行)", "中国银行（北京分行）",
                "中国银行【北京分行】", "中国银行[北京分行]", "ＩＣＢＣ（北京）")) {
            assertThat(s.oneWay("n", bank + "/2013", p)).as(bank).isEqualTo(bank.startsWith("ＩＣＢＣ"));
        }
        assertThat(s.oneWay("n", "中国农业银行北京分行/2013", p)).as("another bank").isTrue();
        assertThat(p.list()).hasSize(11).allSatisfy(problem -> assertThat(problem.message())
                .endsWith(" is 中国银行北京分行/2013"));
        assertThat(p.list().get(0).message()).isEqualTo("中国银行·北京分行/2013 is 中国银行北京分行/2013");
    }

    /**
     * A standard's hyphen and slash are its own: GB/T 3000-12013 and GB/T 30001-2013 are two numbers, one digit
     * apart, that a name's comparison would make one (GB/T300012013); width, spaces and the kind of dash still make
     * none (GB/T30001—2013 is GB/T 30001-2013).
     */
    @Test
    void aNumberKeepsItsHyphenAndSlash() {
        Spellings s = Spellings.ignoringWidthCaseAndSpaces((written, first) -> Text.plain(written + " is " + first));
        Problems p = Problems.root("applicant");
        assertThat(s.oneWay("n", "GB/T 30001-2013", p)).isTrue();
        assertThat(s.oneWay("n", "GB/T 3000-12013", p)).as("another number").isTrue();
        assertThat(s.oneWay("n", "GB 30001-2013", p)).as("another standard's prefix").isTrue();
        assertThat(s.oneWay("n", "GB/T30001\u20142013", p)).isFalse();
        assertThat(p.list()).extracting(Problem::message)
                .containsExactly("GB/T30001\u20142013 is GB/T 30001-2013");
        assertThat(Spellings.asCompared("GB/T 3000-12013")).isNotEqualTo(Spellings.asCompared("GB/T 30001-2013"));
        assertThat(Spellings.asComparedName("中国银行（北京分行）")).isEqualTo("中国银行北京分行");
    }

    @Test
    void aNameInsideAnotherMayNameOneThingAndOneWrittenAlikeOrApartDoesNot() {
        assertThat(Spellings.oneInsideTheOther("北京银行", "北京银行中关村支行")).isTrue();
        assertThat(Spellings.oneInsideTheOther("中国工商银行", "工商银行")).isTrue();
        assertThat(Spellings.oneInsideTheOther("ＩＣＢＣ", "icbc beijing")).as("read as compared: width, case, spaces")
                .isTrue();
        assertThat(Spellings.oneInsideTheOther("北京银行", "北京 银行")).as("one name: another check's").isFalse();
        assertThat(Spellings.oneInsideTheOther("北京银行", "北京农商银行")).isFalse();
        assertThat(Spellings.oneInsideTheOther("北京银行", " ")).as("an empty name is inside every one").isFalse();
        assertThat(Spellings.oneInsideTheOther("中国银行·北京", "中国银行北京分行")).as("read without separators").isTrue();
        assertThat(Spellings.oneInsideTheOther("中国银行(北京分行)", "中国银行北京分行")).as("one name").isFalse();
    }

    @Test
    void eachEarlierNameInsideAnotherOfTheSameGroupIsToldWhereItsLaterItemIsRead() {
        record Loan(String bank, int year) {
        }
        List<Loan> loans = List.of(new Loan("北京银行", 2013), new Loan("北京银行", 2014),
                new Loan("北京银行中关村支行", 2013), new Loan("中国工商银行", 2013), new Loan("工商银行", 2013));
        List<String> told = new java.util.ArrayList<>();
        for (int i = 0; i < loans.size(); i++) {
            Spellings.eachEarlierInsideAnother(loans, i, Loan::year, Loan::bank,
                    (earlier, later) -> told.add(earlier.bank() + "/" + later.bank() + "/" + later.year()));
        }
        assertThat(told).containsExactly("北京银行/北京银行中关村支行/2013", "中国工商银行/工商银行/2013");
    }

    /**
     * The way past the normalisation for names already plain gives what the normalisation gives, on names drawn from
     * characters at and around its edges: ASCII of both cases, spaces of three kinds, the dashes, full-width forms, a
     * compatibility ideograph and a radical (NFKC changes both), a combining mark, ideographs at U+4E00 and U+9FFF.
     */
    @Test
    void aNameAlreadyPlainIsGivenBackAsTheNormalisationWouldGiveIt() {
        String alphabet = " !-/09:@AZ[`az{~\u007f\u00a0\u3000\u2010\u2015\u2212\uff21\uff41\uff10\uf900\u2f00"
                + "\u0301\u4e00\u9fff\u5e02\u533a\u3007\ua000"
                // the separators a name is compared without, and their neighbours: brackets, dots, slashes, dashes
                + "()]}.\\\u00b7\u0387\u2022\u2027\u2044\u2215\u30fb\uff65\uff08\uff09\uff0f\uff0d\u3010\u3011"
                + "\u3013\u3014\u3017\u3018\ufe5d\ufe63\u2e3a";
        java.util.Random random = new java.util.Random(20261207);
        int plainOnes = 0;
        int namedOnes = 0;
        for (int k = 0; k < 200_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(6); n > 0; n--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String name = b.toString();
            assertThat(Spellings.plain(name)).as("plain(%s)", name).isEqualTo(Spellings.normalised(name));
            plainOnes += Spellings.plain(name) == name ? 1 : 0;
            String slow = Spellings.withoutSeparators(Spellings.normalised(name));
            assertThat(Spellings.named(name)).as("named(%s)", name).isEqualTo(slow);
            namedOnes += Spellings.named(name) == name ? 1 : 0;
        }
        assertThat(plainOnes).as("names given back as they are (the fast way taken)").isGreaterThan(10_000);
        assertThat(namedOnes).as("names given back as they are by named").isGreaterThan(5_000);
        assertThat(Spellings.plain("湖州高新区")).isSameAs("湖州高新区");
        assertThat(Spellings.plain("湖州高新 区")).isEqualTo("湖州高新区");
        assertThat(Spellings.plain("zl2013")).isEqualTo("ZL2013");
    }
}
