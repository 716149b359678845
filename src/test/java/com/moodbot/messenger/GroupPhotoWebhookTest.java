package com.moodbot.messenger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.analysis.GroupMood;
import com.moodbot.analysis.PhotoAnalysis;
import com.moodbot.analysis.PhotoAnalyzer;
import com.moodbot.bench.FakeGraphApi;
import com.moodbot.recommend.CatalogItem;
import com.moodbot.recommend.CatalogService;
import com.moodbot.support.Photos;
import com.moodbot.support.Required;
import com.moodbot.support.MessengerServer;
import com.moodbot.support.TestServers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A group photo of three composed FER2013 faces through the signed webhook: the group line, then a
 * card from the items marked {@code group: true}, recorded by the fake Graph API. The moods are the
 * model's; the line's shape and counts are checked, not which moods.
 */
class GroupPhotoWebhookTest {

    static final Pattern LINE = Pattern.compile("3 faces: (\\d+ [a-z]+(?:, \\d+ [a-z]+)*)\\. For the group: ([a-z]+)"
            + "( \\(a tie, so I picked the one I'm surest of\\))?\\. .+");

    @RegisterExtension
    static final MessengerServer BOT = new MessengerServer(TestServers.merged(TestServers.LOOPBACK_PHOTOS,
            Map.of("moodbot.warm-up.enabled", false)));

    @Test
    void threeFacesGetTheGroupLineAndAGroupCardOnMessenger() throws Exception {
        answersTheGroup("image.json", Map.of("MID", "m_group"), "1111");
        anotherOneIsForTheGroupToo("quick-reply.json", Map.of("PSID", "1111", "MID", "m_group_more"), "1111");
    }

    @Test
    void threeFacesGetTheGroupLineAndAGroupCardOnInstagram() throws Exception {
        answersTheGroup("instagram-image.json", Map.of("IGSID", "5900", "MID", "aWdf_group"), "5900");
        anotherOneIsForTheGroupToo("instagram-quick-reply.json", Map.of("IGSID", "5900", "MID", "aWdf_group_more"), "5900");
    }

    private static void answersTheGroup(String fixture, Map<String, String> values, String recipient) throws Exception {
        Required.fer2013("for the composed group photo");
        byte[] jpeg = Photos.threeFaces();
        PhotoAnalysis analysis = BOT.server().getApplicationContext().getBean(PhotoAnalyzer.class).analyze(jpeg);
        assertEquals(3, analysis.faces().size(), "the composed photo shows three readable faces");
        GroupMood group = analysis.group().orElseThrow();
        String url = BOT.images().put("/group-" + recipient + ".jpg", jpeg);
        Map<String, String> all = new HashMap<>(values);
        all.put("IMAGE_URL", url);

        assertEquals(200, BOT.postSigned(
                Fixtures.webhook(fixture, all)).statusCode());

        List<FakeGraphApi.Call> calls = BOT.graph().callsTo(recipient);
        assertEquals(List.of("mark_seen", "typing_on", "text", "card"), calls.stream().map(FakeGraphApi.Call::kind).toList());
        String text = calls.get(2).text();
        Matcher m = LINE.matcher(text);
        assertTrue(m.matches(), text);
        List<Integer> counts = java.util.Arrays.stream(m.group(1).split(", "))
                .map(part -> Integer.parseInt(part.substring(0, part.indexOf(' ')))).toList();
        assertEquals(3, counts.stream().mapToInt(Integer::intValue).sum(), text);
        boolean tie = counts.size() > 1 && counts.get(0).equals(counts.get(1));
        assertEquals(tie, m.group(3) != null, "the tie named where the top counts tie, and only there: " + text);
        String title = calls.get(3).element().get("title").getStringValue();
        assertTrue(isGroupItem(title), "a group item: " + title);
        List<String> quick = calls.get(3).quickReplyPayloads();
        String category = quick.get(0).split("\\|")[2];
        assertEquals("WRONG|" + group.mood().label() + "|group|" + category, quick.get(quick.size() - 1),
                "the group's mood, under the card's kind");
        assertTrue(quick.get(0).startsWith("MORE|" + group.mood().label() + "|") && quick.get(0).endsWith("|group"),
                "another one for the group: " + quick);
    }

    /** "Another one" under a group's card brings another group item, with the group's quick replies again. */
    private static void anotherOneIsForTheGroupToo(String fixture, Map<String, String> values, String recipient)
            throws Exception {
        String more = BOT.graph().callsTo(recipient).get(3).quickReplyPayloads().get(0);
        BOT.graph().reset();
        Map<String, String> all = new HashMap<>(values);
        all.put("PAYLOAD", more);
        assertEquals(200, BOT.postSigned(Fixtures.webhook(fixture, all)).statusCode());
        FakeGraphApi.Call card = BOT.graph().callsTo(recipient).stream().filter(c -> c.kind().equals("card"))
                .findFirst().orElseThrow();
        String title = card.element().get("title").getStringValue();
        assertTrue(isGroupItem(title), "another group item: " + title);
        assertEquals(more, card.quickReplyPayloads().get(0));
    }

    private static boolean isGroupItem(String title) {
        List<CatalogItem> items = BOT.server().getApplicationContext().getBean(CatalogService.class).current().items()
                .values().stream().flatMap(List::stream).filter(i -> i.title().english().equals(title)).toList();
        return !items.isEmpty() && items.stream().allMatch(CatalogItem::group);
    }
}
