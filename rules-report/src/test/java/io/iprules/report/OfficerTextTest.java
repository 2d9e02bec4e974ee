package io.iprules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Comparison;
import io.iprules.ExclusionReason;
import io.iprules.Language;
import io.iprules.ParameterInfo;
import io.iprules.ParameterUnit;
import io.iprules.PolicyDescription;
import io.iprules.Provision;
import io.iprules.ProvisionStatus;
import io.iprules.SubjectKind;
import io.iprules.Target;
import io.iprules.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Codes in the policy's words, wherever the policy names them (a parameter's description, a target's title, an
 * exclusion reason's text, a provision's title), quoted as each language quotes; and lines wrapped at 100 columns
 * without splitting a character, a word or a closing mark from what it closes.
 */
class OfficerTextTest {
    private static final LocalDate D = LocalDate.of(2020, 8, 1);
    private static final Text NONE = Text.plain("");
    private static final PolicyDescription P = new PolicyDescription("p-1", Text.plain("政策"), null, D, D, null,
            "p-1 §9", "1",
            List.of(new Provision("p-1 §1", Text.bilingual("甲项", "item A"), List.of("P_A"),
                            ProvisionStatus.IMPLEMENTED, NONE),
                    new Provision("p-1 §2", Text.bilingual("乙项", "item B"), List.of("P_B"),
                            ProvisionStatus.IMPLEMENTED, NONE)),
            List.of(new ParameterInfo("P_EXPORT.AMOUNT", ParameterUnit.YUAN, "p-1 §6",
                    Text.bilingual("出口补助金额", "export award amount"), true, List.of())),
            List.of(new SubjectKind("applicant", String.class, NONE)),
            List.of(new Target("P_TARGET", Text.bilingual("专利目标", "patent target"), ParameterUnit.COUNT,
                    Comparison.AT_LEAST, new BigDecimal("45"), null, null, null, "p-1 §3", "年新增45件以上", NONE)),
            List.of(), List.of(new ExclusionReason("ALREADY_PAID", "p-1 §7", Text.bilingual("已获补助", "paid before"))),
            List.of());
    private static final OfficerText ZH = new OfficerText(P, Language.ZH);
    private static final OfficerText EN = new OfficerText(P, Language.EN);

    @Test
    void everyKindOfCodeIsNamedInThePolicysWords() {
        assertThat(ZH.nameOr("P_EXPORT.AMOUNT")).isEqualTo("出口补助金额");
        assertThat(EN.nameOr("P_TARGET")).isEqualTo("patent target");
        assertThat(ZH.nameOr("ALREADY_PAID")).isEqualTo("已获补助");
        assertThat(EN.nameOr("P_B")).isEqualTo("item B");
        assertThat(ZH.nameOr("P_UNNAMED")).isEqualTo("P_UNNAMED");
        assertThat(ZH.name(null)).isEmpty();
    }

    /** In Chinese the name is quoted with “ ” and takes the place of the spaces around the code; in English ‘ ’. */
    @Test
    void aCodeInProseIsQuotedInItsPlaceWithoutTheSpacesChineseDoesNotSet() {
        assertThat(ZH.prose("按 P_EXPORT.AMOUNT 计算")).isEqualTo("按“出口补助金额”计算");
        assertThat(EN.prose("by P_EXPORT.AMOUNT set")).isEqualTo("by ‘export award amount’ set");
        // at the start and at the end: nothing before or after to take
        assertThat(ZH.prose("P_A 已认定")).isEqualTo("“甲项”已认定");
        assertThat(ZH.prose("已认定 P_A")).isEqualTo("已认定“甲项”");
        // two in a row: the space between them taken once
        assertThat(ZH.prose("P_A P_B")).isEqualTo("“甲项”“乙项”");
        // a code the policy has no words for stays as written, spaces and all; figures are grouped
        assertThat(ZH.prose("按 P_UNNAMED 计 120000 元")).isEqualTo("按 P_UNNAMED 计 120,000 元");
        assertThat(ZH.prose(null)).isNull();
        assertThat(OfficerText.numbers(null)).isNull();
        assertThat(OfficerText.signs(null)).isNull();
    }

