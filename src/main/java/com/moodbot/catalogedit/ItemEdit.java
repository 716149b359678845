package com.moodbot.catalogedit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One change to one catalog file: {@code originalId} null adds {@code item}; {@code item} null
 * removes {@code originalId}; both replace it. {@code revision} is the file's as the editor read it
 * (null: do not check).
 */
@Serdeable
public record ItemEdit(String category, @Nullable String originalId, @Nullable ItemForm item, @Nullable String revision) {

    String describe() {
        return originalId == null ? "added" : item == null ? "removed" : "edited";
    }

    boolean replaces() {
        return originalId != null && item != null;
    }

    /** The item's id after the edit, or the removed one's. */
    String id() {
        return item == null ? originalId : item.id();
    }
}
