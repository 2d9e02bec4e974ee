package io.iprules.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English message templates with their Chinese, for messages that reach a Chinese run worded in English by someone
 * else (picocli; a third party's policy module). The first template that matches the whole message wins, so the
 * longer forms go before their prefixes; the Chinese may use the template's groups ({@code $1}…).
 */
final class EnglishTemplates {
    private record Template(Pattern english, String chinese) {
    }

    private final List<Template> templates = new ArrayList<>();

    /** Adds a template: a regular expression for the whole English message, and its Chinese. */
    EnglishTemplates add(String englishRegex, String chinese) {
        templates.add(new Template(Pattern.compile(englishRegex, Pattern.DOTALL), chinese));
        return this;
    }

    /** The Chinese of {@code english} by the first template that matches it, or {@code null} when none does. */
    String chinese(String english) {
        for (Template t : templates) {
            Matcher m = t.english().matcher(english);
            if (m.matches()) {
                return m.replaceFirst(t.chinese()); // templates hold only $n references
            }
        }
        return null;
    }
}
