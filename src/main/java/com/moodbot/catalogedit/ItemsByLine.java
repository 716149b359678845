package com.moodbot.catalogedit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which item a line of a catalog file belongs to, so the editor can name the item a problem is in
 * ({@code films.yml:386 (amelie-2001)}), from the files' texts as the editor read them (the edited one with
 * its edit); each file is laid out once, and a file that is not a list of items names none.
 */
final class ItemsByLine {

    private final Map<String, byte[]> files;
    private final Map<String, Optional<ItemBlocks.Layout>> layouts = new HashMap<>();

    private ItemsByLine(Map<String, byte[]> files) {
        this.files = files;
    }

    /** The files as {@code files} holds them (file name to bytes, as {@link CatalogEditor#filesOnDisk} read them). */
    static ItemsByLine of(Map<String, byte[]> files) {
        return new ItemsByLine(files);
    }

    /** The id of the item whose block holds {@code line} (1-based) of {@code file}, or null. */
    String at(String file, int line) {
        return layouts.computeIfAbsent(file, this::layout).flatMap(l -> l.blocks().stream()
                .filter(b -> b.covers(line)).findFirst())
                .map(ItemBlocks.Block::id).filter(id -> !id.isEmpty()).orElse(null);
    }

    private Optional<ItemBlocks.Layout> layout(String file) {
        byte[] bytes = files.get(file);
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return Optional.of(ItemBlocks.of(Arrays.asList(text.split("\n", -1))));
        } catch (ItemBlocks.UneditableException | RuntimeException notItems) {
            return Optional.empty();
        }
    }
}
