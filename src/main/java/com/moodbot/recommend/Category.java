package com.moodbot.recommend;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The four kinds of recommendation, one catalog file each. */
public enum Category {
    FILM("films.yml", "a film"), SONG("songs.yml", "a song"), FOOD("food.yml", "something to eat"),
    PLACE("places.yml", "a place to go");

    private final String fileName;
    private final String phrase;

    Category(String fileName, String phrase) {
        this.fileName = fileName;
        this.phrase = phrase;
    }

    public String fileName() {
        return fileName;
    }

    /** How the bot names it in a sentence ("Here's a film ..."). */
    public String phrase() {
        return phrase;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Category> parse(String text) {
        return text == null ? Optional.empty() : Arrays.stream(values())
                .filter(c -> c.label().equals(text.trim().toLowerCase(Locale.ROOT))).findFirst();
    }
}
