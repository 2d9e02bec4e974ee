package io.iprules.northeast.rules;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A sentence of §4–§6 addressed to a province of the Northeast or a place in it (差异化政策 and the like): reported
 * with the unit's result, not decided (no status). The contract's {@code measures} entry is
 * {@code { citation, addressee, text }}; the rest explains it.
 *
 * @param citation  the clause, e.g. {@code northeast-2017 §5(1)}
 * @param addressee the province the sentence addresses (full name, one of the scope)
 * @param place     the place in it the sentence names (沈阳、大连; 蒙东地区), or {@code null} when it names the province
 * @param scope     what the place covers, where the text does not say (蒙东地区: 呼伦贝尔市、兴安盟、通辽市、赤峰市、
 *                  锡林郭勒盟); empty otherwise
 * @param text      the sentence, quoted in simplified characters
 * @param en        an English gloss of it
 * @param note      why it is addressed so ({@code zh}, {@code en}), or {@code null}
 */
public record Measure(String citation, String addressee, String place, List<String> scope, String text, String en,
                      Map<String, String> note) {

    /** Checks the required parts; an absent scope is empty. */
    public Measure {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(en, "en");
        scope = scope == null ? List.of() : List.copyOf(scope);
        note = note == null ? null : Map.copyOf(note);
    }
}
