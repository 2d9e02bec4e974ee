package io.iprules.jiaxing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iprules.kit.china.CreditCode;
import io.iprules.spi.RequestGenerator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.random.RandomGenerator;

/**
 * Synthetic Jiaxing enterprises, shaped like a city's applicants in 2013–2016: most are SMEs with a few utility
 * model and design patents; about one in eight holds a recognition (city demonstration enterprises most often,
 * national ones rarely, some with two); a few have patent awards, brand honours, pledge loans, standards,
 * payments already made and claims under other policies. Some facts predate the policy or postdate the as-of
 * date, as real files do.
 */
public final class JiaxingPopulation implements RequestGenerator {
    private static final JsonNodeFactory JSON = new JsonNodeFactory(true);
    private static final String CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String[] DISTRICTS = {"330402", "330411", "330421", "330424", "330481", "330482", "330483"};
    private static final String[] BANKS = {"嘉兴银行", "中国工商银行嘉兴分行", "浙江禾城农村商业银行", "中国银行嘉兴分行"};
    private static final String[] WORDS = {"禾城", "南湖", "秀洲", "海盐", "平湖", "桐乡", "嘉善", "海宁", "新塍", "乌镇"};
    private static final String[] TRADES = {"新材料科技", "电子", "机械制造", "纺织", "光电", "生物医药", "物联网技术", "环保设备"};

    /** Made by the service loader. */
    public JiaxingPopulation() {
    }

    @Override
    public String policy() {
        return Jiaxing2012.ID;
    }

    @Override
    public String next(RandomGenerator r) {
        LocalDate asOf = LocalDate.of(2013 + r.nextInt(4), 12, 31).minusDays(r.nextInt(60));
        ObjectNode request = JSON.objectNode();
        request.put("policy", Jiaxing2012.ID);
        request.put("asOf", asOf.toString());
        ObjectNode a = request.putObject("applicant");
        a.put("name", pick(r, WORDS) + pick(r, WORDS) + pick(r, TRADES) + "有限公司");
        a.put("creditCode", creditCode(r));
        boolean sme = r.nextInt(10) < 9;
        a.put("sme", sme);
        if (r.nextInt(8) == 0) {
            ArrayNode recognitions = a.putArray("recognitions");
            int n = r.nextInt(5) == 0 ? 2 : 1;
            for (int i = 0; i < n; i++) {
                ObjectNode rec = recognitions.addObject();
                rec.put("type", recognition(r).name());
                rec.put("date", date(r, asOf).toString());
            }
            if (r.nextInt(6) == 0) {
                // a payment of one matter: a patent-enterprise tier (usually) or the circulation-sector unit
                boolean circulation = r.nextInt(4) == 0;
                ObjectNode paid = a.putArray("paidSubsidies").addObject()
                        .put("code", circulation ? "JX_CIRCULATION_IP_UNIT" : "JX_CITY_PATENT_DEMO_ENTERPRISE")
                        .put("date", date(r, asOf).toString());
                if (r.nextBoolean()) {
                    paid.put("amount", "50000");
                }
            }
            if (r.nextInt(10) == 0) {
                ObjectNode claim = a.putArray("otherPolicyClaims").addObject()
                        .put("code", recognition(r).awardCode()).put("policy", "浙江省企业知识产权奖励政策");
                if (r.nextBoolean()) {
                    claim.put("choice", r.nextBoolean() ? "THIS" : "OTHER");
                }
            }
        }
        int patents = r.nextInt(4);
        if (patents > 0) {
            ArrayNode list = a.putArray("patents");
            for (int i = 0; i < patents; i++) {
                PatentKind kind = r.nextInt(5) == 0 ? PatentKind.INVENTION
                        : r.nextInt(3) == 0 ? PatentKind.DESIGN : PatentKind.UTILITY_MODEL;
                LocalDate granted = date(r, asOf);
                ObjectNode p = list.addObject();
                // the list index in the number keeps the numbers of one applicant distinct, so every request is valid;
                // the kind digit after the year is the kind's (ZC 0006-2003), as validation holds it
                int kindDigit = switch (kind) {
                    case INVENTION -> 1;
                    case UTILITY_MODEL -> 2;
                    case DESIGN -> 3;
                };
                p.put("number", "ZL" + granted.getYear() + kindDigit
                        + String.format(java.util.Locale.ROOT, "%06d%d", r.nextInt(1_000_000), i) + "."
                        + r.nextInt(10));
                p.put("kind", kind.name());
                p.put("grantDate", granted.toString());
                if (kind == PatentKind.INVENTION) {
                    IndustryField f = IndustryField.values()[r.nextInt(IndustryField.values().length)];
                    p.put("field", f.name());
                    int fees = Math.max(0, asOf.getYear() - granted.getYear() + r.nextInt(2));
                    if (fees > 0 && r.nextInt(3) == 0) {
                        // the fees' own dates: the first at grant, then about a year apart
                        ArrayNode dates = p.putArray("annualFeeDates");
                        LocalDate paid = granted;
                        for (int k = 0; k < fees; k++) {
                            dates.add(paid.toString());
                            paid = paid.plusDays(330 + r.nextInt(60));
                        }
                    } else {
                        p.put("annualFeesPaid", fees);
                    }
                    if (f.isStrategicEmerging() && fees > 0 && r.nextInt(8) == 0) {
                        // the first fee's subsidy already paid, the payment naming the patent's annual fees
                        (a.has("paidSubsidies") ? (ArrayNode) a.get("paidSubsidies") : a.putArray("paidSubsidies"))
                                .addObject().put("code", "JX_SEI_ANNUITY").put("subject", p.get("number").asText())
                                .put("date", granted.plusDays(90).isAfter(asOf) ? asOf.toString()
                                        : granted.plusDays(90).toString());
                    }
                }
            }
        }
        if (r.nextInt(40) == 0) {
            a.putArray("patentAwards").addObject().put("patent",
                    "ZL2010" + (1 + r.nextInt(3)) + String.format(java.util.Locale.ROOT, "%07d", r.nextInt(10_000_000))
                    + ".1")
                    .put("award", r.nextInt(4) == 0 ? "CHINA_PATENT_GOLD" : "CHINA_PATENT_EXCELLENCE")
                    .put("date", date(r, asOf).toString());
        }
        if (r.nextInt(25) == 0) {
            ArrayNode honours = a.putArray("brandHonours");
            String brand = pick(r, WORDS);
            int first = r.nextInt(BrandHonourType.values().length);
            honours.addObject().put("type", BrandHonourType.values()[first].name())
                    .put("date", date(r, asOf).toString()).put("name", brand);
            if (r.nextInt(4) == 0) {
                // the same mark honoured again, with another honour (one matter: the better stands)
                honours.addObject().put("type", BrandHonourType.values()[(first + 1 + r.nextInt(3)) % 4].name())
                        .put("date", date(r, asOf).toString()).put("name", brand);
            }
        }
        if (r.nextInt(200) == 0) {
            a.putArray("patentInfoPlatforms").addObject().put("name", pick(r, WORDS) + "专利信息公共服务平台")
                    .put("opened", date(r, asOf).toString());
        }
        if (r.nextInt(30) == 0) {
            a.putArray("pledgeLoans").addObject().put("bank", pick(r, BANKS))
                    .put("interestPaid", BigDecimal.valueOf(1_000_00L + r.nextInt(20_000_000), 2).toPlainString())
                    .put("year", asOf.getYear() - 1);
        }
        if (r.nextInt(50) == 0) {
            a.putArray("standards").addObject()
                    .put("level", StandardLevel.values()[r.nextInt(StandardLevel.values().length)].name())
                    .put("role", StandardRole.values()[r.nextInt(StandardRole.values().length)].name())
                    .put("published", date(r, asOf).toString())
                    .put("number", "GB/T " + (10000 + r.nextInt(40000)) + "-" + asOf.getYear());
        }
        return request.toString();
    }

