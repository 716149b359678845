package com.moodbot.catalogedit;

import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which item a line of a catalog file belongs to, so the editor can name the item a problem is in
 * ({@code films.yml:386 (amelie-2001)}). Each file is read once: from the texts it is given, and the
 * others from the folder, if it is given one; a file that is not a list of items names none.
 */
final class ItemsByLine {

    private final Map<String, String> texts;
    private final @Nullable Path dir;
    private final Map<String, Optional<ItemBlocks.Layout>> layouts = new HashMap<>();

    /** The files as {@code files} holds them (file name to bytes, as {@link CatalogEditor#filesOnDisk} read them). */
    static ItemsByLine of(Map<String, byte[]> files) {
        Map<String, String> texts = new HashMap<>();
        files.forEach((file, bytes) -> texts.put(file, new String(bytes, StandardCharsets.UTF_8)));
        return new ItemsByLine(texts, null);
    }

    /** {@code editedFile} as {@code editedText}, the others as they are in {@code dir}. */
    ItemsByLine(Path dir, String editedFile, String editedText) {
        this(Map.of(editedFile, editedText), dir);
    }

    private ItemsByLine(Map<String, String> texts, @Nullable Path dir) {
        this.texts = texts;
        this.dir = dir;
    }

    /** The id of the item whose block holds {@code line} (1-based) of {@code file}, or null. */
    String at(String file, int line) {
        return layouts.computeIfAbsent(file, this::layout).flatMap(l -> l.blocks().stream()
                .filter(b -> b.covers(line)).findFirst())
                .map(ItemBlocks.Block::id).filter(id -> !id.isEmpty()).orElse(null);
    }

    private Optional<ItemBlocks.Layout> layout(String file) {
        try {
            String text = texts.get(file);
            if (text == null && dir != null) {
                text = Files.readString(dir.resolve(file));
            }
            return text == null ? Optional.empty() : Optional.of(ItemBlocks.of(Arrays.asList(text.split("\n", -1))));
        } catch (IOException | ItemBlocks.UneditableException | RuntimeException notItems) {
            return Optional.empty();
        }
    }
}
