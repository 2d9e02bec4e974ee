package io.iprules.jiaxing;

import static io.iprules.jiaxing.LegalAuditTest.evaluate;
import static io.iprules.jiaxing.LegalAuditTest.request;
import static io.iprules.jiaxing.LegalAuditTest.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.iprules.EvaluationResult;
import io.iprules.Exclusion;
import io.iprules.InvalidRequestException;
import io.iprules.Language;
import io.iprules.Problem;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A payment recorded for an item named in one form (a standard by its level and day, an honour by its type) while the
 * request writes it in the other (its number, its brand): refused, where it had matched nothing and the item was
 * paid again; written as the request writes the item, it is paid once (§7(1) 不重复补助, reading once-paid). Amounts
 * as the example parameter file sets the standard's (行业(或地方)标准 30,000), and as a deployment may set the
 * honours' (浙江省著名商标 20,000, 中国驰名商标 100,000), each worked out below.
 */
class PaymentSubjectFormsTest {
    private static final String STANDARD = "{\"jiaxing-2012\":{" + value("JX_STANDARD_LEAD.INDUSTRY_OR_LOCAL", "30000")
            + "}}";
    private static final String HONOURS = "{\"jiaxing-2012\":{"
            + value("JX_BRAND_HONOUR.ZHEJIANG_FAMOUS_TRADEMARK", "20000") + ","
            + value("JX_BRAND_HONOUR.CHINA_WELL_KNOWN_TRADEMARK", "100000");
    private static final String TOP_UP = "," + value("JX_VARIANT.TOP_UP", "1");

    /** The problems a refused request has, each as its path and its English and Chinese messages. */
    private static List<Problem> refused(String parameters, String request) {
        try {
            EvaluationResult r = evaluate(parameters, request);
            throw new AssertionError("not refused: total " + r.total() + ", warnings " + r.warnings());
        } catch (InvalidRequestException e) {
            return e.problems();
        }
    }

    private static String standards(String... numbers) {
        StringBuilder b = new StringBuilder("\"standards\":[");
        for (int i = 0; i < numbers.length; i++) {
            b.append(i == 0 ? "" : ",").append("{\"level\":\"LOCAL\",\"role\":\"LEAD\",\"published\":\"2013-04-01\"")
                    .append(numbers[i] == null ? "" : ",\"number\":\"" + numbers[i] + "\"").append('}');
        }
        return b.append(']').toString();
    }

    private static String paid(String code, String subject, String date, String amount) {
        return "\"paidSubsidies\":[{\"code\":\"" + code + "\",\"subject\":\"" + subject + "\",\"date\":\"" + date
                + "\",\"amount\":\"" + amount + "\"}]";
    }

    /**
     * A local standard led, published 2013-04-01, first listed without its number and paid 30,000 on 2013-12-31 as
     * LOCAL/2013-04-01; listed again with its number, DB33/T 2-2013, it was paid 30,000 again, the payment matching
     * nothing. Now refused at the payment's subject, in both languages; written with the number it bars the standard:
     * 30,000 − 30,000 paid = nothing due (ALREADY_PAID), as before the number was given.
     */
    @Test
    void aStandardPaidWithoutItsNumberIsNotPaidAgainOnceItsNumberIsGiven() {
        String paidByLevelAndDay = paid("JX_STANDARD_LEAD", "LOCAL/2013-04-01", "2013-12-31", "30000");
        List<Problem> problems = refused(STANDARD, request("2016-12-31",
                standards("DB33/T 2-2013") + "," + paidByLevelAndDay));
        assertThat(problems).extracting(Problem::path).containsExactly("applicant.paidSubsidies[0].subject");
        assertThat(problems.get(0).message()).contains("local standard published on 2013-04-01",
                "(DB33/T 2-2013): write the number of the one it is for");
        assertThat(problems.get(0).message(Language.ZH)).contains("于 2013-04-01 发布的地方标准",
                "(DB33/T 2-2013):请写明所指标准的编号");

        for (String request : List.of(standards((String) null) + "," + paidByLevelAndDay,
                standards("DB33/T 2-2013") + "," + paid("JX_STANDARD_LEAD", "DB33/T 2-2013", "2013-12-31", "30000"))) {
            EvaluationResult r = evaluate(STANDARD, request("2016-12-31", request));
            assertThat(r.awards()).isEmpty();
            assertThat(r.excluded()).extracting(x -> x.reason().code(), Exclusion::amount)
                    .containsExactly(tuple("ALREADY_PAID", new BigDecimal("30000.00")));
            assertThat(r.total()).isEqualByComparingTo("0");
        }
    }

