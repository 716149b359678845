package com.moodbot.catalogedit;

import com.moodbot.i18n.Language;
import com.moodbot.recommend.CatalogProblem;
import io.micronaut.serde.annotation.Serdeable;
import java.nio.file.Path;

/**
 * A problem {@code catalog check} finds, as the editor shows it: the file's name (never the server's
 * folder), its line, the message in the admin's language, and whether the line is in the item being edited (shown next to its row).
 */
@Serdeable
public record EditProblem(String file, int line, String message, boolean inItem) {

    static EditProblem of(CatalogProblem p, String editedFile, CatalogText.Result edited, Language language) {
        String file = Path.of(p.file()).getFileName().toString();
        return new EditProblem(file, p.line(), p.what().in(language),
                edited != null && file.equals(editedFile) && edited.covers(p.line()));
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
