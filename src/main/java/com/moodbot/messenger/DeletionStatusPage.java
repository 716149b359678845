package com.moodbot.messenger;

import com.moodbot.http.SimplePage;
import com.moodbot.i18n.Language;
import java.util.Optional;

/** The data-deletion status URL as a person opens it from Facebook: what was erased, in their language. */
final class DeletionStatusPage {

    private DeletionStatusPage() {
    }

    static String html(Language language, String code, Optional<ErasedData> erased) {
        boolean es = language == Language.ES;
        String heading;
        String body;
        if (erased.isPresent()) {
            String summary = erased.get().summary(language);
            heading = (es ? "Borrado de datos " : "Data deletion ") + escape(code);
            body = Character.toUpperCase(summary.charAt(0)) + summary.substring(1) + ". "
                    + (es ? "Tus fotos nunca se guardaron." : "Your photos were never kept.");
        } else {
            heading = es ? "Código de confirmación desconocido" : "Unknown confirmation code";
            body = es ? "moodbot no emitió este código. Comprueba el enlace que te dio Facebook."
                    : "moodbot did not issue this code. Check the link Facebook gave you.";
        }
        return SimplePage.html(language.code(), "moodbot: " + heading, "  <h1>" + heading + "</h1>\n  <p>" + body + "</p>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