    /**
     * Two local standards of 2013-04-01, DB33/T 2-2013 and DB33/T 3-2013 (two of a level and day need their numbers),
     * beside the payment of LOCAL/2013-04-01: both had been paid, 60,000. Refused, naming both; with the number of the
     * one paid, the other alone is due: 30,000.
     */
    @Test
    void twoStandardsOfTheDayArePaidOnceBetweenThemNotTwiceWhenOneWasPaid() {
        List<Problem> problems = refused(STANDARD, request("2016-12-31", standards("DB33/T 2-2013", "DB33/T 3-2013")
                + "," + paid("JX_STANDARD_LEAD", "LOCAL/2013-04-01", "2013-12-31", "30000")));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message())
                .contains("(DB33/T 2-2013, DB33/T 3-2013): write the number of the one it is for"));

        EvaluationResult r = evaluate(STANDARD, request("2016-12-31", standards("DB33/T 2-2013", "DB33/T 3-2013")
                + "," + paid("JX_STANDARD_LEAD", "DB33/T 2-2013", "2013-12-31", "30000")));
        assertThat(r.awards()).extracting(a -> a.subjectId(), a -> a.amount())
                .containsExactly(tuple("DB33/T 3-2013", new BigDecimal("30000.00")));
        assertThat(r.excluded()).extracting(Exclusion::subjectId, x -> x.reason().code())
                .containsExactly(tuple("DB33/T 2-2013", "ALREADY_PAID"));
        assertThat(r.total()).isEqualByComparingTo("30000");
    }

    /**
     * A 浙江省著名商标 listed alone without a brand, 2013-02-01, paid 20,000 on 2013-03-01 as ZHEJIANG_FAMOUS_TRADEMARK;
     * listed again as 禾城's, beside 禾城's 中国驰名商标 of 2015-02-01, the payment matched nothing and 100,000 was
     * paid for a matter already paid. Now refused; written as 禾城 it bars the matter: nothing due under the strict
     * default (both honours ALREADY_PAID), and under the variant TOP_UP the difference, 100,000 − 20,000 = 80,000.
     */
    @Test
    void anHonourPaidWithoutItsBrandIsNotPaidAgainOnceTheBrandIsNamed() {
        String honours = "\"brandHonours\":[{\"type\":\"ZHEJIANG_FAMOUS_TRADEMARK\",\"date\":\"2013-02-01\","
                + "\"name\":\"禾城\"},{\"type\":\"CHINA_WELL_KNOWN_TRADEMARK\",\"date\":\"2015-02-01\",\"name\":\"禾城\"}]";
        List<Problem> problems = refused(HONOURS + "}}", request("2016-12-31", honours + ","
                + paid("JX_BRAND_HONOUR", "ZHEJIANG_FAMOUS_TRADEMARK", "2013-03-01", "20000")));
        assertThat(problems).extracting(Problem::path).containsExactly("applicant.paidSubsidies[0].subject");
        assertThat(problems.get(0).message()).contains("(禾城): write the name of the brand it is for");
        assertThat(problems.get(0).message(Language.ZH)).contains("(禾城):请写明所指品牌的名称");

        String paidAsNamed = honours + "," + paid("JX_BRAND_HONOUR", "禾城", "2013-03-01", "20000");
        EvaluationResult strict = evaluate(HONOURS + "}}", request("2016-12-31", paidAsNamed));
        assertThat(strict.awards()).isEmpty();
        assertThat(strict.excluded()).extracting(x -> x.reason().code()).containsOnly("ALREADY_PAID").hasSize(2);
        assertThat(strict.total()).isEqualByComparingTo("0");

        EvaluationResult topUp = evaluate(HONOURS + TOP_UP + "}}", request("2016-12-31", paidAsNamed));
        assertThat(topUp.awards()).extracting(a -> a.subjectId(), a -> a.amount())
                .containsExactly(tuple("禾城", new BigDecimal("80000.00")));
        assertThat(topUp.total()).isEqualByComparingTo("80000");
    }

    /**
     * The other way round: the payment names DB33/T 2-2013 and the request lists the local standard of 2013-04-01
     * without its number; it matched nothing, and the standard was paid 30,000 again. Refused; with the number given
     * to the standard, nothing is due.
     */
    @Test
    void aStandardPaidByItsNumberIsNotPaidAgainWhenListedWithoutIt() {
        String byNumber = paid("JX_STANDARD_LEAD", "DB33/T 2-2013", "2013-06-01", "30000");
        List<Problem> problems = refused(STANDARD, request("2016-12-31", standards((String) null) + "," + byNumber));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains(
                "while the request lists local standard (published 2013-04-01) without a number, which may be it"));

        EvaluationResult r = evaluate(STANDARD, request("2016-12-31", standards("DB33/T 2-2013") + "," + byNumber));
        assertThat(r.excluded()).extracting(x -> x.reason().code()).containsExactly("ALREADY_PAID");
        assertThat(r.total()).isEqualByComparingTo("0");
    }
}
