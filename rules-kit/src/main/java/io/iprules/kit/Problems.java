package io.iprules.kit;

import io.iprules.InvalidRequestException;
import io.iprules.Problem;
import io.iprules.Text;
import io.iprules.json.InvisibleCharacters;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Collects what is wrong with a subject, each problem at its JSON path, so that a caller is told everything at
 * once. A {@code Problems} is a position in the subject; {@link #at(String)} and {@link #at(int)} move down.
 *
 * <pre>{@code
 * Problems p = Problems.root("applicant");
 * p.required("name", a.name());
 * p.each("parks", a.parks(), (park, at) -> at.positive("population", park.population()));
 * p.add("sme", MESSAGES.text("problem.sme-required"));   // a module's own problem, from its catalog
 * p.throwIfAny();
 * }</pre>
 *
 * <p>Every problem is worded in Chinese and English at its source: {@link #add(Text)} takes a {@link Text} (a key of
 * the module's {@link MessageCatalog}, whose {@code _zh} and {@code _en} files must both have it, or
 * {@link Text#bilingual}); there is no English-only way to record one. The kit's own checks use the kit catalog's
 * {@code problem.*} keys.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public final class Problems {
    /**
     * The most digits a decimal of a request may have when written out in full ({@code 1e999} has 1,000): the same
     * bound as the longest number the JSON contract reads, so that an exponent cannot bring in a number no
     * computation with it would finish (or a message quoting it in full that would not fit in memory).
     */
    public static final int MAX_DIGITS = io.iprules.json.JsonContract.MAX_NUMBER;

    private final List<Problem> found;
    // problems beyond InvalidRequestException.MAX_PROBLEMS: counted, not kept (memory bounded whatever the input)
    private final long[] dropped;
    // The path is built only when a problem is recorded: valid input, the common case, costs no strings.
    private final Problems parent;
    private final String field;
    private final int index;

    private Problems(List<Problem> found, long[] dropped, Problems parent, String field, int index) {
        this.found = found;
        this.dropped = dropped;
        this.parent = parent;
        this.field = field;
        this.index = index;
    }

    /** An empty collection rooted at {@code key} (the request key, e.g. {@code applicant}). */
    public static Problems root(String key) {
        return new Problems(new ArrayList<>(), new long[1], null, key, -1);
    }

    /** The position of field {@code name} under this one. */
    public Problems at(String name) {
        return new Problems(found, dropped, this, name, -1);
    }

    /** The position of element {@code index} of the list at this position. */
    public Problems at(int index) {
        return new Problems(found, dropped, this, null, index);
    }

    /** This position's path. */
    public String path() {
        StringBuilder b = new StringBuilder();
        appendPath(b);
        return b.toString();
    }

    private void appendPath(StringBuilder b) {
        if (parent != null) {
            parent.appendPath(b);
        }
        if (field == null) {
            b.append('[').append(index).append(']');
        } else if (!field.isEmpty()) {
            if (b.length() > 0) {
                b.append('.');
            }
            b.append(field);
        }
    }

    /** Records a problem at this position, in both languages: {@code message} rendered in English and Chinese. */
    public void add(Text message) {
        if (found.size() >= InvalidRequestException.MAX_PROBLEMS) {
            dropped[0]++;
            return;
        }
        found.add(Problem.of(path(), message));
    }

    /** Records a problem at field {@code field} under this position. */
    public void add(String field, Text message) {
        at(field).add(message);
    }

    /** A text of the kit's own messages ({@code kit_zh.properties} / {@code kit_en.properties}). */
    private static Text kit(String key, Object... args) {
        return MessageCatalog.kit().text(key, args);
    }

    /**
     * Records {@code field: is required} when {@code value} is {@code null} or a blank string (white space and no-break
     * spaces only: {@code "\u00A0"} names nothing either), and that it holds nothing visible when it is spaces and
     * characters that show nothing alone ({@code "\u200B"}, {@code "\uFEFF"}: a page would show an empty name);
     * returns whether present.
     */
    public boolean required(String field, Object value) {
        if (value == null || (value instanceof String s && blank(s))) {
            add(field, kit("problem.required"));
            return false;
        }
        if (value instanceof String s && showsNothingAtAll(s)) {
            int first = s.codePoints().filter(InvisibleCharacters::showsNothing).findFirst().orElseThrow();
            add(field, kit("problem.invisible-only", s, InvisibleCharacters.named(first)));
            return false;
        }
        return true;
    }

    /**
     * Records a problem when {@code value} has more than {@link #MAX_DIGITS} digits written out in full; returns
     * whether it is within them ({@code null} is).
     */
    public boolean bounded(String field, BigDecimal value) {
        Text problem = tooLongText(value);
        if (problem != null) {
            add(field, problem);
            return false;
        }
        return true;
    }

    /** What is wrong with the length of {@code value} (see {@link #bounded}), or {@code null} when nothing is. */
    public static String tooLong(BigDecimal value) {
        Text t = tooLongText(value);
        return t == null ? null : t.in(io.iprules.Language.EN);
    }

    /** As {@link #tooLong}, in both languages. */
    public static Text tooLongText(BigDecimal value) {
        if (value == null) {
            return null;
        }
        long digits = Math.max((long) value.precision() - value.scale(), 0) + Math.max(value.scale(), 0);
        return digits <= MAX_DIGITS ? null : kit("problem.too-long", digits, MAX_DIGITS);
    }

    /** Records a problem unless {@code value} is {@code null}, or {@code >= 0} and {@linkplain #bounded bounded}. */
    public void notNegative(String field, BigDecimal value) {
        if (value != null && bounded(field, value) && value.signum() < 0) {
            add(field, kit("problem.negative", value));
        }
    }

    /**
     * Checks an amount of money in yuan (元) given by the request: not negative, {@linkplain #bounded bounded}, and
     * exact to the fen (分), i.e. at most two decimals once trailing zeros are dropped ({@code 48650.120} is
     * 48,650.12; {@code 48650.129} is refused). An award is worked out from the amount as given, so an amount
     * finer than a fen would be shown rounded and the award could not be reproduced from what is shown.
     * {@code null} passes (pair with {@link #required} when the field is required).
     *
     * @return whether the amount is acceptable
     */
    public boolean yuan(String field, BigDecimal value) {
        if (value == null) {
            return true;
        }
        if (!bounded(field, value)) {
            return false;
        }
        if (value.signum() < 0) {
            add(field, kit("problem.negative", value));
            return false;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            add(field, kit("problem.yuan-fen", value));
            return false;
        }
        return true;
    }

    /**
     * Records a problem when {@code value}, a name that identifies an item (a patent number, a bank, a mark), begins
     * or ends with white space or a no-break space (U+00A0, which {@link String#strip} keeps): {@code "禾牌 "} and
     * {@code "禾牌"} would be two items, each paid. {@code null} and a blank value pass (told as missing where the name
     * is required).
     *
     * @return whether the name is acceptable
     */
    public boolean noSpaceAround(String field, String value) {
        String stripped = value == null ? null : InvisibleCharacters.strip(value);
        if (stripped == value) { // null, or no space around it: strip gives the value itself
            return noInvisible(field, value);
        }
        if (stripped.isEmpty()) {
            return true; // blank: told as missing where the name is required
        }
        add(field, kit("problem.space-around", value, stripped));
        return false;
    }

    /**
     * Records a problem when {@code value}, an identifier written without spaces (a patent number), holds white
     * space anywhere: {@code "ZL 201310000001.1"} and {@code "ZL201310000001.1"} would be two patents, each paid.
     * {@code null} passes.
     *
     * @return whether the identifier is acceptable
     */
    public boolean noSpace(String field, String value) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); i += Character.charCount(value.codePointAt(i))) {
            if (InvisibleCharacters.isSpace(value.codePointAt(i))) {
                StringBuilder without = new StringBuilder(value.length());
                value.codePoints().filter(c -> !InvisibleCharacters.isSpace(c)).forEach(without::appendCodePoint);
                add(field, kit("problem.space-inside", value, without.toString()));
                return false;
            }
        }
        return noInvisible(field, value);
    }

    /**
     * Records a problem when {@code value}, a name or number that identifies an item, holds a character that shows
     * nothing where it stands: a control or format character (a zero-width space U+200B, a word joiner U+2060, a
     * byte order mark U+FEFF, a direction mark), a line or paragraph separator, half of a surrogate pair or a Hangul
     * filler ({@link InvisibleCharacters}).
     * 禾牌 with a zero-width space between its two characters reads as 禾牌 on every page and would be another brand,
     * paid again. A space is {@link #noSpaceAround}'s and {@link #noSpace}'s to tell, which call this once the spaces
     * are right; a name compared without the spaces around it (a city, a park) calls this alone. A value that passes
     * is then held to {@link #composed}: one that reads as another writing of it is refused too. {@code null} passes.
     *
     * @return whether the value is acceptable
     */
    public boolean noInvisible(String field, String value) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); i += Character.charCount(value.codePointAt(i))) {
            int c = value.codePointAt(i);
            if (InvisibleCharacters.showsNothing(c)) {
                String named = InvisibleCharacters.named(c);
                add(field, showsNothingAtAll(value) ? kit("problem.invisible-only", value, named)
                        : kit("problem.invisible", value, InvisibleCharacters.without(value), named));
                return false;
            }
        }
        return composed(field, value);
    }

    /**
     * Records a problem when {@code value}, a name that identifies an item (a city, a park), is not in Unicode's
     * composed normal form (NFC, {@link Normalizer}): a CJK compatibility ideograph such as U+F90A shows as the unified
     * ideograph 金 (U+91D1), to which NFC maps it, so 金华市 written with it reads as 金华市 and was a second city; a
     * letter written as a base and a combining mark is the letter NFC composes. Such a name is refused, with the name
     * to write, rather than compared in NFC: the name the result shows is then the one that was compared. A radical
     * written for the ideograph it reads as (⾦ U+2FA6 for 金) is refused likewise. {@link #noSpaceAround},
     * {@link #noSpace} and {@link #noInvisible} end with this check. {@code null} passes.
     *
     * @return whether the name is acceptable
     */
    public boolean composed(String field, String value) {
        if (value == null || asciiOrIdeographs(value)) {
            return true;
        }
        if (Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
            return noRadical(field, value);
        }
        String nfc = Normalizer.normalize(value, Normalizer.Form.NFC);
        for (int i = 0; i < value.length(); i += Character.charCount(value.codePointAt(i))) {
            int c = value.codePointAt(i);
            String alone = new String(Character.toChars(c));
            if (!Normalizer.isNormalized(alone, Normalizer.Form.NFC)) {
                add(field, kit("problem.not-composed", value, nfc, InvisibleCharacters.named(c),
                        Normalizer.normalize(alone, Normalizer.Form.NFC)));
                return false;
            }
        }
        add(field, kit("problem.not-composed-sequence", value, nfc)); // a base and a mark NFC composes
        return false;
    }

    /**
     * A radical written for an ideograph (a Kangxi radical U+2F00–U+2FDF or a CJK radical supplement U+2E80–U+2EFF,
     * as text copied out of a PDF often has them): ⾦ (U+2FA6) reads as 金 and ⻓ (U+2ED3) as 长, so ⻓沙银行 would be
     * another bank than 长沙银行 though it reads the same. No name is written with a radical, so every one is refused;
     * where Unicode maps it to its ideograph (NFKC, as for every Kangxi radical) the message names the name to write.
     * NFKC is not applied to the rest of a name (ＡＢＣ and ABC are left as written).
     */
    private boolean noRadical(String field, String value) {
        for (int i = 0; i < value.length(); i += Character.charCount(value.codePointAt(i))) {
            int c = value.codePointAt(i);
            if (radical(c)) {
                String alone = new String(Character.toChars(c));
                String ideograph = Normalizer.normalize(alone, Normalizer.Form.NFKC);
                String named = InvisibleCharacters.named(c);
                add(field, ideograph.equals(alone) ? kit("problem.radical-unmapped", value, named)
                        : kit("problem.radical", value, radicalsAsIdeographs(value), named, ideograph));
                return false;
            }
        }
        return true;
    }

    /**
     * Whether every character of {@code value} is printable ASCII or a CJK unified ideograph (U+4E00–U+9FFF), as most
     * names are: no two of them compose, none decomposes and none is a radical, so such a name is composed as written
     * without reading Unicode's normalisation tables (held to them by {@code ProblemsTest}).
     */
    private static boolean asciiOrIdeographs(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= ' ' && c < 0x7f || c >= '\u4e00' && c <= '\u9fff')) {
                return false;
            }
        }
        return true;
    }

    private static boolean radical(int c) {
        return c >= 0x2E80 && c <= 0x2FDF;
    }

    /** {@code value} with each radical that Unicode maps to an ideograph written as that ideograph. */
    private static String radicalsAsIdeographs(String value) {
        StringBuilder b = new StringBuilder(value.length());
        value.codePoints().forEach(c -> b.append(radical(c)
                ? Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKC)
                : new String(Character.toChars(c))));
        return b.toString();
    }

    /**
     * Whether {@code s} shows nothing: spaces ({@link InvisibleCharacters#isSpace}) and characters that show nothing
     * ({@link InvisibleCharacters}) alone, or nothing at all. Stops at the first character that shows, as a name's
     * first one mostly does.
     */
    private static boolean showsNothingAtAll(String s) {
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            int c = s.codePointAt(i);
            if (!InvisibleCharacters.isSpace(c) && !InvisibleCharacters.showsNothing(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code s} is {@code null} or holds nothing but spaces as the kit reads them (Unicode's white space and
     * space separators, a no-break space among them, where {@link String#isBlank} sees none): what
     * {@link #required} tells as missing.
     */
    public static boolean blankOrNull(String s) {
        return s == null || blank(s);
    }

    /** Whether {@code s} holds nothing but spaces ({@link InvisibleCharacters#isSpace}), or nothing at all. */
    private static boolean blank(String s) {
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            if (!InvisibleCharacters.isSpace(s.codePointAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Records a problem unless {@code value} is {@code null} or {@code >= 0}. */
    public void notNegative(String field, Integer value) {
        if (value != null && value < 0) {
            add(field, kit("problem.negative", value));
        }
    }

    /**
     * Records a problem unless {@code value} is {@code null} or {@code > 0}: for a divisor or a base that cannot be
     * zero (a population per 10,000, a total a share is taken of).
     */
    public void positive(String field, Integer value) {
        if (value != null && value <= 0) {
            add(field, kit("problem.positive", value));
        }
    }

    /** As {@link #positive(String, Integer)}, for a decimal; and {@linkplain #bounded bounded}. */
    public void positive(String field, BigDecimal value) {
        if (value != null && bounded(field, value) && value.signum() <= 0) {
            add(field, kit("problem.positive", value));
        }
    }

    /** Visits each element of a list field with its position; a {@code null} element is a problem. */
    public <T> void each(String field, Collection<T> items, BiConsumer<T, Problems> check) {
        if (items == null || items.isEmpty()) {
            return;
        }
        Problems list = at(field);
        int i = 0;
        for (T item : items) {
            Problems here = list.at(i++);
            if (item == null) {
                here.add(kit("problem.null-element"));
            } else {
                check.accept(item, here);
            }
        }
    }

    /** Whether nothing is wrong so far. */
    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** The problems found so far, in order. */
    public List<Problem> list() {
        if (dropped[0] > 0) {
            List<Problem> all = new ArrayList<>(found);
            all.add(InvalidRequestException.more(dropped[0]));
            return List.copyOf(all);
        }
        return List.copyOf(found);
    }

    /** Throws an {@link InvalidRequestException} with every problem found, if any. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidRequestException(list());
        }
    }

    /**
     * Runs {@code check} on problems rooted at {@code key} and throws what it found: a checking builder refusing a
     * value when it is given ({@code Problems.refuseAtOnce("applicant", p -> p.required("name", value))}).
     *
     * @throws InvalidRequestException with every problem {@code check} recorded, each at its path
     */
    public static void refuseAtOnce(String key, java.util.function.Consumer<Problems> check) {
        Problems p = root(key);
        check.accept(p);
        p.throwIfAny();
    }
}
