package com.moodbot.web;

import com.moodbot.conversation.AnalysisView;
import com.moodbot.conversation.Conversation;
import com.moodbot.conversation.InboundEvent;
import com.moodbot.recommend.CatalogItem;
import com.moodbot.recommend.CatalogService;
import com.moodbot.recommend.CatalogStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Comparator;
import java.util.List;
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
    @ExecuteOn(TaskExecutors.BLOCKING)
    public Replies choose(@Body Choice choice, @Header("X-Moodbot-Session") @Nullable String session) {
        InboundEvent event = new InboundEvent.Choice(WebSession.person(session), "web:" + UUID.randomUUID(),
                choice.payload() == null ? "" : choice.payload());
        return new Replies(conversation.handle(event).stream().map(AnalysisView.ReplyView::of).toList());
    }

    @Serdeable
    public record ItemView(String category, String id, String title, String description, List<String> moods,
                           double weight, String url, @Nullable String image, List<String> tags) {
        static ItemView of(CatalogItem i) {
            return new ItemView(i.category().label(), i.id(), i.title(), i.description(),
                    i.moods().stream().sorted().map(m -> m.label()).toList(), i.weight(), i.url(), i.image().orElse(null),
                    i.tags());
        }
    }

    @Serdeable
    public record CatalogView(CatalogStatus status, List<ItemView> items) {
    }

    @Get("/catalog")
    public CatalogView catalog() {
        List<ItemView> items = catalogs.current().items().values().stream().flatMap(List::stream)
                .sorted(Comparator.comparing((CatalogItem i) -> i.category()).thenComparing(CatalogItem::title))
                .map(ItemView::of).toList();
        return new CatalogView(catalogs.status(), items);
    }
}
