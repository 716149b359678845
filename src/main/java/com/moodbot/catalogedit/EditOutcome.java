package com.moodbot.catalogedit;

import com.moodbot.i18n.Language;
import com.moodbot.recommend.CheckMessage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What a check, a save or a restore came to: {@code ok} (saved, or clean when only checked),
 * {@code invalid} (the problems say why; nothing was written), {@code stale} (the file changed
 * since the editor read it), or {@code missing} (no such item or version).
 */
@Serdeable
public record EditOutcome(String result, List<EditProblem> problems, @Nullable String revision) {

    static EditOutcome ok(String revision) {
        return new EditOutcome("ok", List.of(), revision);
    }

    static EditOutcome invalid(List<EditProblem> problems) {
        return new EditOutcome("invalid", problems, null);
    }

    /** Refused for what the edit asked (a stale file, an item that is gone): the form's own problem. */
    static EditOutcome failed(String result, String file, int line, CheckMessage what, Language language) {
        return refused(result, file, line, what, language, true);
    }

    /** Refused for the file on the server, which cannot be edited in place: shown with its file and line. */
    static EditOutcome failedInFile(String result, String file, int line, CheckMessage what, Language language) {
        return refused(result, file, line, what, language, false);
    }

    private static EditOutcome refused(String result, String file, int line, CheckMessage what, Language language,
                                       boolean inItem) {
        return new EditOutcome(result, List.of(new EditProblem(file, line, null, what.in(language), inItem, null,
                what.key(), what.values())), null);
    }

    boolean isOk() {
        return result.equals("ok");
    }
}
