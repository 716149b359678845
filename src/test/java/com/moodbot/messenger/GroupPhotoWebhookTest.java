package com.moodbot.messenger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.analysis.GroupMood;
import com.moodbot.analysis.PhotoAnalysis;
import com.moodbot.analysis.PhotoAnalyzer;
import com.moodbot.bench.FakeGraphApi;
import com.moodbot.recommend.CatalogItem;
import com.moodbot.recommend.CatalogService;
import com.moodbot.support.FakeImageHost;
import com.moodbot.support.Photos;
import com.moodbot.support.Required;
import com.moodbot.support.TestServers;
import com.moodbot.support.Webhooks;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A group photo of three composed FER2013 faces through the signed webhook: the group line, then a
 * card from the items marked {@code group: true}, recorded by the fake Graph API. The moods are the
 * model's; the line's shape and counts are checked, not which moods.
 */
class GroupPhotoWebhookTest {

    static final String SECRET = "test-app-secret";
    static final Pattern LINE = Pattern.compile("3 faces: (\\d+ [a-z]+(?:, \\d+ [a-z]+)*)\\. For the group: ([a-z]+)\\. .+");
    static FakeGraphApi graph;
    static FakeImageHost images;
    static EmbeddedServer server;

    @BeforeAll
    static void start() throws Exception {
        graph = new FakeGraphApi();
        images = new FakeImageHost();
        server = TestServers.messenger(SECRET, graph, 11, Map.of(
                "moodbot.fetch.allowed-hosts", "127.0.0.1",
                "moodbot.fetch.allow-http", true,
                "moodbot.fetch.allow-private-addresses", true,
                "moodbot.warm-up.enabled", false));
    }

    @AfterAll
    static void stop() {
        TestServers.stopMessenger(server, graph, images);
    }

    @Test
    void threeFacesGetTheGroupLineAndAGroupCardOnMessenger() throws Exception {
        answersTheGroup("image.json", Map.of("MID", "m_group"), "1111");
    }

    @Test
    void threeFacesGetTheGroupLineAndAGroupCardOnInstagram() throws Exception {
        answersTheGroup("instagram-image.json", Map.of("IGSID", "5900", "MID", "aWdf_group"), "5900");
    }

    private static void answersTheGroup(String fixture, Map<String, String> values, String recipient) throws Exception {
        Required.fer2013("for the composed group photo");
        byte[] jpeg = Photos.threeFaces();
        PhotoAnalysis analysis = server.getApplicationContext().getBean(PhotoAnalyzer.class).analyze(jpeg);
        assertEquals(3, analysis.faces().size(), "the composed photo shows three readable faces");
        GroupMood group = analysis.group().orElseThrow();
        String url = images.put("/group-" + recipient + ".jpg", jpeg);
        Map<String, String> all = new HashMap<>(values);
        all.put("IMAGE_URL", url);

        assertEquals(200, Webhooks.postSigned(server, new SignatureVerifier(SECRET),
                Fixtures.webhook(fixture, all)).statusCode());

        List<FakeGraphApi.Call> calls = graph.callsTo(recipient);
        assertEquals(List.of("mark_seen", "typing_on", "text", "card"), calls.stream().map(FakeGraphApi.Call::kind).toList());
        String text = calls.get(2).text();
        Matcher m = LINE.matcher(text);
        assertTrue(m.matches(), text);
        int counted = 0;
        for (String part : m.group(1).split(", ")) {
            counted += Integer.parseInt(part.substring(0, part.indexOf(' ')));
        }
        assertEquals(3, counted, text);
        String title = calls.get(3).element().get("title").getStringValue();
        List<CatalogItem> items = server.getApplicationContext().getBean(CatalogService.class).current().items()
                .values().stream().flatMap(List::stream).filter(i -> i.title().english().equals(title)).toList();
        assertTrue(!items.isEmpty() && items.stream().allMatch(CatalogItem::group), "a group item: " + title);
        List<String> quick = calls.get(3).quickReplyPayloads();
        assertEquals("WRONG|" + group.mood().label(), quick.get(quick.size() - 1), "the group's mood");
    }
}
