package io.iprules.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iprules.InvalidRequestException;
import io.iprules.Problem;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void everyProblemIsKeptAtItsPath() {
        Problems p = Problems.root("applicant");
        assertThat(p.required("name", " ")).isFalse();
        assertThat(p.required("type", "CITY")).isTrue();
        p.each("parks", Arrays.asList(3, null, -1), (v, at) -> at.notNegative("count", v));
        assertThat(p.list()).containsExactly(new Problem("applicant.name", "is required"),
                new Problem("applicant.parks[1]", "must not be null"),
                new Problem("applicant.parks[2].count", "must not be negative, but is -1"));
        assertThatThrownBy(p::throwIfAny).isInstanceOf(InvalidRequestException.class);
    }

    /**
     * A required text of characters that show nothing alone (a zero-width space, a byte order mark), with spaces or
     * not, names nothing: a page would show an empty name (northeast-2017's applicant "\u200B" was evaluated, headed
     * 申请人:).
     */
    @Test
    void aRequiredTextThatShowsNothingIsRefusedAsHoldingNothingVisible() {
        Problems p = Problems.root("applicant");
        assertThat(p.required("zwsp", "\u200B")).isFalse();
        assertThat(p.required("bomAndSpace", " \uFEFF")).isFalse();
        assertThat(p.required("name", "辽\u200B宁省")).as("told by noInvisible where a module refuses it").isTrue();
        assertThat(p.list()).containsExactly(
                new Problem("applicant.zwsp", "holds nothing visible ('\u200B', U+200B): write the name itself"),
                new Problem("applicant.bomAndSpace",
                        "holds nothing visible (' \uFEFF', U+FEFF): write the name itself"));
    }

    /** A name with a space around it, or a patent number with one anywhere, would be another item, paid again. */
    @Test
    void aNameThatIdentifiesAnItemHasNoSpaceAroundItAndANumberNoneAtAll() {
        Problems p = Problems.root("applicant");
        assertThat(p.noSpaceAround("bank", "北京银行")).isTrue();
        assertThat(p.noSpaceAround("inner", "Bank of China")).isTrue();
        assertThat(p.noSpaceAround("absent", null)).isTrue();
        assertThat(p.noSpaceAround("blank", "  ")).isTrue(); // told as missing where it is required
        assertThat(p.required("nbspOnly", "\u00A0\u00A0")).as("no-break spaces name nothing either").isFalse();
        assertThat(p.noSpaceAround("after", "北京银行 ")).isFalse();
        assertThat(p.noSpaceAround("before", "\u3000禾城")).isFalse(); // 全角空格
        assertThat(p.noSpaceAround("nbspAfter", "禾城\u00A0")).as("a no-break space, which strip() keeps").isFalse();
        assertThat(p.noSpace("number", "ZL201310000001.1")).isTrue();
        assertThat(p.noSpace("none", null)).isTrue();
        assertThat(p.noSpace("inside", "ZL 201310000001.1")).isFalse();
        assertThat(p.noSpace("nbsp", "ZL201310000001.1\u00A0")).isFalse();
        assertThat(p.list()).containsExactly(
                new Problem("applicant.nbspOnly", "is required"),
                new Problem("applicant.after", "begins or ends with a space ('北京银行 '), which would make it another "
                        + "item than '北京银行': write '北京银行'"),
                new Problem("applicant.before", "begins or ends with a space ('\u3000禾城'), which would make it another "
                        + "item than '禾城': write '禾城'"),
                new Problem("applicant.nbspAfter", "begins or ends with a space ('禾城\u00A0'), which would make it "
                        + "another item than '禾城': write '禾城'"),
                new Problem("applicant.inside", "has a space ('ZL 201310000001.1'), which would make it another item "
                        + "than 'ZL201310000001.1': write 'ZL201310000001.1', without spaces"),
                new Problem("applicant.nbsp", "has a space ('ZL201310000001.1\u00A0'), which would make it another "
                        + "item than 'ZL201310000001.1': write 'ZL201310000001.1', without spaces"));
    }

    /**
     * A character that shows nothing inside a name or a number (a zero-width space, a word joiner, a byte order mark,
     * a direction mark, a control character) made another item that reads the same: 南湖芯 with a zero-width space
     * was a second brand, both of its honours paid where the better one stands.
     */
    @Test
    void aNameOrNumberThatIdentifiesAnItemHoldsNoCharacterThatShowsNothing() {
        Problems p = Problems.root("applicant");
        assertThat(p.noSpaceAround("visible", "Bank of China")).isTrue();
        assertThat(p.noSpaceAround("letters", "𠀀银行")).as("a character beyond the BMP is visible").isTrue();
        assertThat(p.noSpaceAround("zeroWidth", "南\u200B湖芯")).isFalse();
        assertThat(p.noSpaceAround("bom", "\uFEFF南湖芯")).as("a BOM is not a space, but shows nothing").isFalse();
        assertThat(p.noSpaceAround("tab", "南湖\t芯")).as("a tab inside a name").isFalse();
        assertThat(p.noSpaceAround("onlyInvisible", "\u2060")).isFalse();
        assertThat(p.noSpaceAround("aloneSurrogate", "南\uD800湖芯")).isFalse();
        assertThat(p.noSpace("number", "ZL2013\u200D10000001.1")).isFalse();
        assertThat(p.noSpace("spaceFirst", "ZL2013 \u200D10000001.1")).as("told once, as the space").isFalse();
        assertThat(p.list()).containsExactly(
                new Problem("applicant.zeroWidth", "holds an invisible character, U+200B ('南\u200B湖芯'), which "
                        + "would make it another item than '南湖芯' though it reads the same: write '南湖芯'"),
                new Problem("applicant.bom", "holds an invisible character, U+FEFF ('\uFEFF南湖芯'), which would make "
                        + "it another item than '南湖芯' though it reads the same: write '南湖芯'"),
                new Problem("applicant.tab", "holds an invisible character, U+0009 ('南湖\t芯'), which would make it "
                        + "another item than '南湖芯' though it reads the same: write '南湖芯'"),
                new Problem("applicant.onlyInvisible", "holds nothing visible ('\u2060', U+2060): write the name "
                        + "itself"),
                new Problem("applicant.aloneSurrogate", "holds an invisible character, U+D800 ('南\uD800湖芯'), which "
                        + "would make it another item than '南湖芯' though it reads the same: write '南湖芯'"),
                new Problem("applicant.number", "holds an invisible character, U+200D ('ZL2013\u200D10000001.1'), "
                        + "which would make it another item than 'ZL201310000001.1' though it reads the same: write "
                        + "'ZL201310000001.1'"),
                new Problem("applicant.spaceFirst", "has a space ('ZL2013 \u200D10000001.1'), which would make it "
                        + "another item than 'ZL2013\u200D10000001.1': write 'ZL2013\u200D10000001.1', without "
                        + "spaces"));
        assertThat(p.list().get(0).chinese()).isEqualTo(
                "含有看不见的字符 U+200B(“南\u200B湖芯”),看上去与“南湖芯”相同,却会被当作不同的项目:请写作“南湖芯”");
    }

    /**
     * A Hangul filler is a letter that shows as blank: 湖州市 followed by U+3164 was a second city of a province's set.
     * All four are refused as characters that show nothing.
     */
    @Test
    void theHangulFillersShowNothing() {
        Problems p = Problems.root("applicant");
        for (char filler : new char[] {'\u115F', '\u1160', '\u3164', '\uFFA0'}) {
            assertThat(p.noSpaceAround("city", "湖州市" + filler)).as("U+%04X", (int) filler).isFalse();
        }
        assertThat(p.noInvisible("onlyFiller", "\u3164")).isFalse();
        assertThat(p.noSpaceAround("hangul", "서울")).as("a Hangul syllable shows").isTrue();
        assertThat(p.list()).hasSize(5);
        assertThat(p.list().get(2)).isEqualTo(new Problem("applicant.city", "holds an invisible character, U+3164 "
                + "('湖州市\u3164'), which would make it another item than '湖州市' though it reads the same: write '湖州市'"));
        assertThat(p.list().get(4)).isEqualTo(new Problem("applicant.onlyFiller",
                "holds nothing visible ('\u3164', U+3164): write the name itself"));
    }

    /**
     * A name of printable ASCII and CJK unified ideographs alone is passed without Unicode's tables: each such
     * character is composed (NFC) as written beside either kind of neighbour (radicals, U+2E80–U+2FDF, are neither).
     */
    @Test
    void printableAsciiAndCjkIdeographsAreComposedAsWritten() {
        for (int c = 0x20; c <= 0x9FFF; c = c == 0x7E ? 0x4E00 : c + 1) {
            String alone = String.valueOf((char) c);
            String beside = "A" + alone + "金" + alone + "z";
            assertThat(java.text.Normalizer.normalize(beside, java.text.Normalizer.Form.NFC)).as("U+%04X", c)
                    .isEqualTo(beside);
        }
        Problems p = Problems.root("applicant");
        assertThat(p.composed("ascii", "ABC-123 Ltd.")).isTrue();
        assertThat(p.composed("radical", "\u2FA6华市")).as("a radical beside ideographs still refused").isFalse();
        assertThat(p.list()).hasSize(1);
    }

    /**
     * 金华市 written with the CJK compatibility ideograph U+F90A for 金 reads as 金华市 and was a second city; NFC maps
     * it to 金 (U+91D1). A name NFC would change is refused with the name to write.
     */
    @Test
    void aNameIsWrittenInItsComposedForm() {
        Problems p = Problems.root("applicant");
        assertThat(p.composed("unified", "金华市")).isTrue();
        assertThat(p.composed("missing", null)).isTrue();
        assertThat(p.composed("composedLetter", "Caf\u00E9")).isTrue();
        assertThat(p.composed("compatibility", "\uF90A华市")).isFalse();
        assertThat(p.composed("combining", "Cafe\u0301")).isFalse();
        assertThat(p.list()).containsExactly(
                new Problem("applicant.compatibility", "is written with U+F90A ('\uF90A华市'), which reads as '金' and "
                        + "is written so in Unicode's composed form (NFC): it would make it another item than '金华市' "
                        + "though it reads the same: write '金华市'"),
                new Problem("applicant.combining", "is written with a combining mark that Unicode's composed form "
                        + "(NFC) joins to the character before it ('Cafe\u0301'): it would make it another item than "
                        + "'Caf\u00E9' though it reads the same: write 'Caf\u00E9'"));
        assertThat(p.list().get(0).chinese()).isEqualTo("含有字符 U+F90A(“\uF90A华市”),显示为“金”,Unicode 标准组合形式"
                + "(NFC)即写作“金”:看上去与“金华市”相同,却会被当作不同的项目:请写作“金华市”");
    }

    /**
     * Unicode's default-ignorable marks show nothing either: 北京银行 followed by the variation selector U+FE0F (or
     * U+E0100, an ideographic one, U+034F, the grapheme joiner, U+180B, a Mongolian one) read as 北京银行 and was a
     * second bank, its year's interest paid again.
     */
    @Test
    void theDefaultIgnorableMarksShowNothing() {
        Problems p = Problems.root("applicant");
        for (String mark : List.of("\uFE0F", "\uFE00", "\uDB40\uDD00", "\u034F", "\u180B", "\u180F", "\u17B4")) {
            assertThat(p.noSpaceAround("bank", "北京银行" + mark)).as(mark).isFalse();
            assertThat(p.noSpace("number", "ZL2013" + mark + "10000001.1")).as(mark).isFalse();
        }
        assertThat(p.noSpaceAround("accent", "Soci\u00E9t\u00E9")).as("a letter with its accent composed").isTrue();
        assertThat(p.list()).hasSize(14);
        assertThat(p.list().get(0)).isEqualTo(new Problem("applicant.bank", "holds an invisible character, U+FE0F "
                + "('北京银行\uFE0F'), which would make it another item than '北京银行' though it reads the same: write "
                + "'北京银行'"));
        assertThat(p.list().get(4)).isEqualTo(new Problem("applicant.bank", "holds an invisible character, U+E0100 "
                + "('北京银行\uDB40\uDD00'), which would make it another item than '北京银行' though it reads the same: "
                + "write '北京银行'"));
    }

    /**
     * A name that identifies an item is held to its composed form by every check of its spelling, not by
     * {@link Problems#composed} alone: a bank with 金 as U+F90A, or as the Kangxi radical ⾦ (U+2FA6), reads as 金城银行.
     */
    @Test
    void everySpellingCheckRefusesAnotherWritingOfOneCharacter() {
        Problems p = Problems.root("applicant");
        assertThat(p.noSpaceAround("compatibility", "\uF90A城银行")).isFalse();
        assertThat(p.noSpaceAround("radical", "\u2FA6城银行")).isFalse();
        assertThat(p.noInvisible("radicalSupplement", "\u2E9F亲")).as("⺟ reads as 母").isFalse();
        assertThat(p.noSpace("decomposed", "Cafe\u0301")).isFalse();
        assertThat(p.noSpaceAround("unmapped", "\u2ED3沙银行")).as("⻓ reads as 长, though NFKC keeps it").isFalse();
        assertThat(p.noSpaceAround("fullWidth", "\uFF21\uFF22\uFF23")).as("NFKC is not applied to the rest").isTrue();
        assertThat(p.list()).extracting(Problem::path).containsExactly("applicant.compatibility", "applicant.radical",
                "applicant.radicalSupplement", "applicant.decomposed", "applicant.unmapped");
        assertThat(p.list().get(4)).isEqualTo(new Problem("applicant.unmapped", "is written with U+2ED3 ('\u2ED3沙银行'), "
                + "a radical, not an ideograph: it reads as the ideograph it stands for and would make it another item "
                + "though it reads the same; write that ideograph"));
        assertThat(p.list().get(1)).isEqualTo(new Problem("applicant.radical", "is written with U+2FA6 ('\u2FA6城银行'), "
                + "a radical that reads as the ideograph '金': it would make it another item than '金城银行' though it "
                + "reads the same: write '金城银行'"));
        assertThat(p.list().get(1).chinese()).isEqualTo("含有部首字符 U+2FA6(“\u2FA6城银行”),显示为汉字“金”:看上去与“金城银行”"
                + "相同,却会被当作不同的项目:请写作“金城银行”");
    }

    @Test
    void positiveRefusesZeroAndBelowButNotAMissingValue() {
        Problems p = Problems.root("applicant");
        p.positive("a", 1);
        p.positive("b", (Integer) null);
        p.positive("c", 0);
        p.positive("d", -5);
        p.positive("e", new BigDecimal("0.01"));
        p.positive("f", new BigDecimal("0.00"));
        p.positive("g", (BigDecimal) null);
        List<Problem> found = p.list();
        assertThat(found).containsExactly(new Problem("applicant.c", "must be > 0, but is 0"),
                new Problem("applicant.d", "must be > 0, but is -5"),
                new Problem("applicant.f", "must be > 0, but is 0.00"));
    }

    @Test
    void aYuanAmountIsExactToTheFenNotNegativeAndNamedByItsPath() {
        Problems p = Problems.root("applicant");
        assertThat(p.yuan("a", new java.math.BigDecimal("48650.12"))).isTrue();
        assertThat(p.yuan("b", new java.math.BigDecimal("48650.120"))).as("a trailing zero is still the fen").isTrue();
        assertThat(p.yuan("c", new java.math.BigDecimal("0"))).isTrue();
        assertThat(p.yuan("d", new java.math.BigDecimal("1E+3"))).isTrue();
        assertThat(p.yuan("e", null)).isTrue();
        assertThat(p.isEmpty()).isTrue();
        assertThat(p.yuan("f", new java.math.BigDecimal("48650.129"))).isFalse();
        assertThat(p.at("loans").at(0).yuan("interestPaid", new java.math.BigDecimal("0.001"))).isFalse();
        assertThat(p.yuan("g", new java.math.BigDecimal("-0.01"))).isFalse();
        assertThat(p.list()).extracting(io.iprules.Problem::path)
                .containsExactly("applicant.f", "applicant.loans[0].interestPaid", "applicant.g");
        assertThat(p.list().get(0).message()).contains("at most two decimals").contains("48650.129");
        assertThat(p.list().get(2).message()).contains("must not be negative");
    }
    @Test
    void anAmountTooLongToWriteOutIsRefusedForItsLengthAlone() {
        Problems p = Problems.root("applicant");
        // 1E+40 is 1 followed by 40 zeros: 41 digits, one more than a request's number may have
        assertThat(p.yuan("interestPaid", new BigDecimal("-1E+40"))).isFalse();
        assertThat(p.list()).containsExactly(new Problem("applicant.interestPaid",
                "has 41 digits written out in full; at most 40 are accepted"));
        assertThat(p.yuan("b", new BigDecimal("1E+39"))).as("40 digits").isTrue();
    }

    @Test
    void refusingAtOnceThrowsEveryProblemTheCheckRecordedAndNothingWhenItRecordedNone() {
        Problems.refuseAtOnce("applicant", p -> p.required("name", "嘉兴市某公司"));
        assertThatThrownBy(() -> Problems.refuseAtOnce("applicant", p -> {
            p.required("name", " ");
            p.notNegative("count", -2);
        })).isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems()).containsExactly(
                new Problem("applicant.name", "is required"),
                new Problem("applicant.count", "must not be negative, but is -2")));
    }
}
