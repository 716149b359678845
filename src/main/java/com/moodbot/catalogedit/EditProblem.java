package com.moodbot.catalogedit;

import com.moodbot.i18n.Language;
import com.moodbot.recommend.CatalogProblem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.nio.file.Path;
import java.util.List;

/**
 * A problem {@code catalog check} finds, as the editor shows it: the file's name (never the server's
 * folder), its line, the id of the item that line is in (when it is in one), the message in the
 * admin's language, and whether the line is in the item being edited (shown next to its row), with the field
 * there ({@code title.es}, {@code moods}: the form marks its input), and the message's key and values, from which
 * the form words the problems in its own fields in its own terms.
 */
@Serdeable
public record EditProblem(String file, int line, @Nullable String item, String message, boolean inItem,
                          @Nullable String field, String key, List<String> values) {

    /**
     * How one answer words its problems: in {@code language}, each with its item, and whether it is in
     * {@code edited}, the item being edited in {@code editedFile} (none: null).
     */
    record Wording(Language language, ItemsByLine items, @Nullable String editedFile,
                   @Nullable CatalogText.Result edited) {

        EditProblem of(CatalogProblem p) {
            String file = Path.of(p.file()).getFileName().toString();
            boolean inItem = edited != null && file.equals(editedFile) && edited.covers(p.line());
            return new EditProblem(file, p.line(), p.line() > 0 ? items.at(file, p.line()) : null, p.what().in(language),
                    inItem, inItem ? edited.fieldAt(p.line()) : null, p.what().key(), p.what().values());
        }
    }

    /** As the page shows it: {@code file:line (item): message}, without the line or the item where there is none. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + (item != null ? " (" + item + ")" : "") + ": " + message;
    }
}
