package io.iprules.kit;

import io.iprules.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;

/**
 * The items of a request that a number identifies (a patent, an application, a standard), each as the request first
 * wrote it: one item written two ways had been two items, each paid or reported. A later entry naming an item met
 * before under another spelling is told so, at its own path. Nothing is made for a request naming one item.
 *
 * <pre>{@code
 * Spellings patents = Spellings.keyedBy(n -> n, PatentNumbers::same,
 *         (written, first) -> MESSAGES.text("problem.patent-number-another-way", written, first));
 * p.each("patents", e.patents(), (pt, at) -> patents.oneWay("number", pt.number(), at));
 * }</pre>
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public final class Spellings {
    private final UnaryOperator<String> key;
    private final BiPredicate<String, String> sameKey;
    private final BiFunction<String, String, Text> told;
    private String first;
    private String firstKey;
    // the other items met, each by its first spelling and its key, in the order met
    private List<String> others;
    private List<String> otherKeys;

    private Spellings(UnaryOperator<String> key, BiPredicate<String, String> sameKey,
            BiFunction<String, String, Text> told) {
        this.key = key;
        this.sameKey = sameKey;
        this.told = told;
    }

    /**
     * A request's items, one per {@code key} of its number as {@code sameKey} compares them: a number may be its own
     * key, compared in place ({@code n -> n} with {@code PatentNumbers::same}), or a key made once per number and
     * compared with {@code String::equals}. {@code told} words the problem from the number as written and as the
     * request first wrote its item.
     */
    public static Spellings keyedBy(UnaryOperator<String> key, BiPredicate<String, String> sameKey,
            BiFunction<String, String, Text> told) {
        return new Spellings(key, sameKey, told);
    }

    /**
     * A request's items named by a number that width, letter case, spaces and the kind of dash do not change: keyed
     * in half width (NFKC: ＧＢ as GB), upper case, without spaces, any dash a hyphen, as a standard's number is (GB/T
     * 30001-2013, GB/T30001-2013 and GB/T 30001—2013 are one standard), its hyphen and slash kept. A name (a bank's:
     * ICBC and ＩＣＢＣ, one bank whose year had been subsidised twice) is compared without its separators too: {@link
     * #ignoringWidthCaseSpacesAndSeparators}. {@code told} words the problem as for {@link #keyedBy}.
     */
    public static Spellings ignoringWidthCaseAndSpaces(BiFunction<String, String, Text> told) {
        return new Spellings(Spellings::plain, String::equals, told);
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u00a0\\u3000]");
    private static final java.util.regex.Pattern DASHES = java.util.regex.Pattern.compile("[\\u2010-\\u2015\\u2212]");

    /**
     * A request's items named by a name, a bank's, a brand's or a platform's, that width, letter case, spaces, and the
     * separators and brackets it may be written with do not change: keyed as {@link #ignoringWidthCaseAndSpaces}
     * keys it, then without any middle dot ({@code ·}, {@code ・}, {@code ‧}, {@code •}), hyphen or dash, slash or
     * bracket ({@code ()（）[]【】〔〕〖〗{}}). 中国银行北京分行, 中国银行·北京分行, 中国银行-北京分行, 中国银行(北京分行)
     * and 中国银行（北京分行） are one bank, whose year had been subsidised twice: a name's punctuation says how it was
     * typed, not which bank it is. Not for a number whose hyphen or slash is its own (a standard's GB/T 30001-2013,
     * where GB/T 3000-12013 is another string of digits): {@link #ignoringWidthCaseAndSpaces} keeps them. A bank's
     * year keyed as {@code bank/year} loses its slash too, which joins no two banks' years: the year is the four
     * digits at its end. {@code told} words the problem as for {@link #keyedBy}.
     */
    public static Spellings ignoringWidthCaseSpacesAndSeparators(BiFunction<String, String, Text> told) {
        return new Spellings(Spellings::named, String::equals, told);
    }

    // after NFKC, which has made （）［］｛｝／ ASCII, ･ a ・ and ﹝﹞ a 〔〕, and DASHES, which has made every dash a hyphen
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile(
            "[-/()\\[\\]{}\\u00b7\\u2022\\u2027\\u2044\\u2215\\u2219\\u22c5\\u30fb\\u3010\\u3011\\u3014-\\u3017]");

    /**
     * Whether two names that {@link #ignoringWidthCaseSpacesAndSeparators} tells apart may name one thing all the
     * same, one written inside the other (北京银行 in 北京银行中关村支行 or 北京银行股份有限公司, 工商银行 in 中国工商银行,
     * 中国银行·北京 in 中国银行北京分行): what a warning asks the applicant to check, short of a register of names.
     * {@code false} for one name written alike.
     */
    public static boolean oneInsideTheOther(String a, String b) {
        return insideAnother(named(a), named(b));
    }

    private static boolean insideAnother(String x, String y) {
        return !x.equals(y) && !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
    }

    /**
     * Tells {@code told} of each item before {@code items.get(i)} of its group (one year's loans) whose name is one
     * inside the other's ({@link #oneInsideTheOther}), the earlier item first: called for each item in turn, as the
     * module reads its list, each of its warnings comes where that item is read.
     */
    public static <T> void eachEarlierInsideAnother(List<T> items, int i, java.util.function.Function<T, ?> group,
            java.util.function.Function<T, String> name, java.util.function.BiConsumer<T, T> told) {
        T item = items.get(i);
        String x = null;
        for (int j = 0; j < i; j++) {
            T earlier = items.get(j);
            if (java.util.Objects.equals(group.apply(earlier), group.apply(item))) {
                x = x == null ? named(name.apply(item)) : x;
                if (insideAnother(named(name.apply(earlier)), x)) {
                    told.accept(earlier, item);
                }
            }
        }
    }

    /**
     * {@code n} as {@link #ignoringWidthCaseAndSpaces} compares it (half width, upper case, no spaces, any dash a
     * hyphen): a key for a module's own check of names listed twice (湖州高新 区 and 湖州高新区 one park).
     */
    public static String asCompared(String n) {
        return plain(n);
    }

    /**
     * {@code n} as {@link #ignoringWidthCaseSpacesAndSeparators} compares a name (half width, upper case, no spaces,
     * no middle dot, dash, slash or bracket): a key for a module's own comparison of a name with an item's (a
     * payment's brand with the brands of the request).
     */
    public static String asComparedName(String n) {
        return named(n);
    }

    /** {@code n} as {@link #ignoringWidthCaseAndSpaces} compares it. */
    static String plain(String n) {
        return alreadyPlain(n, false) ? n : normalised(n);
    }

    /** {@code n} as {@link #ignoringWidthCaseSpacesAndSeparators} compares it. */
    static String named(String n) {
        return alreadyPlain(n, true) ? n : withoutSeparators(normalised(n));
    }

    /** {@link #named}'s work after {@link #normalised}: no middle dot, hyphen, slash or bracket. */
    static String withoutSeparators(String normalised) {
        return SEPARATORS.matcher(normalised).replaceAll("");
    }

    /** {@link #plain}'s work: half width, upper case, no spaces, any dash a hyphen. */
    static String normalised(String n) {
        String upper = java.text.Normalizer.normalize(n, java.text.Normalizer.Form.NFKC)
                .toUpperCase(java.util.Locale.ROOT);
        return DASHES.matcher(SPACES.matcher(upper).replaceAll("")).replaceAll("-");
    }

    /**
     * Whether {@link #normalised} would give {@code n} back: every character printable ASCII but a lower-case letter,
     * or a CJK unified ideograph (U+4E00–U+9FFF), which NFKC, upper case and the two patterns leave as they are; for
     * a name ({@link #named}), no ASCII hyphen, slash or bracket either, which {@link #withoutSeparators} takes out
     * (its other separators are neither ASCII nor ideographs). Most names are so written; for them the check of names
     * listed twice makes no string (a tenth of pilot-city's bytes per decision had been these copies).
     */
    private static boolean alreadyPlain(String n, boolean name) {
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!(c > ' ' && c < 0x7f && (c < 'a' || c > 'z') || c >= '\u4e00' && c <= '\u9fff')
                    || name && ASCII_SEPARATORS.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static final String ASCII_SEPARATORS = "-/()[]{}";

    /**
     * Whether {@code number} names a new item, or one met before written the same way; else records the problem at
     * {@code field} and returns {@code false}. Each number is compared with one spelling of every item met before.
     */
    public boolean oneWay(String field, String number, Problems at) {
        if (first == null) {
            first = number;
            return true;
        }
        if (first.equals(number)) {
            return true;
        }
        String numberKey = key.apply(number);
        String before = writtenBefore(number, numberKey);
        if (before == null) {
            if (others == null) {
                others = new ArrayList<>();
                otherKeys = new ArrayList<>();
            }
            others.add(number);
            otherKeys.add(numberKey);
            return true;
        }
        if (before.equals(number)) {
            return true;
        }
        at.add(field, told.apply(number, before));
        return false;
    }

    /** Records a problem at {@code field} where {@code number} names an item met before under another spelling. */
    public void asWrittenBefore(String field, String number, Problems at) {
        if (first == null || first.equals(number)) {
            return;
        }
        String before = writtenBefore(number, key.apply(number));
        if (before != null && !before.equals(number)) {
            at.add(field, told.apply(number, before));
        }
    }

    /** How the request first wrote the item {@code number} names, or {@code null} if it is none met before. */
    private String writtenBefore(String number, String numberKey) {
        if (firstKey == null) {
            firstKey = key.apply(first);
        }
        if (sameKey.test(firstKey, numberKey)) {
            return first;
        }
        for (int i = 0; others != null && i < others.size(); i++) {
            if (others.get(i).equals(number) || sameKey.test(otherKeys.get(i), numberKey)) {
                return others.get(i);
            }
        }
        return null;
    }
}
