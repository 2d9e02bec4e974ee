package io.iprules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.EvaluationResult;
import io.iprules.Language;
import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The held-back tile of a jiaxing-2012 §7(1) top-up, from the real engine, not from items built by hand: the engine
 * names the top-up line, and a limit's cut of it, 国家知识产权示范企业认定(2015-06-30)的差额补足, where the item held
 * back keeps its own name, and the tile, which matched the two by their subjects too, counted the item held back
 * whole beside the top-up paid of it (450,000.00 held back beside 150,000.00 due, of two items worth 350,000 in all).
 * The rows not paid because their matter was paid before (ALREADY_PAID, a reason jiaxing-2012 marks
 * {@code paidBefore}) refuse no money the applicant has not had: the tile leaves them out and counts them apart (it
 * had summed them as held back, less the top-up paid of them).
 * <p>
 * The request: a national IP demonstration enterprise recognised 2015-06-30 (§6(5)2, 300,000), a city patent
 * demonstration enterprise recognised 2013-01-18 (§6(5)2, 50,000), one matter, 50,000 paid for it as the city one on
 * 2013-04-02; the deployment switches the top-up variant on. Worked out by hand:
 * <ul>
 *   <li>without a limit: the national one is topped up by 300,000 − 50,000 = 250,000, due 250,000; the rows 300,000
 *   (national) and 50,000 (city) are the matter paid before, counted apart: nothing is held back;</li>
 *   <li>with a maximum limit of 200,000, cumulative with the 50,000 already paid (at most 150,000 now): the top-up of
 *   250,000 is cut by 100,000 to 150,000, due 150,000; held back is the cut, 100,000: due and held back are the
 *   top-up's 250,000;</li>
 *   <li>the applicant chose another policy line for the national one (其他条线政策, choice OTHER): the top-up line of
 *   250,000 is held back, nothing is due; held back is that line, 250,000.</li>
 * </ul>
 * A top-up line is told from its item by the clause that grants it, the clause of the variant the result applied
 * (§7(1), where §6(5)2 grants the item).
 */
class TopUpHeldBackTest {
    private static final String REQUEST = """
            {"policy":"jiaxing-2012","asOf":"2016-06-30","applicant":{"name":"嘉兴差额补足测试有限公司",
             "creditCode":"91330400MA28A0001D","sme":false,
             "recognitions":[{"type":"NATIONAL_IP_DEMO_ENTERPRISE","date":"2015-06-30"},
                             {"type":"CITY_PATENT_DEMO_ENTERPRISE","date":"2013-01-18"}],
             "paidSubsidies":[{"code":"JX_CITY_PATENT_DEMO_ENTERPRISE","date":"2013-04-02","amount":"50000"}]}}
            """;
    private static final String TOP_UP = """
            "JX_VARIANT.TOP_UP":[{"from":"2012-11-05","value":"1","source":"s"}]""";
    private static final String LIMIT = """
            ,"JX_MAXIMUM_LIMIT":[{"from":"2012-11-05","value":"200000","source":"s"}],
             "JX_MAXIMUM_LIMIT.CUMULATIVE":[{"from":"2012-11-05","value":"1","source":"s"}]""";

    private static RulesEngine engine(String parameters) {
        return RulesEngine.builder().parameters("p.json", new ByteArrayInputStream(
                ("{\"jiaxing-2012\":{" + parameters + "}}").getBytes(StandardCharsets.UTF_8))).build();
    }

    private static EvaluationResult evaluate(RulesEngine engine) {
        return evaluate(engine, REQUEST);
    }

    private static EvaluationResult evaluate(RulesEngine engine, String request) {
        LocalDate asOf = LocalDate.of(2016, 6, 30);
        return new JsonContract(engine).evaluate(request.getBytes(StandardCharsets.UTF_8), asOf, null);
    }

    /** The tile's figures as the page works them out from {@code r}. */
    private static HtmlReport.Held held(EvaluationResult r) {
        return HtmlReport.held(HtmlReport.heldRows(r), r.awards(), r.variants().stream()
                .map(io.iprules.Variant::citation).toList());
    }

    /** The tile of the rows paid before, counted: 2 (the national and the city one). */
    private static final String PAID_BEFORE = "<div class=\"tile unknown\"><span class=\"n money\">2</span>"
            + "<span class=\"label\">项此前已补助,不再补助(不计入不予补助)</span>";

    /** The page's tile of {@code css} holding {@code label}. */
    private static String tile(String page, String css, String label) {
        int at = page.indexOf(label);
        assertThat(at).as(label).isNotNegative();
        int start = page.lastIndexOf("<div class=\"tile " + css + "\">", at);
        return page.substring(start, page.indexOf("</div>", start));
    }

    private static String tile(String page, String css) {
        int start = page.indexOf("<div class=\"tile " + css + "\">");
        assertThat(start).as(css).isNotNegative();
        return page.substring(start, page.indexOf("</div>", start));
    }

