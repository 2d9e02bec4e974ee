package io.iprules.pilotcity;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.testkit.ClauseQuotes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Law first: every rule file quotes its clause, and every quote of the module's files is the text's own words. The
 * notice was published in traditional characters and the module quotes it in simplified ones, so the quotes are
 * checked against a simplified copy (a test resource, not shipped), made by ICU4J 76.1's transform
 * {@code Traditional-Simplified}; that the copy is the published text, character for character, is checked here too.
 */
class ClauseQuotesTest {
    private static final Path MAIN = Path.of("src/main/resources/io/iprules/pilotcity");
    private static final Path SIMPLIFIED = Path.of("src/test/resources/io/iprules/pilotcity/"
            + "pilot-city-2017.zh-Hans.txt");
    /** Every character the copy changes, traditional then simplified: each is the standard simplified form. */
    private static final String CHANGED =
            "並并 佈布 佔占 併并 來来 個个 偉伟 備备 價价 優优 內内 別别 創创 劃划 動动 務务 勢势 勵励 區区 協协 "
            + "參参 員员 單单 國国 園园 團团 執执 報报 場场 塊块 學学 實实 審审 寫写 將将 專专 對对 導导 層层 幫帮 "
            + "廣广 廳厅 強强 後后 復复 徹彻 應应 戰战 掃扫 揮挥 撐撑 擁拥 擔担 據据 數数 於于 時时 條条 業业 構构 "
            + "標标 機机 權权 決决 況况 準准 為为 營营 爭争 現现 産产 當当 發发 眾众 確确 礎础 稱称 競竞 範范 簡简 "
            + "籌筹 糾纠 納纳 級级 紛纷 紮扎 組组 結结 絡络 統统 絲丝 經经 綜综 維维 綱纲 網网 編编 縣县 總总 織织 "
            + "聯联 職职 臺台 與与 萬万 薦荐 號号 術术 製制 見见 規规 計计 訓训 託托 設设 許许 評评 試试 話话 認认 "
            + "調调 請请 證证 識识 議议 護护 讓让 財财 貫贯 責责 買买 費费 資资 質质 購购 軍军 較较 輯辑 轄辖 轉转 "
            + "辦办 進进 運运 過过 適适 選选 郵邮 針针 銀银 錯错 門门 開开 間间 關关 險险 電电 頁页 項项 領领 題题 "
            + "額额 願愿 類类 顯显 養养 馮冯 驗验 體体 點点";

    @TestFactory
    Stream<DynamicTest> theModuleQuotesTheText() {
        return ClauseQuotes.of(SIMPLIFIED).checks(MAIN, "pilot-city-2017",
                // how a recommendation's result names a park: a format, not words of the text
                Set.of("城市 / 园区"));
    }

    @Test
    void theSimplifiedCopyIsThePublishedTextCharacterForCharacter() throws IOException {
        String published = Files.readString(MAIN.resolve("text/pilot-city-2017.txt"), StandardCharsets.UTF_8);
        String simplified = Files.readString(SIMPLIFIED, StandardCharsets.UTF_8);
        assertThat(simplified).hasSameSizeAs(published);
        Set<String> changed = new TreeSet<>();
        for (int i = 0; i < published.length(); i++) {
            if (published.charAt(i) != simplified.charAt(i)) {
                changed.add("" + published.charAt(i) + simplified.charAt(i));
            }
        }
        assertThat(String.join(" ", changed)).isEqualTo(CHANGED);
    }
}
