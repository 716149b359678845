package com.moodbot.web;

import com.moodbot.channel.Channel;
import com.moodbot.i18n.Language;
import io.micronaut.http.HttpHeaders;
import com.moodbot.conversation.AnalysisView;
import com.moodbot.conversation.Conversation;
import com.moodbot.conversation.InboundEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/**
 * The web channel beside Messenger: the chat page's quick replies go through the same
 * {@link Conversation}.
 */
@Controller("/api")
public class WebChatController {

    private final Conversation conversation;

    public WebChatController(Conversation conversation) {
        this.conversation = conversation;
    }

    @Serdeable
    public record Choice(String payload) {
    }

    @Serdeable
    public record Replies(List<AnalysisView.ReplyView> replies) {
    }

    @Post("/choice")
    @ExecuteOn(TaskExecutors.BLOCKING)
    @WebLimited(slot = false)
    @SameOrigin
    public Replies choose(@Body Choice choice, @Header("X-Moodbot-Session") @Nullable String session,
                          @Header(HttpHeaders.ACCEPT_LANGUAGE) @Nullable String acceptLanguage) {
        InboundEvent event = new InboundEvent.Choice(Channel.WEB, WebSession.person(session), UUID.randomUUID().toString(),
                choice.payload() == null ? "" : choice.payload());
        return new Replies(conversation.handle(event, Language.fromAcceptLanguage(acceptLanguage)).stream().map(AnalysisView.ReplyView::of).toList());
    }
}