    /**
     * A name that holds a quotation, set in “ ”, sets it in ‘ ’ (GB/T 15834-2011: a quotation within a quotation):
     * jiaxing-2012's limit (每家企业补助总额的最高限额(“本意见实行最高限额”,未定数额)) in a CAP line, its export threshold
     * (…门槛(“一定数额以上”)) in an amount basis; named without quotes around it, as 待定原因 names it, it keeps “ ”.
     */
    @Test
    void aQuotationInAQuotedNameIsSetInSingleMarks() {
        PolicyDescription jiaxing = io.iprules.RulesEngine.builder().build().policy("jiaxing-2012");
        OfficerText zh = new OfficerText(jiaxing, Language.ZH);
        assertThat(zh.prose("补助合计超过最高限额 300,000.00 元(JX_MAXIMUM_LIMIT,自 2012-11-05 起)"))
                .isEqualTo("补助合计超过最高限额 300,000.00 元(“每家企业补助总额的最高限额(‘本意见实行最高限额’,"
                        + "未定数额)”,自 2012-11-05 起)");
        assertThat(zh.prose("JX_EXPORT_TRADEMARK.THRESHOLD,自 2012-11-05 起"))
                .isEqualTo("“境外注册商标企业年度出口额门槛(‘一定数额以上’)”,自 2012-11-05 起");
        assertThat(zh.nameOr("JX_EXPORT_TRADEMARK.THRESHOLD")).isEqualTo("境外注册商标企业年度出口额门槛(“一定数额以上”)");
        assertThat(OfficerText.inner("“专利创造高成长企业”扶植专项")).isEqualTo("‘专利创造高成长企业’扶植专项");
    }

    @Test
    void aValueReadsInWordsAsAFigureOrNotAtAll() {
        assertThat(ZH.value("P_A")).isEqualTo("甲项");
        assertThat(ZH.value(">= 100000")).isEqualTo("≥ 100,000");
        assertThat(ZH.value("ipOffice")).isNull();
        assertThat(ZH.value("")).isNull();
        assertThat(ZH.value(null)).isNull();
        // a figure with decimals, the whole value, grouped as the modules' messages group it (kit Decimal): 实际
        // 3,333.33 beside 每万人口发明专利拥有量 3,333.33 件, where it had read 3333.33; its places as they are
        assertThat(ZH.value("3333.33")).isEqualTo("3,333.33");
        assertThat(ZH.value(">= 1588.4")).isEqualTo("≥ 1,588.4");
        assertThat(ZH.value("-12345.60")).isEqualTo("-12,345.60");
        assertThat(ZH.value("48.39")).isEqualTo("48.39");
        assertThat(OfficerText.figure("3284.93")).isEqualTo("3,284.93");
        // not within other words, nor a date, nor a figure already grouped
        assertThat(OfficerText.figure("ZL201310000001.1")).isEqualTo("ZL201310000001.1");
        assertThat(ZH.value("2017-07-31")).isEqualTo("2017-07-31");
        assertThat(ZH.value("1,588.39")).isEqualTo("1,588.39");
        assertThat(OfficerText.readableValue("2017-07-31")).isTrue();
        assertThat(OfficerText.readableValue("a1")).isFalse();
        assertThat(OfficerText.readableValue("")).isFalse();
    }

    /** A word or a citation wider than a line is cut where the line ends, each character whole. */
    @Test
    void aRunWiderThanALineIsCutCharacterByCharacter() {
        assertThat(OfficerText.wrap("    ", "  ", "a".repeat(120))).containsExactly("    " + "a".repeat(96),
                "  " + "a".repeat(24));
        // 4 + 48 × 2 columns fill the first line exactly
        assertThat(OfficerText.wrap("    ", "  ", OfficerText.keep("依".repeat(60))))
                .containsExactly("    " + "依".repeat(48), "  " + "依".repeat(12));
    }

