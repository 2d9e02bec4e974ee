package io.iprules.kit.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A State Council notice that sets holidays and make-up working days (节假日安排的通知).
 *
 * @param year   the year whose calendar the notice sets (its year file)
 * @param id     the notice's id within its year file
 * @param title  the official title, e.g. 国务院办公厅关于2013年部分节假日安排的通知
 * @param number the document number (文号), e.g. 国办发明电〔2012〕33号, or {@code null} where not known with
 *               certainty (never guessed)
 * @param url    where it is published
 * @param issued the date it was issued, or {@code null} where not known with certainty
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public record Notice(int year, String id, String title, String number, String url, LocalDate issued) {
    /** Checks the required parts. */
    public Notice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
    }

    /** How a result cites the notice: its document number where known, else its title. */
    public String reference() {
        return number != null ? number : title;
    }
}
