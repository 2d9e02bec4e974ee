package io.iprules.internal;

import io.iprules.Language;
import io.iprules.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The engine's own few messages ({@code core_zh.properties}, {@code core_en.properties}): the warning of a defaulted
 * evaluation date and the names of general statuses. Policy texts come from the modules' catalogs (the policy kit).
 * Not API.
 */
public final class CoreMessages implements Text.Catalog {
    private static final CoreMessages INSTANCE = new CoreMessages();
    private final Map<Language, Properties> patterns = new EnumMap<>(Language.class);

    private CoreMessages() {
        for (Language language : Language.values()) {
            String file = "core_" + language.tag() + ".properties";
            try (InputStream in = CoreMessages.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException(file + " is missing from rules-core");
                }
                Properties p = new Properties();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                patterns.put(language, p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A text with a core message key. */
    public static Text text(String key, Object... args) {
        return Text.of(INSTANCE, key, args);
    }

    @Override
    public String format(Language language, String key, Object[] args) {
        String pattern = patterns.get(language).getProperty(key, key);
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            String v = a instanceof Text t ? t.in(language) : String.valueOf(a);
            pattern = pattern.replace("{" + i + "}", v);
        }
        return pattern;
    }
}
