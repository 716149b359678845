package com.moodbot.web.problem;

import com.moodbot.i18n.Language;
import com.moodbot.i18n.Localized;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The bot's codes for the errors any route can answer, each with its status and what the person is told.
 * A photo that cannot be read is answered 422 with the reason's own code and the bot's own reply instead.
 */
public enum ProblemCode {
    BAD_REQUEST(400, "I couldn't read that request. Please send a photo.",
            "No he podido leer esa petición. Mándame una foto."),
    FOREIGN_ORIGIN(403, "This page can't talk to me from another site.",
            "Esta página no puede hablar conmigo desde otro sitio."),
    NOT_FOUND(404, "There is nothing here. Please send me a photo.", "Aquí no hay nada. Mándame una foto."),
    METHOD_NOT_ALLOWED(405, "I can't do that. Please send a photo.", "Eso no lo puedo hacer. Mándame una foto."),
    REQUEST_TIMEOUT(408, "Your photo took too long to arrive. Please try again, on a faster connection if you can.",
            "Tu foto ha tardado demasiado en llegar. Vuelve a intentarlo, con una conexión más rápida si puedes."),
    REQUEST_TOO_LARGE(413, "That photo is too big for me. Please send a smaller one.",
            "Esa foto es demasiado grande para mí. Mándame una más pequeña."),
    UNSUPPORTED_MEDIA_TYPE(415, "Please attach the photo as a file (a form upload with the photo in the field \"image\").",
            "Adjunta la foto como archivo (un formulario con la foto en el campo \"image\")."),
    TOO_MANY_REQUESTS(429, "You're sending photos a little fast. Please wait %d second%s and try again.",
            "Vas un poco rápido. Espera %d segundo%s y vuelve a intentarlo."),
    INTERNAL_ERROR(500, "Sorry, something went wrong. Please try again.", "Perdona, algo ha fallado. Inténtalo de nuevo."),
    SERVICE_UNAVAILABLE(503, "I'm restarting. Please send your photo again in a moment.",
            "Me estoy reiniciando. Vuelve a mandar tu foto dentro de un momento.");

    private final int status;
    private final Localized message;

    ProblemCode(int status, String english, String spanish) {
        this.status = status;
        this.message = new Localized(Map.of(Language.EN, english, Language.ES, spanish));
    }

    public int status() {
        return status;
    }

    /** As the JSON names it: {@code too_many_requests}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What the person is told; {@code seconds} fills in the wait of {@link #TOO_MANY_REQUESTS}. */
    public String message(Language language, long seconds) {
        return String.format(Locale.ROOT, message.in(language), seconds, seconds == 1 ? "" : "s");
    }

    /** The code of a status no route chose itself (the framework's errors): an unknown 4xx is a bad request. */
    public static ProblemCode of(int status) {
        return Arrays.stream(values()).filter(c -> c.status == status).findFirst()
                .orElse(status >= 500 ? INTERNAL_ERROR : BAD_REQUEST);
    }
}
