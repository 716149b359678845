package com.moodbot.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the shipped catalogs in {@code recommendations/}, for tests that edit them. */
public final class ShippedCatalogs {

    private ShippedCatalogs() {
    }

    /** Copies the catalogs into {@code dir}, the first food item naming {@code picture} (a file in images/). */
    public static Path copyNamingPicture(Path dir, String picture) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("recommendations"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Path food = dir.resolve("food.yml");
        String yaml = Files.readString(food);
        int endOfMoods = yaml.indexOf('\n', yaml.indexOf("    moods: ")) + 1;
        Files.writeString(food, yaml.substring(0, endOfMoods) + "    image: " + picture + "\n" + yaml.substring(endOfMoods));
        return dir;
    }
}
