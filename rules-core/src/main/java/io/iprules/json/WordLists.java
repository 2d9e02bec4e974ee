package io.iprules.json;

import io.iprules.Language;
import io.iprules.Text;
import java.util.Collection;
import java.util.List;

/**
 * A list of names as a message says it to a reader: {@code applicant、city 或 county} in Chinese, {@code applicant,
 * city or county} in English, not a Java collection's {@code [applicant, city, county]}. The contract's messages,
 * the engine's and the policy kit's use it, so that every list of fields, values or subjects is joined alike: as
 * alternatives ({@link #or}: the one a request may give) or all together ({@link #and}: what there is).
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.INTERNAL, since = "0.2.0")
public final class WordLists {
    private WordLists() {
    }

    /** {@code items} as alternatives in both languages: {@code a、b 或 c} and {@code a, b or c}; one item alone. */
    public static Text or(Collection<String> items) {
        return Text.bilingual(or(items, Language.ZH), or(items, Language.EN));
    }

    /**
     * {@code items} as alternatives in {@code language}: in Chinese joined with 、 and the last with 或 (spaced, as a
     * Latin name beside Chinese is), in English with a comma and the last with "or"; one item alone, none empty.
     */
    public static String or(Collection<String> items, Language language) {
        return join(items, language, " 或 ", " or ");
    }

    /** {@code items} all together in both languages: {@code a、b 和 c} and {@code a, b and c}; one item alone. */
    public static Text and(Collection<String> items) {
        return Text.bilingual(join(items, Language.ZH, " 和 ", " and "), join(items, Language.EN, " 和 ", " and "));
    }

    private static String join(Collection<String> items, Language language, String lastZh, String lastEn) {
        List<String> l = List.copyOf(items);
        if (l.size() <= 1) {
            return l.isEmpty() ? "" : l.get(0);
        }
        String rest = String.join(language == Language.ZH ? "、" : ", ", l.subList(0, l.size() - 1));
        return rest + (language == Language.ZH ? lastZh : lastEn) + l.get(l.size() - 1);
    }
}
