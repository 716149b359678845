package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.recommend.CatalogItem;
import com.moodbot.recommend.CatalogService;
import com.moodbot.support.Photos;
import com.moodbot.support.Required;
import com.moodbot.support.EmbeddedDefaultServer;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code POST /api/analyze} with three composed faces: every face, the group, its line and a group card. */
class GroupPhotoAnalyzeTest {

    @RegisterExtension
    static final EmbeddedDefaultServer SERVER = new EmbeddedDefaultServer();

    private static PhotoAnswer upload(byte[] photo, String language) {
        MultipartBody body = MultipartBody.builder().addPart("image", "group.jpg", MediaType.IMAGE_JPEG_TYPE, photo).build();
        return SERVER.client().toBlocking().retrieve(HttpRequest.POST("/api/analyze", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).header("Accept-Language", language), PhotoAnswer.class);
    }

    @Test
    void threeFacesAreAnsweredForTheGroupInEnglishAndSpanish() {
        Required.fer2013("for the composed group photo");
        byte[] photo = Photos.threeFaces();
        for (String language : List.of("en", "es")) {
            PhotoAnswer answer = upload(photo, language);
            assertEquals(3, answer.faces().size(), "every face, with its box and mood");
            PhotoAnswer.Group group = answer.group();
            assertNotNull(group, "a group of three");
            assertEquals(3, group.faces());
            assertEquals(3, group.moods().values().stream().mapToInt(Integer::intValue).sum(), group.toString());
            assertEquals(group.mood(), group.moods().keySet().iterator().next(), "the most common first: " + group);
            assertEquals(answer.faces().stream().filter(f -> f.emotion().equals(group.mood())).count(),
                    (long) group.moods().get(group.mood()));
            String line = answer.replies().get(0).text();
            assertTrue(line.startsWith(language.equals("en") ? "3 faces: " : "3 caras: "), line);
            assertTrue(line.contains(language.equals("en") ? ". For the group: " : ". Para el grupo: "), line);
            assertEquals("card", answer.replies().get(1).type());
            String id = answer.recommendation().id();
            assertTrue(SERVER.context().getBean(CatalogService.class).current().items().values().stream()
                    .flatMap(List::stream).filter(i -> i.id().equals(id)).allMatch(CatalogItem::group), "a group item: " + id);
        }
    }

    @Test
    void oneFaceHasNoGroup() {
        Required.fer2013("for the fixture photo");
        byte[] selfie = Photos.jpeg(Photos.canvas(800, 600, List.of(Photos.detectableFaces().get(1)), new int[][] {{250, 120, 320}}));
        PhotoAnswer answer = upload(selfie, "en");
        assertEquals(1, answer.faces().size());
        assertEquals(null, answer.group());
    }
}
