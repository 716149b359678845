package com.moodbot.messenger;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Body of {@code POST /{version}/me/messages}, in the Send API's own field names. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendRequest(
        Recipient recipient,
        @JsonProperty("messaging_type") @Nullable String messagingType,
        @Nullable Message message,
        @JsonProperty("sender_action") @Nullable String senderAction) {

    public static SendRequest action(String psid, String action) {
        return new SendRequest(new Recipient(psid), null, null, action);
    }

    public static SendRequest message(String psid, Message message) {
        return new SendRequest(new Recipient(psid), "RESPONSE", message, null);
    }

    @Serdeable
    public record Recipient(String id) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Message(@Nullable String text, @Nullable Attachment attachment,
                          @JsonProperty("quick_replies") @Nullable List<QuickReply> quickReplies) {
    }

    @Serdeable
    public record QuickReply(@JsonProperty("content_type") String contentType, String title, String payload) {
    }

    @Serdeable
    public record Attachment(String type, TemplatePayload payload) {
    }

    @Serdeable
    public record TemplatePayload(@JsonProperty("template_type") String templateType, List<Element> elements) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Element(String title, @Nullable String subtitle, @JsonProperty("image_url") @Nullable String imageUrl,
                          List<Button> buttons) {
    }

    @Serdeable
    public record Button(String type, String url, String title) {
    }
}