    /**
     * In English a Chinese name is a word: 内蒙古自治区 (12 columns) goes to the next line whole, where it was broken as
     * 内蒙 ⏎ 古自治区; Chinese text still breaks between characters, and a run longer than a name (a quoted clause)
     * too.
     */
    @Test
    void englishTextKeepsAChineseNameOnOneLine() {
        String text = "x".repeat(94) + " 内蒙古自治区 and more";
        assertThat(OfficerText.wrap("", "", text, true)).containsExactly("x".repeat(94), "内蒙古自治区 and more");
        assertThat(OfficerText.wrap("", "", text, false)).containsExactly("x".repeat(94) + " 内蒙", "古自治区 and more");
        String quoted = "x".repeat(94) + " " + "依".repeat(13);
        assertThat(OfficerText.wrap("", "", quoted, true)).first().isEqualTo("x".repeat(94) + " 依依");
    }

    /**
     * A name of exactly 12 Chinese characters, the longest English text keeps whole, goes to the next line whole; one
     * of 13 is a quoted clause and breaks between its characters (above). 86 x, a space and 24 columns make 111.
     */
    @Test
    void englishTextKeepsAChineseRunOfTwelveCharactersWhole() {
        String name = "广西壮族自治区知识产权局";
        assertThat(name).hasSize(12);
        assertThat(OfficerText.wrap("", "", "x".repeat(86) + " " + name, true)).containsExactly("x".repeat(86), name);
        // in Chinese text, 6 of them fill the line to 99 columns
        assertThat(OfficerText.wrap("", "", "x".repeat(86) + " " + name, false))
                .containsExactly("x".repeat(86) + " 广西壮族自治", "区知识产权局");
    }

    /** A figure followed by a space that ends the text: the space is dropped with the line's end, the figure kept. */
    @Test
    void aFigureAndASpaceAtTheEndOfATextEndTheLine() {
        assertThat(OfficerText.wrap("  ", "  ", "至少 48.4 ")).containsExactly("  至少 48.4");
        assertThat(OfficerText.wrap("", "", "48 ")).containsExactly("48");
    }

    /**
     * A range of figures written with an en dash (要求 1–2) is one figure: split at the dash, its second line began
     * "–2", which reads as minus two.
     */
    @Test
    void aRangeOfFiguresStaysOnOneLine() {
        assertThat(OfficerText.wrap("", "", "依".repeat(49) + " 1–2  [p-1 §2]"))
                .containsExactly("依".repeat(49), "1–2  [p-1 §2]");
        assertThat(OfficerText.wrap("", "", "依".repeat(45) + " 10,000–20,000 元"))
                .containsExactly("依".repeat(45), "10,000–20,000 元");
        // a dash between words or after a space is not a range: the line may still break there
        assertThat(OfficerText.wrap("", "", "a".repeat(99) + "–b")).containsExactly("a".repeat(99) + "–", "b");
    }

    /** A character outside the Basic Multilingual Plane (U+20000, two columns) is never split across two lines. */
    @Test
    void aSurrogatePairStaysOnOneLine() {
        assertThat(OfficerText.wrap("", "", "依".repeat(49) + "a\uD840\uDC00"))
                .containsExactly("依".repeat(49) + "a", "\uD840\uDC00");
        // a high surrogate alone at the end (SafeText escapes it first; the wrapper does not rely on that)
        assertThat(OfficerText.wrap("", "", "a\uD840")).containsExactly("a\uD840");
    }

