package io.iprules.internal;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeParseException;

/**
 * Dates as the contract writes them, {@code YYYY-MM-DD}, read and written without a formatter for the common
 * case (a batch reads and writes millions). Written as {@link LocalDate#toString}; read as {@link LocalDate#parse},
 * with its exceptions, except that a year must be four digits without a sign, as the contract's form and the
 * schemas' pattern say: java.time also reads {@code +999999999-12-31} and {@code -0001-01-01}, which a request
 * could otherwise pass while a schema refuses it. Not API: public only so the JSON contract and the receipts can
 * reach it.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.INTERNAL, since = "0.2.0")
public final class IsoDates {
    private IsoDates() {
    }

    /**
     * As {@link LocalDate#parse(CharSequence)} for a date {@code YYYY-MM-DD}: the same date, or the same exception;
     * a date java.time reads with a signed or longer year is refused too.
     *
     * @throws DateTimeParseException when {@code text} is not a real date {@code YYYY-MM-DD}
     */
    public static LocalDate parse(CharSequence text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1
                    && day <= Month.of(month).length(Year.isLeap(year))) {
                return LocalDate.of(year, month, day);
            }
        }
        LocalDate.parse(text); // anything else, a mistake included: the formatter's answer and message
        // java.time read what the lines above refused: its year has a sign, which it needs for more than four digits
        // (every real date of four digits, two and two is taken above, so a refusal there never leaves one behind)
        throw new DateTimeParseException("Text '" + text + "' is not a date YYYY-MM-DD: its year has a sign "
                + "or more than four digits", text, 0);
    }

    /** The number written by the ASCII digits from {@code from} to {@code to}, or -1 if one is not a digit. */
    private static int digits(CharSequence text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /**
     * Whether {@code date} is written {@code YYYY-MM-DD}, as the contract writes every date: a year 0000 to 9999
     * (another needs a sign or more digits, which {@link #parse} and the schemas refuse).
     */
    public static boolean writable(LocalDate date) {
        return date.getYear() >= 0 && date.getYear() <= 9999;
    }

    /** As {@link LocalDate#toString()}. */
    public static String format(LocalDate date) {
        int year = date.getYear();
        if (!writable(date)) {
            return date.toString(); // a sign, or more than four digits
        }
        byte[] b = new byte[10];
        pair(b, 0, year / 100);
        pair(b, 2, year % 100);
        b[4] = '-';
        pair(b, 5, date.getMonthValue());
        b[7] = '-';
        pair(b, 8, date.getDayOfMonth());
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** Two digits, 00 to 99. */
    private static void pair(byte[] b, int at, int value) {
        b[at] = (byte) ('0' + value / 10);
        b[at + 1] = (byte) ('0' + value % 10);
    }
}
