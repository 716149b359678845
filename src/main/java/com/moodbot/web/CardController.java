package com.moodbot.web;

import com.moodbot.conversation.Phrases;
import com.moodbot.i18n.Language;
import com.moodbot.emotion.Emotion;
import com.moodbot.analytics.Usage;
import com.moodbot.metrics.MoodbotMetrics;
import com.moodbot.recommend.CardArt;
import com.moodbot.recommend.CatalogItem;
import com.moodbot.recommend.CatalogService;
import com.moodbot.recommend.Category;
import com.moodbot.recommend.TapLinks;
import com.moodbot.recommend.learning.TapThroughStore;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.util.Optional;

/**
 * What card pictures and buttons point at: {@code GET /cards/CATEGORY/MOOD.png}, the bot's art
 * ({@code /pictures/NAME}, a catalog item's own picture, is {@link PictureController}'s) and
 * {@code GET /go/TOKEN} ({@code /go/es/TOKEN} for a card shown in Spanish), which counts the tap (once per token
 * per client per hour, {@link TapCounting}) and teaches the recommender ({@link TapThroughStore}), and redirects
 * (302) to the item's link in that language in the catalog in service; a HEAD (a link checker) is redirected but
 * not counted. A token that does not verify, or names an item no longer in the catalogs, gets 404.
 */
@Controller
public class CardController {

    private final CardArt art;
    private final TapLinks taps;
    private final CatalogService catalogs;
    private final MoodbotMetrics metrics;
    private final Usage usage;
    private final TapThroughStore learned;

    private final TapCounting counting;
    private final WebAdmission clients;
    private final GoneLinkPage gone;

    public CardController(TapLinks taps, CatalogService catalogs, MoodbotMetrics metrics, Usage usage,
                          TapCounting counting, WebAdmission clients, TapThroughStore learned, GoneLinkPage gone) {
        this.gone = gone;
        this.learned = learned;
        this.counting = counting;
        this.clients = clients;
        this.usage = usage;
        this.art = new CardArt();
        this.taps = taps;
        this.catalogs = catalogs;
        this.metrics = metrics;
    }

    @Get(value = "/cards/{category}/{mood}.png", produces = {MediaType.IMAGE_PNG, MediaType.ALL})
    public HttpResponse<byte[]> card(String category, String mood) {
        return card(Language.EN.code(), category, mood);
    }

    /**
     * The same art with its words in another language: {@code /cards/es/film/sad.png}. A PNG whatever types the
     * client lists (an image fetcher may name only image/webp).
     */
    @Get(value = "/cards/{language}/{category}/{mood}.png", produces = {MediaType.IMAGE_PNG, MediaType.ALL})
    public HttpResponse<byte[]> card(String language, String category, String mood) {
        Optional<Language> l = Language.ofCode(language);
        Optional<Category> c = Category.parse(category);
        Optional<Emotion> m = Emotion.parse(mood);
        if (l.isEmpty() || c.isEmpty() || m.isEmpty()) {
            return HttpResponse.notFound();
        }
        Phrases say = Phrases.of(l.get());
        return HttpResponse.ok(art.png(c.get(), m.get(), l.get(), say.cardHeading(c.get()), say.cardLine(m.get())))
                .contentType(MediaType.IMAGE_PNG_TYPE).header("Cache-Control", "public, max-age=86400");
    }

    /**
     * A card shown in English, or before links named their language: a dead one answers in the browser's.
     * Both routes answer whatever the client accepts (a redirect, or a short page for a dead link).
     */
    @Get(value = "/go/{token}", produces = {MediaType.TEXT_HTML, MediaType.ALL})
    public HttpResponse<?> go(String token, HttpRequest<?> request) {
        return go(Language.EN, token, request).orElseGet(() -> gone.answer(request));
    }

    @Get(value = "/go/{language}/{token}", produces = {MediaType.TEXT_HTML, MediaType.ALL})
    public HttpResponse<?> go(String language, String token, HttpRequest<?> request) {
        Optional<Language> l = Language.ofCode(language);
        if (l.isEmpty()) {
            return gone.answer(request);
        }
        return go(l.get(), token, request).orElseGet(() -> gone.answer(l.get()));
    }

    /** The redirect to the item's link in {@code language}; empty where the token or its item is gone. */
    private Optional<HttpResponse<?>> go(Language language, String token, HttpRequest<?> request) {
        Optional<TapLinks.Tap> tap = taps.verify(token);
        Optional<CatalogItem> item = tap.flatMap(t -> catalogs.current().item(t.category(), t.itemId()));
        if (item.isEmpty()) {
            return Optional.empty();
        }
        // a HEAD is a link checker, not a person opening the card
        boolean person = request.getMethod() == HttpMethod.GET;
        if (tap.get().countable() && person && counting.first(clients.client(request), token)) {
            metrics.cardTap(tap.get().category().label(), tap.get().mood().label(), item.get().id());
            usage.cardTapped(tap.get().channel(), tap.get().category(), tap.get().mood(), item.get().id());
            learned.tapped(tap.get().mood(), tap.get().category(), item.get().id());
        }
        // 302, never cached (a 301 would be remembered by the browser and later taps never counted)
        String link = item.get().url().in(language);
        return Optional.of(HttpResponse.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, link)
                .header(HttpHeaders.CACHE_CONTROL, "no-store"));
    }
}
