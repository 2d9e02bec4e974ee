package io.iprules.kit;

import io.iprules.Language;
import io.iprules.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A module's messages in both languages: {@code <base>_zh.properties} and {@code <base>_en.properties}, read as
 * UTF-8 next to an anchor class. Patterns use {@code {0}}, {@code {1}}… placeholders and nothing else, so that
 * amounts and dates render exactly as given (no locale-dependent number formats).
 *
 * <p>Immutable and thread-safe. Load once per module, in a static field.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public final class MessageCatalog implements Text.Catalog {
    private static final Logger LOG = LoggerFactory.getLogger(MessageCatalog.class);

    /** The message key of each enum constant, {@code enum.Type.NAME}, built once per enum type. */
    private static final ClassValue<String[]> ENUM_KEYS = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] keys = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                keys[i] = "enum." + type.getSimpleName() + "." + ((Enum<?>) constants[i]).name();
            }
            return keys;
        }
    };

    private final String name;
    /** The patterns, each split once into literal runs and argument places: every explanation rendered is one. */
    private final Map<Language, Map<String, Template>> templates;
    private final MessageCatalog parent;
    private final Set<String> reportedMissing = ConcurrentHashMap.newKeySet();

    private MessageCatalog(String name, Map<Language, Map<String, String>> patterns, MessageCatalog parent) {
        this.name = name;
        this.parent = parent;
        Map<Language, Map<String, Template>> t = new EnumMap<>(Language.class);
        patterns.forEach((language, byKey) -> {
            Map<String, Template> split = new HashMap<>();
            byKey.forEach((key, pattern) -> split.put(key, Template.of(pattern)));
            t.put(language, split);
        });
        this.templates = t;
    }

    /**
     * A pattern as written, and as literal runs around its argument places: {@code literals[k]}, then argument
     * {@code args[k]}, …, then the last literal. A brace not around digits only is text.
     */
    private record Template(String pattern, String[] literals, int[] args) {
        static Template of(String pattern) {
            List<String> literals = new ArrayList<>();
            List<Integer> places = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            int i = 0;
            while (i < pattern.length()) {
                char c = pattern.charAt(i);
                int close;
                Integer index;
                if (c == '{' && (close = pattern.indexOf('}', i)) > i + 1 && allDigits(pattern, i + 1, close)
                        && (index = place(pattern, i + 1, close)) != null) {
                    literals.add(run.toString());
                    run.setLength(0);
                    places.add(index);
                    i = close + 1;
                } else {
                    run.append(c);
                    i++;
                }
            }
            literals.add(run.toString());
            return new Template(pattern, literals.toArray(new String[0]),
                    places.stream().mapToInt(Integer::intValue).toArray());
        }

        private static Integer place(String pattern, int from, int to) {
            try {
                return Integer.parseInt(pattern, from, to, 10);
            } catch (NumberFormatException tooLong) {
                return null;
            }
        }
    }

    /**
     * Loads {@code base_zh.properties} and {@code base_en.properties} from the anchor's package.
     *
     * @param anchor a class in the package holding the files
     * @param base   the file name before the language suffix, e.g. {@code messages}
     * @throws IllegalStateException when a file is missing, or a key is in one language and not the other
     */
    public static MessageCatalog load(Class<?> anchor, String base) {
        return load(anchor, base, kit());
    }

    private static MessageCatalog load(Class<?> anchor, String base, MessageCatalog parent) {
        Map<Language, Map<String, String>> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String file = base + "_" + language.tag() + ".properties";
            try (InputStream in = anchor.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("message file " + file + " is missing next to " + anchor.getName());
                }
                Properties p = new Properties();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                Map<String, String> m = new HashMap<>();
                p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
                all.put(language, Map.copyOf(m));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        Set<String> zh = all.get(Language.ZH).keySet();
        Set<String> en = all.get(Language.EN).keySet();
        if (!zh.equals(en)) {
            Set<String> onlyZh = new java.util.TreeSet<>(zh);
            onlyZh.removeAll(en);
            Set<String> onlyEn = new java.util.TreeSet<>(en);
            onlyEn.removeAll(zh);
            throw new IllegalStateException(anchor.getPackageName() + "/" + base + ": keys only in zh " + onlyZh
                    + ", only in en " + onlyEn + "; every message needs both languages");
        }
        return new MessageCatalog(anchor.getPackageName() + "/" + base, all, parent);
    }

    private static final class KitHolder {
        static final MessageCatalog KIT = load(MessageCatalog.class, "kit", null);
    }

    /** The kit's own messages (general warnings, indicator details); every module catalog falls back to it. */
    public static MessageCatalog kit() {
        return KitHolder.KIT;
    }

    /** A text with this catalog's message {@code key}. */
    public Text text(String key, Object... args) {
        return Text.of(this, key, args);
    }

    /** Whether this catalog or its parent has {@code key}. */
    public boolean has(String key) {
        return templates.get(Language.ZH).containsKey(key) || (parent != null && parent.has(key));
    }

    /** Every key of this catalog (not of its parent). */
    public Set<String> keys() {
        return templates.get(Language.ZH).keySet();
    }

    private Template template(Language language, String key) {
        Template t = templates.get(language).get(key);
        return t != null || parent == null ? t : parent.template(language, key);
    }

    /** The raw pattern for {@code key} in {@code language}, or {@code null}. */
    String pattern(Language language, String key) {
        Template t = template(language, key);
        return t == null ? null : t.pattern();
    }

    /**
     * Renders {@code key} with {@code args} in {@code language}. A missing key renders as the key and its
     * arguments, and is logged once, rather than failing a decision over a missing translation.
     */
    @Override
    public String format(Language language, String key, Object[] args) {
        Template t = template(language, key);
        if (t == null) {
            if (reportedMissing.add(key)) {
                LOG.warn("message key {} is missing from {}", key, name);
            }
            StringBuilder b = new StringBuilder(key);
            for (Object a : args) {
                b.append(' ').append(render(language, a));
            }
            return b.toString();
        }
        int places = t.args().length;
        if (places == 0) {
            return t.literals()[0];
        }
        StringBuilder out = new StringBuilder(t.pattern().length() + 32);
        for (int k = 0; k < places; k++) {
            int index = t.args()[k];
            out.append(t.literals()[k]).append(index < args.length ? render(language, args[index]) : "{" + index + "}");
        }
        return out.append(t.literals()[places]).toString();
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private String render(Language language, Object arg) {
        if (arg == null) {
            return "—";
        }
        if (arg instanceof Text t) {
            return t.in(language);
        }
        if (arg instanceof Enum<?> e) {
            String key = ENUM_KEYS.get(e.getDeclaringClass())[e.ordinal()];
            String p = pattern(language, key);
            if (p == null && reportedMissing.add(key + "@" + language)) {
                // shown as its constant (INVENTION 专利): said once, as a missing message key is
                LOG.warn("message key {} ({} in words) is missing from {} for {}", key, e.name(), name, language);
            }
            return p != null ? p : e.name();
        }
        if (arg instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (arg instanceof LocalDate d) {
            return d.toString();
        }
        return arg.toString();
    }

    @Override
    public String toString() {
        return name;
    }
}