    private static RecognitionType recognition(RandomGenerator r) {
        int x = r.nextInt(100);
        if (x < 50) {
            return RecognitionType.CITY_PATENT_DEMO_ENTERPRISE;
        }
        if (x < 75) {
            return RecognitionType.PROVINCIAL_PATENT_DEMO_ENTERPRISE;
        }
        if (x < 84) {
            return r.nextBoolean() ? RecognitionType.PROVINCIAL_CIRCULATION_IP_PILOT
                    : RecognitionType.PROVINCIAL_CIRCULATION_IP_DEMO;
        }
        if (x < 85) {
            return RecognitionType.CITY_KEY_SCI_TECH_INTERMEDIARY;
        }
        return x < 95 ? RecognitionType.NATIONAL_IP_PILOT_ENTERPRISE : RecognitionType.NATIONAL_IP_DEMO_ENTERPRISE;
    }

    /** A date up to three years before the as-of date, and now and then a little after it. */
    private static LocalDate date(RandomGenerator r, LocalDate asOf) {
        return r.nextInt(50) == 0 ? asOf.plusDays(1 + r.nextInt(30)) : asOf.minusDays(r.nextInt(3 * 365));
    }

    private static String creditCode(RandomGenerator r) {
        StringBuilder b = new StringBuilder("91").append(pick(r, DISTRICTS)).append("MA2");
        for (int i = 0; i < 6; i++) {
            b.append(CODE_CHARS.charAt(r.nextInt(CODE_CHARS.length())));
        }
        return b.append(CreditCode.checkCharacter(b.toString())).toString();
    }

    private static String pick(RandomGenerator r, String[] options) {
        return options[r.nextInt(options.length)];
    }
}
