package com.moodbot.messenger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.moodbot.channel.Channel;
import com.moodbot.conversation.InboundEvent;
import io.micronaut.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookParserTest {

    private final WebhookParser parser = new WebhookParser(JsonMapper.createDefault());

    @Test
    void imageMessage() {
        WebhookParser.Parsed p = parser.parse(Fixtures.webhook("image.json", Map.of("IMAGE_URL", "https://scontent.xx.fbcdn.net/a.jpg", "MID", "m_image_1")));
        assertEquals(List.of(new InboundEvent.Photo(Channel.MESSENGER, "1111", "m_image_1", List.of("https://scontent.xx.fbcdn.net/a.jpg"))), p.events());
    }

    @Test
    void stickerSentAsImageIsASticker() {
        assertEquals(List.of(new InboundEvent.Sticker(Channel.MESSENGER, "2222", "m_sticker_1")), parser.parse(Fixtures.webhook("sticker.json")).events());
    }

    @Test
    void textMessage() {
        assertEquals(List.of(new InboundEvent.Text(Channel.MESSENGER, "3333", "m_text_1", "hello there")), parser.parse(Fixtures.webhook("text.json")).events());
    }

    @Test
    void echoesDeliveriesReadsReactionsAndStandbyAreIgnored() {
        WebhookParser.Parsed p = parser.parse(Fixtures.webhook("echo-delivery-read.json"));
        assertEquals(List.of(), p.events());
        assertEquals(0, p.skipped());
    }

    @Test
    void everyEntryAndMessagingItemIsWalked() {
        assertEquals(List.of(
                new InboundEvent.Text(Channel.MESSENGER, "5555", "m_several_1", "first"),
                new InboundEvent.Unsupported(Channel.MESSENGER, "6666", "m_several_2", "audio"),
                new InboundEvent.Choice(Channel.MESSENGER, "5555", "m_several_3", "GET_STARTED")), parser.parse(Fixtures.webhook("several.json")).events());
    }

    @Test
    void aPostbackIsNamedByItsMidElseByItsTimeAndWithNeitherIsMalformed() {
        String body = "{\"object\":\"page\",\"entry\":[{\"id\":\"P\",\"time\":1,\"messaging\":["
                + "{\"sender\":{\"id\":\"9\"},\"postback\":{\"mid\":\"m_tap\",\"payload\":\"HELP\"}},"
                + "{\"sender\":{\"id\":\"9\"},\"timestamp\":42,\"postback\":{\"payload\":\"HELP\"}},"
                + "{\"sender\":{\"id\":\"9\"},\"postback\":{\"title\":\"x\",\"payload\":\"GET_STARTED\"}}]}]}";
        WebhookParser.Parsed p = parser.parse(body.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new InboundEvent.Choice(Channel.MESSENGER, "9", "m_tap", "HELP"),
                new InboundEvent.Choice(Channel.MESSENGER, "9", "postback:9:42", "HELP")), p.events());
        assertEquals(1, p.skipped(), "no mid and no time: not one id shared by every such tap of the person's");
    }

    /** A photo Facebook sent without a URL is still a photo the person sent: answered, not skipped. */
    @Test
    void anImageWithoutAUrlIsAnsweredAsOneThatCouldNotBeFetched() {
        String body = "{\"object\":\"page\",\"entry\":[{\"id\":\"P\",\"time\":1,\"messaging\":[{\"sender\":{\"id\":\"8\"},"
                + "\"recipient\":{\"id\":\"P\"},\"timestamp\":1,\"message\":{\"mid\":\"m_nourl\",\"attachments\":"
                + "[{\"type\":\"image\",\"payload\":{\"url\":\"\"}}]}}]}]}";
        WebhookParser.Parsed p = parser.parse(body.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new InboundEvent.Unsupported(Channel.MESSENGER, "8", "m_nourl",
                InboundEvent.Unsupported.IMAGE_WITHOUT_URL)), p.events());
        assertEquals(0, p.skipped());
    }

    @Test
    void quickReplyIsAChoice() {
        WebhookParser.Parsed p = parser.parse(Fixtures.webhook("quick-reply.json", Map.of("PSID", "42", "MID", "m_q", "PAYLOAD", "HELP")));
        assertEquals(List.of(new InboundEvent.Choice(Channel.MESSENGER, "42", "m_q", "HELP")), p.events());
    }

    @Test
    void unknownFieldsAndTypesDoNotBreakParsingAndMalformedItemsAreSkipped() {
        WebhookParser.Parsed p = parser.parse(Fixtures.webhook("unknown-fields.json"));
        assertEquals(List.of(
                new InboundEvent.Photo(Channel.MESSENGER, "7777", "m_unknown_1", List.of("https://scontent.xx.fbcdn.net/p.jpg")),
                new InboundEvent.Unsupported(Channel.MESSENGER, "7777", "m_unknown_2", "fallback")), p.events());
        assertEquals(2, p.skipped());
    }

    @Test
    void instagramEventsComeOnTheInstagramChannelWithTheirScopedIds() {
        String url = "https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=17&signature=abc";
        assertEquals(new WebhookParser.Parsed(List.of(new InboundEvent.Photo(Channel.INSTAGRAM, "5100", "aWdf_photo", List.of(url))), 0),
                parser.parse(Fixtures.webhook("instagram-image.json", Map.of("IGSID", "5100", "MID", "aWdf_photo", "IMAGE_URL", url))));
        assertEquals(List.of(new InboundEvent.Choice(Channel.INSTAGRAM, "5101", "aWdf_q", "LANG|es")),
                parser.parse(Fixtures.webhook("instagram-quick-reply.json", Map.of("IGSID", "5101", "MID", "aWdf_q",
                        "PAYLOAD", "LANG|es"))).events());
        assertEquals(List.of(new InboundEvent.Choice(Channel.INSTAGRAM, "5006",
                        "aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDAxOTk4NDY4MzpwYg", "GET_STARTED"),
                new InboundEvent.Unsupported(Channel.INSTAGRAM, "5006",
                        "aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDAxOTk4NDY4Mzp1bnN1cA", "unsupported")),
                parser.parse(Fixtures.webhook("instagram-postback-unsupported.json")).events(), "an ice breaker's tap, then a kind we cannot read");
    }

    @Test
    void instagramEchoesReadsReactionsAndDeletionsAreIgnoredNotSkipped() {
        assertEquals(new WebhookParser.Parsed(List.of(), 0), parser.parse(Fixtures.webhook("instagram-echo-read-reaction.json")));
    }

    @Test
    void notJsonOrNotAPageIsIgnored() {
        assertEquals(List.of(), parser.parse("{not json".getBytes(StandardCharsets.UTF_8)).events());
        assertEquals(List.of(), parser.parse("[1,2]".getBytes(StandardCharsets.UTF_8)).events());
        assertEquals(List.of(), parser.parse("{\"object\":\"instagram\",\"entry\":[]}".getBytes(StandardCharsets.UTF_8)).events());
        byte[] otherObject = new String(Fixtures.webhook("text.json"), StandardCharsets.UTF_8)
                .replace("\"object\":\"page\"", "\"object\":\"whatsapp_business_account\"").getBytes(StandardCharsets.UTF_8);
        assertEquals(new WebhookParser.Parsed(List.of(), 0), parser.parse(otherObject), "another product's webhook");
        assertEquals(List.of(), parser.parse(new byte[0]).events());
    }
}
