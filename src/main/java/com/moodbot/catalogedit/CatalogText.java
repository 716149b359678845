package com.moodbot.catalogedit;

import com.moodbot.recommend.CheckMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A catalog file's text with one item added, replaced or removed in place: only that item's lines
 * change, so every comment, blank line and the order of the other items stay as they were.
 */
final class CatalogText {

    /** The new text, and the edited item's lines in it ({@code [start, end)}, 0-based; empty on removal). */
    record Result(String text, int start, int end) {
        boolean covers(int line1Based) {
            return line1Based > start && line1Based <= end;
        }

        /**
         * The field of the written item at {@code line1Based}, as {@link ItemYaml} lays it out: {@code moods}, or
         * {@code url.es} on a language's line under its field; null outside the item.
         */
        String fieldAt(int line1Based) {
            if (!covers(line1Based)) {
                return null;
            }
            String[] lines = text.split("\n", -1);
            int fields = lines[start].indexOf("id:");
            String language = null;
            for (int i = line1Based - 1; i >= start; i--) {
                String line = lines[i].stripTrailing();
                int indent = i == start ? fields : line.length() - line.stripLeading().length();
                String body = line.substring(indent);
                int colon = body.indexOf(':');
                if (colon > 0 && indent > fields && language == null) {
                    language = body.substring(0, colon);
                } else if (colon > 0 && indent == fields) {
                    return body.substring(0, colon) + (language == null ? "" : "." + language);
                }
            }
            return null;
        }
    }

    private static final int DEFAULT_DASH = 2;

    private CatalogText() {
    }

    /** A file written with CRLF line ends gets them on the new lines too (the split on LF leaves each CR in place). */
    private static List<String> endings(boolean crlf, List<String> lines) {
        return crlf ? lines.stream().map(l -> l + "\r").toList() : lines;
    }

    static Result apply(String text, ItemEdit edit) throws ItemBlocks.UneditableException, NoSuchItemException {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        ItemBlocks.Layout layout = ItemBlocks.of(lines);
        boolean crlf = text.contains("\r\n");
        if (edit.originalId() == null) {
            return add(lines, layout, edit.item(), crlf);
        }
        ItemBlocks.Block block = layout.find(edit.originalId()).orElseThrow(() -> new NoSuchItemException(edit.originalId()));
        List<String> replacement = edit.item() == null ? List.of()
                : endings(crlf, ItemYaml.lines(edit.item(), block.dash(), block.fields()));
        lines.subList(block.start(), block.end()).clear();
        lines.addAll(block.start(), replacement);
        return new Result(String.join("\n", lines), block.start(), block.start() + replacement.size());
    }

    private static Result add(List<String> lines, ItemBlocks.Layout layout, ItemForm item, boolean crlf) {
        int at;
        List<String> added;
        if (layout.empty()) {
            String key = lines.get(layout.itemsKeyLine());
            int indent = key.indexOf("items");
            lines.set(layout.itemsKeyLine(), key.substring(0, indent + "items".length()) + ":" + (crlf ? "\r" : ""));
            at = layout.itemsKeyLine() + 1;
            added = ItemYaml.lines(item, indent + DEFAULT_DASH, indent + DEFAULT_DASH + 2);
        } else {
            ItemBlocks.Block last = layout.blocks().get(layout.blocks().size() - 1);
            at = last.end();
            added = ItemYaml.lines(item, last.dash(), last.fields());
        }
        added = endings(crlf, added);
        lines.addAll(at, added);
        return new Result(String.join("\n", lines), at, at + added.size());
    }

    /** The edit names an item the file does not have (removed or renamed meanwhile). */
    static final class NoSuchItemException extends Exception {
        final CheckMessage what;

        NoSuchItemException(String id) {
            this(CheckMessage.of("edit.no-id", id));
        }

        private NoSuchItemException(CheckMessage what) {
            super(what.toString());
            this.what = what;
        }
    }
}