    /**
     * A closing mark carries the character before it to the next line, and the columns it carries count there: after
     * "发," at the head of the second line, 48 more characters fit, not 49.
     */
    @Test
    void whatACloseCarriesCountsOnTheNextLine() {
        assertThat(OfficerText.wrap("", "", "依".repeat(49) + "发," + "另".repeat(49)))
                .containsExactly("依".repeat(49), "发," + "另".repeat(48), "另");
        // a full-width comma (U+FF0C, first in the set) does not start a line either: it takes the character
        // before it along, but nothing that would leave a line with only its indent
        assertThat(OfficerText.wrap("", "", "依".repeat(50) + "，")).containsExactly("依".repeat(49), "依，");
        assertThat(OfficerText.wrap("  ", "  ", "a".repeat(98) + "，")).containsExactly("  " + "a".repeat(98), "  ，");
        // an opening bracket alone on a line stays there rather than leave the line empty
        assertThat(OfficerText.wrap("", "", "（" + "a".repeat(99))).containsExactly("（", "a".repeat(99));
    }

    /**
     * A name's private-use characters are its own (GB18030 maps its user-defined area, rare characters of names, to
     * U+E000 onwards): the text prints them, next to a kept run too, and they mark no run of their own.
     */
    @Test
    void privateUseCharactersOfANameArePrintedNotTakenForMarkers() {
        String name = "甲\uE000乙\uE001公司";
        assertThat(OfficerText.wrap("", "", name + " " + OfficerText.keep("[p-1 §2]")))
                .containsExactly(name + " [p-1 §2]");
        // a lone U+E000 does not keep the rest of the line together: the words still break between words
        // (a column for U+E000 and 99 for twenty words fill the 100 columns; the 21st word goes on)
        String words = ("word ".repeat(21)).strip();
        assertThat(OfficerText.wrap("", "", "\uE000" + words))
                .containsExactly("\uE000" + "word ".repeat(20).strip(), "word");
    }

    /** A kept run (a citation) is one unit, and the words after it break between words as before. */
    @Test
    void wordsAfterAKeptRunBreakBetweenWords() {
        String words = ("word ".repeat(20)).strip();
        // "[p-1 §2]" is 8 columns, each " word" 5: 18 of them make 98, the 19th does not fit
        assertThat(OfficerText.wrap("", "", OfficerText.keep("[p-1 §2]") + " " + words))
                .containsExactly("[p-1 §2]" + " word".repeat(18), "word word");
    }

    /**
     * A variant is shown by its reading, a sentence, then the deployment's switch that turned it on: the reading's
     * full stop does not stand before the separator (it read 。;开启依据).
     */
    @Test
    void aVariantsReadingAndItsSwitchAreOneSentence() {
        PolicyDescription withReading = new PolicyDescription("p-1", Text.plain("政策"), null, D, D, null, "p-1 §9",
                "1", List.of(), List.of(), List.of(new SubjectKind("applicant", String.class, NONE)), List.of(),
                List.of(), List.of(), List.of(new io.iprules.Reading("top-up", "p-1 §7",
                        Text.bilingual("补足差额。", "The difference is paid."))));
        io.iprules.Variant v = new io.iprules.Variant("TOP_UP", "p-1 §7",
                new io.iprules.AmountBasis("P_VARIANT.TOP_UP", LocalDate.of(2013, 1, 1), "1", "某文件"));
        assertThat(TextReport.variantWhy(v, Language.ZH, new OfficerText(withReading, Language.ZH)))
                .isEqualTo("补足差额;开启依据:P_VARIANT.TOP_UP,自 2013-01-01 起为 1(来源:某文件)");
        assertThat(TextReport.variantWhy(v, Language.EN, new OfficerText(withReading, Language.EN)))
                .isEqualTo("The difference is paid; switched on by the deployment: P_VARIANT.TOP_UP, 1 from "
                        + "2013-01-01 (source: 某文件)");
        // without a switch, the reading as it is
        assertThat(TextReport.variantWhy(new io.iprules.Variant("TOP_UP", "p-1 §7"), Language.ZH,
                new OfficerText(withReading, Language.ZH))).isEqualTo("补足差额。");
    }
}
