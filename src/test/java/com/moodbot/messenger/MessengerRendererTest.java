package com.moodbot.messenger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.channel.Channel;
import com.moodbot.conversation.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessengerRendererTest {

    @Test
    void textIsCutToTheSendApiLimitsWithAtMostThirteenQuickReplies() {
        List<Reply.QuickReply> quick = fifteenLongQuickReplies();
        SendRequest r = MessengerRenderer.render(Channel.MESSENGER, "psid", new Reply.Text("x".repeat(2500), quick));
        assertEquals("RESPONSE", r.messagingType());
        assertEquals(2000, r.message().text().length());
        assertEquals(13, r.message().quickReplies().size());
        assertEquals("A very long quick r…", r.message().quickReplies().get(0).title());
        assertEquals("text", r.message().quickReplies().get(0).contentType());
    }

    @Test
    void instagramGetsHalfMessengersTextWithTheSameTemplateAndQuickReplyLimits() {
        List<Reply.QuickReply> quick = fifteenLongQuickReplies();
        SendRequest text = MessengerRenderer.render(Channel.INSTAGRAM, "igsid", new Reply.Text("é".repeat(1500), quick));
        assertEquals("igsid", text.recipient().id());
        assertEquals(1000, text.message().text().codePointCount(0, text.message().text().length()));
        assertTrue(text.message().text().endsWith("…"));
        assertEquals(13, text.message().quickReplies().size());
        assertEquals("A very long quick r…", text.message().quickReplies().get(0).title(), "titles cut to 20");
        assertTrue(text.message().quickReplies().stream().allMatch(q -> q.contentType().equals("text")), "text only");
        assertEquals(1000, MessengerRenderer.render(Channel.INSTAGRAM, "igsid", new Reply.Text("x".repeat(1000), List.of()))
                .message().text().length(), "exactly at the limit: not cut");

        Reply.Card card = new Reply.Card("T".repeat(90), "S".repeat(85), Optional.of("https://example.org/i.jpg"),
                "/cards/film/happy.png", "A button title that is too long", "https://example.org", "/go/t", quick);
        SendRequest r = MessengerRenderer.render(Channel.INSTAGRAM, "igsid", card);
        assertEquals("generic", r.message().attachment().payload().templateType());
        assertEquals(1, r.message().attachment().payload().elements().size());
        SendRequest.Element e = r.message().attachment().payload().elements().get(0);
        assertEquals(80, e.title().length());
        assertEquals(80, e.subtitle().length());
        assertEquals(1, e.buttons().size());
        assertEquals(20, e.buttons().get(0).title().length());
        assertEquals(13, r.message().quickReplies().size());
        assertEquals(2000, MessengerRenderer.render(Channel.MESSENGER, "psid", new Reply.Text("x".repeat(2500), List.of()))
                .message().text().length(), "Messenger keeps its 2000");
    }

    @Test
    void cardBecomesAGenericTemplateWithinLimits() {
        Reply.Card card = new Reply.Card("T".repeat(90), "S".repeat(85), Optional.of("https://example.org/i.jpg"),
                "/cards/film/happy.png", "A button title that is too long", "https://example.org", "/go/t", List.of());
        SendRequest r = MessengerRenderer.render(Channel.MESSENGER, "psid", card);
        SendRequest.Element e = r.message().attachment().payload().elements().get(0);
        assertEquals("generic", r.message().attachment().payload().templateType());
        assertEquals(80, e.title().length());
        assertEquals(80, e.subtitle().length());
        assertEquals("https://example.org/i.jpg", e.imageUrl());
        assertEquals(20, e.buttons().get(0).title().length());
        assertEquals("web_url", e.buttons().get(0).type());
        assertEquals(null, r.message().quickReplies());
    }

    private static List<Reply.QuickReply> fifteenLongQuickReplies() {
        List<Reply.QuickReply> quick = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            quick.add(new Reply.QuickReply("A very long quick reply title " + i, "P" + i));
        }
        return quick;
    }
}
