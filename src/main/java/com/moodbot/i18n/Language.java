package com.moodbot.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the bot speaks; every phrase and catalog text exists in each. */
public enum Language {
    EN("en", "English"),
    ES("es", "Español");

    private final String code;
    private final String nativeName;

    Language(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
    }

    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    /** "es", "es_ES", "es-419", "EN_us"... by the language part; empty for anything else. */
    public static Optional<Language> parse(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(primary)).findFirst();
    }

    /** Exactly a language's code ({@code es}), as the bot writes it in payloads, paths and catalogs. */
    public static Optional<Language> ofCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }

    /** The first language of an {@code Accept-Language} header the bot speaks, by the header's q order. */
    public static Optional<Language> fromAcceptLanguage(String header) {
        if (header == null) {
            return Optional.empty();
        }
        return Arrays.stream(header.split(","))
                .map(part -> part.split(";"))
                .filter(p -> !p[0].isBlank())
                .sorted((a, b) -> Double.compare(quality(b), quality(a)))
                .map(p -> parse(p[0])).flatMap(Optional::stream).findFirst();
    }

    private static double quality(String[] part) {
        for (int i = 1; i < part.length; i++) {
            String p = part[i].strip();
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
