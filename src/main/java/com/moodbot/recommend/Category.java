package com.moodbot.recommend;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The four kinds of recommendation, one catalog file each. */
public enum Category {
    FILM("films.yml"), SONG("songs.yml"), FOOD("food.yml"), PLACE("places.yml");

    private final String fileName;

    Category(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Category> parse(String text) {
        return text == null ? Optional.empty() : Arrays.stream(values())
                .filter(c -> c.label().equals(text.trim().toLowerCase(Locale.ROOT))).findFirst();
    }
}
