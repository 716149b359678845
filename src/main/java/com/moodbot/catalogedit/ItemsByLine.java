package com.moodbot.catalogedit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which item a line of a catalog file belongs to, so the editor can name the item a problem is in
 * ({@code films.yml:386 (amelie-2001)}). Each file is read once: the edited text for the file being
 * edited, the folder's file for the others; a file that is not a list of items names none.
 */
final class ItemsByLine {

    private final Path dir;
    private final String editedFile;
    private final String editedText;
    private final Map<String, Optional<ItemBlocks.Layout>> layouts = new HashMap<>();

    /** The files as they are in {@code dir}, none being edited. */
    static ItemsByLine onDisk(Path dir) {
        return new ItemsByLine(dir, null, null);
    }

    ItemsByLine(Path dir, String editedFile, String editedText) {
        this.dir = dir;
        this.editedFile = editedFile;
        this.editedText = editedText;
    }

    /** The id of the item whose block holds {@code line} (1-based) of {@code file}, or null. */
    String at(String file, int line) {
        return layouts.computeIfAbsent(file, this::layout).flatMap(l -> l.blocks().stream()
                .filter(b -> b.covers(line)).findFirst())
                .map(ItemBlocks.Block::id).filter(id -> !id.isEmpty()).orElse(null);
    }

    private Optional<ItemBlocks.Layout> layout(String file) {
        try {
            String text = file.equals(editedFile) ? editedText : Files.readString(dir.resolve(file));
            return Optional.of(ItemBlocks.of(Arrays.asList(text.split("\n", -1))));
        } catch (IOException | ItemBlocks.UneditableException | RuntimeException notItems) {
            return Optional.empty();
        }
    }
}
