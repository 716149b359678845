package com.moodbot.web;

import io.micronaut.openapi.annotation.OpenAPIExclude;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/**
 * The OpenAPI document of the web API, written at build time by Micronaut's OpenAPI processor from the
 * controllers of {@code /api/*} (the others are left out) and served at {@value #PATH}.
 */
@OpenAPIDefinition(info = @Info(title = "moodbot", version = "1",
        description = "The web chat's API: a photo in, the mood and a recommendation out. Every error answer of "
                + "/api/* is RFC 9457 problem details (application/problem+json) with the bot's code and a message "
                + "for the person."))
@OpenAPIExclude(classNames = {"com.moodbot.web.AdminController", "com.moodbot.web.AdminPageController",
        "com.moodbot.web.CardController", "com.moodbot.messenger.WarmUpSink", "com.moodbot.messenger.WebhookController",
        "com.moodbot.messenger.DataDeletionController"})
public final class ApiDocument {

    public static final String PATH = "/openapi/moodbot.yml";

    private ApiDocument() {
    }
}
