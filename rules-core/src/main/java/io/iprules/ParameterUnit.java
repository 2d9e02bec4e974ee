package io.iprules;

/** What a parameter's value is. */
public enum ParameterUnit {
    /** Yuan, a non-negative decimal. */
    YUAN,
    /** A share between 0 and 1 inclusive (0.5 is half). */
    RATIO,
    /** A non-negative decimal without a currency, e.g. patents per 10,000 people. */
    NUMBER,
    /** A non-negative whole number. */
    COUNT,
    /** A calendar date, {@code YYYY-MM-DD}. */
    DATE
}
