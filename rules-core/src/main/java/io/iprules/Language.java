package io.iprules;

import java.util.Locale;

/** The languages explanations can be rendered in. Chinese is the language of the law and the default. */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.MAINTAINED, since = "0.1.0")
public enum Language {
    /** 中文 (simplified Chinese), the language the policies are published in. */
    ZH,
    /** English. */
    EN;

    /**
     * Parses {@code zh} or {@code en}, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted values when the text is neither
     */
    public static Language parse(String text) {
        if (text != null) {
            switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "zh": return ZH;
                case "en": return EN;
                default: break;
            }
        }
        throw new IllegalArgumentException("unknown language '" + text + "': use zh or en");
    }

    /** The lower-case tag used on the command line and in file names: {@code zh} or {@code en}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
