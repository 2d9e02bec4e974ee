package io.iprules.beijing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iprules.spi.RequestGenerator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Synthetic requests under beijing-2012: mostly enterprises (Beijing or not, one to three industries, now and then
 * only {@code OTHER}), with green-channel certificates whose files became complete around the days the State
 * Council's notices move (National Day, Spring Festival, the turn of the year) and which were issued a few days
 * later, on the deadline day, after it, or not yet; Zhongguancun enterprises with pledge-loan interest; and now
 * and then the city with its 2015 figures around, and exactly at, the doubling of 2010.
 *
 * <p>Every request is valid (issued never before complete, a base of 2010 above 0). As-of dates run from before the
 * opinions took force to the end of 2026, one in twenty in its last ten days or the first ten of 2027 (where the
 * bundled notices end). Keeps no state between requests: safe to share.
 */
public final class BeijingPopulation implements RequestGenerator {
    private static final JsonNodeFactory JSON = new JsonNodeFactory(true);
    private static final LocalDate FIRST = LocalDate.of(2012, 12, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 12, 31);
    private static final String[] BANKS = {"北京银行", "中国银行北京分行", "交通银行北京分行"};

    /** Made by the service loader. */
    public BeijingPopulation() {
    }

    @Override
    public String policy() {
        return Beijing2012.ID;
    }

    @Override
    public String next(RandomGenerator r) {
        return r.nextInt(10) == 0 ? city(r) : enterprise(r);
    }

    private static String enterprise(RandomGenerator r) {
        // one in twenty around the end of 2026, where the bundled notices end: a count there may be UNKNOWN (from the
        // first days of 2027 most are: within 2026 most are decided, however the missing days fall)
        LocalDate asOf = r.nextInt(20) == 0 ? day(r, LAST.minusDays(10), LAST.plusDays(10)) : day(r, FIRST, LAST);
        ObjectNode request = JSON.objectNode();
        request.put("policy", Beijing2012.ID);
        request.put("asOf", asOf.toString());
        ObjectNode a = request.putObject("applicant");
        a.put("name", "北京合成企业" + r.nextInt(100_000) + "有限公司");
        a.put("registeredInBeijing", r.nextInt(10) != 0);
        ArrayNode industries = a.putArray("industries");
        Industry[] all = Industry.values();
        int n = 1 + r.nextInt(3);
        Set<Industry> drawn = EnumSet.noneOf(Industry.class);
        for (int i = 0; i < n; i++) {
            Industry industry = all[r.nextInt(all.length)];
            if (drawn.add(industry)) { // an industry is declared once; a draw met before is dropped, not redrawn
                industries.add(industry.name());
            }
        }
        ArrayNode channel = a.putArray("greenChannel");
        int certificates = r.nextInt(4);
        for (int i = 0; i < certificates; i++) {
            LocalDate complete = nearHoliday(r, asOf);
            ObjectNode g = channel.addObject();
            g.put("certificate", Certificate.values()[i % 2].name());
            g.put("subject", String.format(java.util.Locale.ROOT, "2%03d1%07d.%d", complete.getYear() % 1000, i,
                    r.nextInt(10)));
            g.put("complete", complete.toString());
            if (r.nextInt(5) != 0) {
                g.put("issued", complete.plusDays(r.nextInt(15)).toString());
            }
        }
        boolean zgc = r.nextBoolean();
        if (r.nextInt(3) == 0) {
            a.put("zhongguancun", zgc);
            ArrayNode loans = a.putArray("pledgeLoans");
            int years = 1 + r.nextInt(3);
            int from = 2011 + r.nextInt(14);
            for (int y = 0; y < years; y++) {
                ObjectNode l = loans.addObject();
                l.put("bank", BANKS[r.nextInt(BANKS.length)]);
                l.put("pledge", Pledge.values()[r.nextInt(Pledge.values().length)].name());
                l.put("interestPaid", BigDecimal.valueOf(r.nextLong(0, 5_000_000), 2).toPlainString());
                l.put("year", from + y);
            }
        } else if (r.nextInt(4) == 0) {
            a.put("zhongguancun", zgc);
        }
        return request.toString();
    }

    /** A day the file became complete, often just before a holiday the notices move, never after the as-of date. */
    private static LocalDate nearHoliday(RandomGenerator r, LocalDate asOf) {
        LocalDate d;
        switch (r.nextInt(4)) {
            case 0 -> d = LocalDate.of(asOf.getYear(), 9, 24 + r.nextInt(7));  // before National Day
            case 1 -> d = LocalDate.of(asOf.getYear(), 1, 20 + r.nextInt(12)); // around Spring Festival (late Jan)
            case 2 -> d = LocalDate.of(asOf.getYear() - 1, 12, 20 + r.nextInt(12)); // the turn of the year
            default -> d = asOf.minusDays(r.nextInt(40));
        }
        if (d.isAfter(asOf)) {
            d = asOf.minusDays(r.nextInt(10));
        }
        return d;
    }

    private static String city(RandomGenerator r) {
        ObjectNode request = JSON.objectNode();
        request.put("policy", Beijing2012.ID);
        request.put("asOf", day(r, LocalDate.of(2015, 1, 1), LocalDate.of(2017, 12, 31)).toString());
        ObjectNode c = request.putObject("city");
        c.put("name", "北京市");
        ObjectNode f = c.putObject("figures");
        doubling(r, f.putObject("BJ_2015_SEI_INVENTION_HOLDINGS"), 20_000 + r.nextInt(10_000));
        doubling(r, f.putObject("BJ_2015_SEI_PCT_APPLICATIONS"), 1_000 + r.nextInt(1_000));
        if (r.nextInt(5) != 0) {
            f.put("BJ_2015_GLOBAL_CLUSTERS", r.nextInt(5));
        }
        return request.toString();
    }

    /** A 2015 figure exactly at 2 × 2010 now and then, a hair on either side, or anywhere from half to triple. */
    private static void doubling(RandomGenerator r, ObjectNode figure, int base) {
        figure.put("base2010", base);
        int actual = switch (r.nextInt(4)) {
            case 0 -> 2 * base;
            case 1 -> 2 * base - 1;
            case 2 -> 2 * base + 1;
            default -> base / 2 + r.nextInt(base * 5 / 2);
        };
        figure.put("actual", actual);
    }

    private static LocalDate day(RandomGenerator r, LocalDate from, LocalDate to) {
        return from.plusDays(r.nextLong(ChronoUnit.DAYS.between(from, to) + 1));
    }
}
