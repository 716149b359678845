package com.moodbot.web.problem;

import io.micronaut.http.MediaType;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Every error answer of {@code /api/*}: RFC 9457 problem details ({@code application/problem+json}) with
 * the bot's {@code code} and a {@code message} for the person, in the request's language.
 */
@Serdeable
@Schema(name = "Problem", description = "RFC 9457 problem details, with the bot's code and a message for the person",
        requiredProperties = {"type", "title", "status", "detail", "code", "message"})
public record Problem(
        @Schema(description = "always about:blank: the status and code say what happened", example = "about:blank")
        String type,
        @Schema(description = "the status's reason phrase", example = "Too Many Requests")
        String title,
        @Schema(description = "the HTTP status", example = "429")
        int status,
        @Schema(description = "what went wrong, for developers (English)", example = "too many requests from one client")
        String detail,
        @Schema(description = "what went wrong, for programs", example = "too_many_requests")
        String code,
        @Schema(description = "what to tell the person, in the language of Accept-Language")
        String message) {

    public static final String CONTENT_TYPE = "application/problem+json";
    public static final MediaType MEDIA_TYPE = MediaType.of(CONTENT_TYPE);
    static final String TYPE = "about:blank";
}
