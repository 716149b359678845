package com.moodbot.web;

import com.moodbot.i18n.DefaultLanguageConfig;
import com.moodbot.i18n.Language;
import com.moodbot.i18n.Localized;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * What a person sees who taps a card's link that leads nowhere now (the item left the catalog, or a
 * mangled link): 404 with a line in the card's language where its link says it ({@code /go/es/...}), else the
 * browser's (else the bot's default), and a way back.
 */
@Singleton
public class GoneLinkPage {

    private static final Localized TEXT = new Localized(Map.of(
            Language.EN, "That suggestion is no longer available. Send me another selfie and I'll find you a new one.",
            Language.ES, "Esa sugerencia ya no está disponible. Mándame otro selfi y te busco una nueva."));
    private final DefaultLanguageConfig defaultLanguage;

    public GoneLinkPage(DefaultLanguageConfig defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
    }

    HttpResponse<String> answer(HttpRequest<?> request) {
        return answer(defaultLanguage.forAcceptLanguage(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    HttpResponse<String> answer(Language language) {
        return NoticePage.notFound(language, TEXT.in(language));
    }
}
