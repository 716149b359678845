package com.moodbot.web;

import com.moodbot.channel.Channel;
import com.moodbot.i18n.Language;
import io.micronaut.http.HttpHeaders;
import com.moodbot.conversation.AnalysisView;
import com.moodbot.conversation.Conversation;
import com.moodbot.conversation.InboundEvent;
import com.moodbot.web.problem.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
}
