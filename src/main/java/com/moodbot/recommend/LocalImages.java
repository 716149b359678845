package com.moodbot.recommend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Pictures that catalog items name by file ({@code image: soup.jpg}), kept in the catalog folder's
 * {@code images/}. A name is a plain file name, so nothing outside that folder can be named; a
 * picture must be a PNG or JPEG of at most 8 MiB and between 100 and 4096 px a side.
 */
public final class LocalImages {

    public static final String FOLDER = "images";
    /** Where the service serves them: {@code /pictures/NAME}. */
    public static final String PATH = "/pictures/";
    public static final long MAX_BYTES = 8L << 20;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}\\.(png|jpe?g)");

    private LocalImages() {
    }

    /** Whether a catalog's {@code image:} names a local file rather than a URL. */
    public static boolean isLocal(String image) {
        return !image.contains(":");
    }

    /** The file, when {@code name} is a valid picture name that exists under {@code catalogDir/images}. */
    public static Optional<Path> resolve(Path catalogDir, String name) {
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = catalogDir.resolve(FOLDER).resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The pictures in {@code catalogDir/images} that no item of {@code catalog} names (left by an undo, say). */
    public static List<String> unused(Path catalogDir, Catalog catalog) throws IOException {
        Path folder = catalogDir.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Set<String> named = catalog.items().values().stream().flatMap(List::stream)
                .flatMap(item -> item.image().stream()).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(name -> NAME.matcher(name).matches() && !named.contains(name)).sorted().toList();
        }
    }

    /** @return what is wrong with the picture, or empty when it is fine */
    public static Optional<CheckMessage> problem(Path catalogDir, String name) {
        if (!NAME.matcher(name).matches()) {
            return Optional.of(CheckMessage.of("image.bad-name", name, FOLDER));
        }
        Path file = catalogDir.resolve(FOLDER).resolve(name);
        if (!Files.isRegularFile(file)) {
            return Optional.of(CheckMessage.of("image.missing", FOLDER + "/" + name));
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return Optional.of(CheckMessage.of("image.too-big", FOLDER + "/" + name, size));
            }
            try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
                Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
                if (readers == null || !readers.hasNext()) {
                    return Optional.of(CheckMessage.of("image.not-picture", FOLDER + "/" + name));
                }
                ImageReader reader = readers.next();
                try {
                    reader.setInput(in);
                    int w = reader.getWidth(0);
                    int h = reader.getHeight(0);
                    if (Math.min(w, h) < 100 || Math.max(w, h) > 4096) {
                        return Optional.of(CheckMessage.of("image.bad-size", FOLDER + "/" + name, w, h));
                    }
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.of(CheckMessage.of("image.unreadable", FOLDER + "/" + name, e.getMessage()));
        }
        return Optional.empty();
    }
}
