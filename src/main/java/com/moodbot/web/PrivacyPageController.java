package com.moodbot.web;

import com.moodbot.http.HtmlResources;
import com.moodbot.http.SimplePage;
import com.moodbot.i18n.DefaultLanguageConfig;
import com.moodbot.i18n.Language;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.util.Map;

/**
 * {@code GET /privacy/deletion}: how a person deletes what the bot keeps, in the language of
 * Accept-Language; the page a Facebook app names as its data-deletion instructions. Meta's callback
 * is the POST on the same path ({@code DataDeletionController}).
 */
@Controller("/privacy/deletion")
public class PrivacyPageController {

    private static final Map<Language, String> PAGES = Map.of(
            Language.EN, SimplePage.html("en", "moodbot: deleting your data", HtmlResources.read("privacy/deletion-en.html")),
            Language.ES, SimplePage.html("es", "moodbot: borrar tus datos", HtmlResources.read("privacy/deletion-es.html")));
    private final DefaultLanguageConfig defaultLanguage;

    public PrivacyPageController(DefaultLanguageConfig defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<String> instructions(HttpRequest<?> request) {
        Language language = defaultLanguage.forAcceptLanguage(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE));
        return HttpResponse.ok(PAGES.get(language)).contentType(MediaType.TEXT_HTML_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code());
    }
}