    @Test
    void withoutALimitTheItemToppedUpIsNotHeldBack() {
        RulesEngine engine = engine(TOP_UP);
        EvaluationResult r = evaluate(engine);
        assertThat(r.total()).isEqualByComparingTo("250000.00");
        assertThat(r.excluded()).extracting(x -> x.reason().code()).containsExactly("ALREADY_PAID", "ALREADY_PAID");
        assertThat(r.excluded()).allMatch(x -> x.reason().paidBefore());
        assertThat(held(r)).isEqualTo(new HtmlReport.Held(java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, 0, 0,
                java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO));
        String page = Reports.html(r, engine.policy(r.policy()), Language.ZH);
        assertThat(tile(page, "met")).contains("<span class=\"nw\">250,000.00 元</span>");
        assertThat(tile(page, "not-met")).isEqualTo("<div class=\"tile not-met\"><span class=\"n money\">"
                + "<span class=\"nw\">0.00 元</span></span><span class=\"label\">不予补助(无)</span>");
        assertThat(tile(page, "unknown", "此前已补助")).isEqualTo(PAID_BEFORE);
        assertThat(tile(Reports.html(r, engine.policy(r.policy()), Language.EN), "unknown", "paid before"))
                .contains("<span class=\"n money\">2</span><span class=\"label\">paid before, not paid again (not "
                        + "counted as held back)</span>");
    }

    @Test
    void withALimitTheTopUpsCutIsNotHeldBackTwice() {
        RulesEngine engine = engine(TOP_UP + LIMIT);
        EvaluationResult r = evaluate(engine);
        assertThat(r.total()).isEqualByComparingTo("150000.00");
        assertThat(r.excluded()).extracting(x -> x.reason().code()).containsExactly("ALREADY_PAID", "ALREADY_PAID",
                "CAP");
        // the engine names the top-up line and its cut apart from the item: what the tile had matched by
        assertThat(r.awards().get(0).subject()).isNotEqualTo(r.excluded().get(0).subject())
                .isEqualTo(r.excluded().get(2).subject());
        assertThat(held(r)).isEqualTo(new HtmlReport.Held(new java.math.BigDecimal("100000.00"),
                new java.math.BigDecimal("100000.00"), 1, 0, java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO));
        String page = Reports.html(r, engine.policy(r.policy()), Language.ZH);
        assertThat(tile(page, "met")).contains("<span class=\"nw\">150,000.00 元</span>");
        assertThat(tile(page, "not-met")).isEqualTo("<div class=\"tile not-met\"><span class=\"n money\">"
                + "<span class=\"nw\">100,000.00 元</span></span><span class=\"label\">不予补助(下表不予补助各行金额"
                + "之和)</span>");
        assertThat(tile(page, "unknown", "此前已补助")).isEqualTo(PAID_BEFORE);
        // the text, which has no held-back sum: the cut names the top-up line it reduced, found by its clause
        String text = Reports.text(r, engine.policy(r.policy()), Language.ZH, false);
        assertThat(text).contains("本应 300,000.00 元", "本应 50,000.00 元", "扣减 100,000.00 元", "合计:150,000.00 元");
        // the cut's words wherever the line wraps them (a Chinese line wraps between two characters, with no space)
        assertThat(text.replaceAll("\n +", "")).contains("本项补助由 250,000.00 元减为 150,000.00 元");
        assertThat(Reports.text(r, engine.policy(r.policy()), Language.EN, false))
                .contains("the award reduced from 250,000.00 to"); // the figure after it wrapped
    }

    @Test
    void aTopUpLineHeldBackWholeIsWhatIsHeldBack() {
        RulesEngine engine = engine(TOP_UP);
        EvaluationResult r = evaluate(engine, REQUEST.replace("\"paidSubsidies\"", "\"otherPolicyClaims\":[{\"code\":"
                + "\"JX_NATIONAL_IP_DEMO_ENTERPRISE\",\"policy\":\"浙江省知识产权示范企业奖励\",\"choice\":\"OTHER\"}],"
                + "\"paidSubsidies\""));
        assertThat(r.total()).isEqualByComparingTo("0.00");
        assertThat(r.excluded()).extracting(x -> x.reason().code(), x -> x.amount().toPlainString()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ALREADY_PAID", "300000.00"),
                org.assertj.core.groups.Tuple.tuple("OTHER_POLICY_CHOSEN", "250000.00"),
                org.assertj.core.groups.Tuple.tuple("ALREADY_PAID", "50000.00"));
        assertThat(held(r)).isEqualTo(new HtmlReport.Held(new java.math.BigDecimal("250000.00"),
                new java.math.BigDecimal("250000.00"), 1, 0, java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO));
        String page = Reports.html(r, engine.policy(r.policy()), Language.ZH);
        assertThat(tile(page, "not-met")).isEqualTo("<div class=\"tile not-met\"><span class=\"n money\">"
                + "<span class=\"nw\">250,000.00 元</span></span><span class=\"label\">不予补助(本应)</span>");
        assertThat(tile(page, "unknown", "此前已补助")).isEqualTo(PAID_BEFORE);
        assertThat(tile(Reports.html(r, engine.policy(r.policy()), Language.EN), "not-met"))
                .contains("250,000.00 yuan", "held back (would have been)");
    }
}
