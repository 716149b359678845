package com.moodbot.recommend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A minimal valid catalog folder that tests then break in one place. */
final class CatalogFixtures {

    static final String ALL_MOODS = "[angry, disgust, fear, happy, sad, surprise, neutral]";

    private CatalogFixtures() {
    }

    static String item(String id, String title, String moods) {
        return "  - id: " + id + "\n"
                + "    title: \"" + title + "\"\n"
                + "    description: {en: \"Something nice.\", es: \"Algo bonito.\"}\n"
                + "    moods: " + moods + "\n"
                + "    url: https://example.org/" + id + "\n";
    }

    static Path write(Path dir) throws IOException {
        for (Category c : Category.values()) {
            Files.writeString(dir.resolve(c.fileName()), "category: " + c.label() + "\nitems:\n"
                    + item(c.label() + "-one", c.label() + " one", ALL_MOODS)
                    + item(c.label() + "-two", c.label() + " two", "[happy, sad]"));
        }
        StringBuilder policy = new StringBuilder("moods:\n");
        for (String mood : new String[] {"angry", "disgust", "fear", "happy", "sad", "surprise", "neutral"}) {
            policy.append("  ").append(mood).append(":\n")
                    .append("    draw_from: [").append(mood).append("]\n")
                    .append("    categories: [film, song, food, place]\n")
                    .append("    line: {en: \"You look ").append(mood).append(".\", es: \"Pareces ").append(mood)
                    .append(".\"}\n");
        }
        Files.writeString(dir.resolve("policy.yml"), policy.toString());
        return dir;
    }
}
