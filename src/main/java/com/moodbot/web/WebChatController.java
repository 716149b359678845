package com.moodbot.web;

import com.moodbot.channel.Channel;
import com.moodbot.i18n.Language;
import io.micronaut.http.HttpHeaders;
import com.moodbot.conversation.AnalysisView;
import com.moodbot.conversation.Conversation;
import com.moodbot.conversation.InboundEvent;
import com.moodbot.recommend.CatalogItem;
import com.moodbot.recommend.CatalogService;
import com.moodbot.recommend.CatalogStatus;
import com.moodbot.web.problem.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import java.io.File;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The web channel beside Messenger: the chat page's quick replies go through the same
 * {@link Conversation}, and the catalog preview reads the catalogs in service.
 */
@Controller("/api")
public class WebChatController {

    private final Conversation conversation;
    private final CatalogService catalogs;

    public WebChatController(Conversation conversation, CatalogService catalogs) {
        this.conversation = conversation;
        this.catalogs = catalogs;
    }

    @Serdeable
    public record Choice(String payload) {
    }

    @Serdeable
    public record Replies(List<AnalysisView.ReplyView> replies) {
    }

    @Post("/choice")
    @Operation(summary = "Answer a quick reply", description = "The payload of a quick reply the bot sent")
    @ApiResponse(responseCode = "200", description = "the bot's replies",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Replies.class)))
    @ApiResponse(responseCode = "4XX", description = "400 not JSON; 403 posted from another site; 413 over 64 KiB; "
            + "429 too many requests, with Retry-After",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ExecuteOn(TaskExecutors.BLOCKING)
    @WebLimited(slot = false)
    @SameOrigin
    public Replies choose(@Body Choice choice, @Header("X-Moodbot-Session") @Nullable String session,
                          @Header(HttpHeaders.ACCEPT_LANGUAGE) @Nullable String acceptLanguage) {
        InboundEvent event = new InboundEvent.Choice(Channel.WEB, WebSession.person(session), UUID.randomUUID().toString(),
                choice.payload() == null ? "" : choice.payload());
        return new Replies(conversation.handle(event, Language.fromAcceptLanguage(acceptLanguage)).stream().map(AnalysisView.ReplyView::of).toList());
    }

    @Serdeable
    public record ItemView(String category, String id, String title, String description, List<String> moods,
                           double weight, String url, @Nullable String image, List<String> tags) {
        static ItemView of(CatalogItem i, Language l) {
            return new ItemView(i.category().label(), i.id(), i.title().in(l), i.description().in(l),
                    i.moods().stream().sorted().map(m -> m.label()).toList(), i.weight(), i.url(), i.image().orElse(null),
                    i.tags());
        }
    }

    /** The catalog status without the server's folder: problems name the file only. */
    @Serdeable
    public record PublicStatus(Instant loadedAt, @Nullable Instant lastCheck, @Nullable String lastResult,
                               List<String> problems, Map<String, Map<String, Integer>> counts) {
        static PublicStatus of(CatalogStatus s) {
            String prefix = s.dir() + File.separator;
            return new PublicStatus(s.loadedAt(), s.lastCheck(), s.lastResult(),
                    s.problems().stream().map(p -> p.replace(prefix, "")).toList(), s.counts());
        }
    }

    @Serdeable
    public record CatalogView(PublicStatus status, List<ItemView> items) {
    }

    @Get("/catalog")
    public CatalogView catalog(@Header(HttpHeaders.ACCEPT_LANGUAGE) @Nullable String acceptLanguage) {
        Language language = Language.fromAcceptLanguage(acceptLanguage).orElse(Language.EN);
        List<ItemView> items = catalogs.current().items().values().stream().flatMap(List::stream)
                .sorted(Comparator.comparing((CatalogItem i) -> i.category()).thenComparing(i -> i.title().in(language)))
                .map(i -> ItemView.of(i, language)).toList();
        return new CatalogView(PublicStatus.of(catalogs.status()), items);
    }
}
