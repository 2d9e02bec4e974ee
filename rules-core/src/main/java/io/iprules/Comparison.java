package io.iprules;

import java.math.BigDecimal;

/**
 * How an actual value is compared with what a text requires. The legal words map as the modules' readings say:
 * 以上 / 不低于 / 达到 / 不少于 are {@link #AT_LEAST}; 超过 / 高于 are {@link #MORE_THAN}.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.MAINTAINED, since = "0.1.0")
public enum Comparison {
    /** {@code >=}: 以上, 不低于, 达到, 不少于. */
    AT_LEAST(">="),
    /** {@code >} (strict): 超过, 高于. */
    MORE_THAN(">"),
    /** {@code =}: exactly, e.g. a 100% closure rate. */
    EQUAL("="),
    /** {@code <=}: 不超过, 以内. */
    AT_MOST("<=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    /** The symbol shown in results, e.g. {@code >=}. */
    public String symbol() {
        return symbol;
    }

    /** Whether {@code actual} satisfies this comparison against {@code required}, compared exactly. */
    public boolean holds(BigDecimal actual, BigDecimal required) {
        int c = actual.compareTo(required);
        switch (this) {
            case AT_LEAST: return c >= 0;
            case MORE_THAN: return c > 0;
            case EQUAL: return c == 0;
            case AT_MOST: return c <= 0;
            default: throw new AssertionError(this);
        }
    }
}
