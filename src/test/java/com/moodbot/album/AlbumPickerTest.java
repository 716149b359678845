package com.moodbot.album;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.analysis.PhotoAnalyzer;
import com.moodbot.emotion.Emotion;
import com.moodbot.emotion.EmotionClassifier;
import com.moodbot.emotion.TestTimeViews;
import com.moodbot.metrics.MoodbotMetrics;
import com.moodbot.support.Photos;
import com.moodbot.support.Required;
import com.moodbot.support.SharedData;
import com.moodbot.support.TestModels;
import com.moodbot.vision.FaceFinder;
import com.moodbot.vision.VisionConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlbumPickerTest {

    @TempDir
    Path dir;

    @Test
    void ranksPhotosByTheEmotionsProbabilityAndSkipsUnreadableFiles() throws Exception {
        Required.fer2013("for the fixture photos");
        Files.createDirectories(dir.resolve("trip/day2"));
        List<Path> photos = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Path p = dir.resolve(i % 2 == 0 ? "trip" : "trip/day2").resolve("p" + i + ".jpg");
            Files.write(p, Photos.jpeg(Photos.canvas(640, 480, List.of(Photos.detectableFaces().get(i)), new int[][] {{170, 90, 300}})));
            photos.add(p);
        }
        Path wall = dir.resolve("wall.jpg");
        Files.write(wall, Photos.jpeg(Photos.canvas(640, 480, List.of(), new int[0][])));
        Path junk = dir.resolve("junk.jpg");
        Files.writeString(junk, "not a photo");
        List<Path> all = new ArrayList<>(photos);
        all.add(wall);
        all.add(junk);

        Path model = TestModels.writeRandom(dir.resolve("model"), 21);
        try (FaceFinder finder = VisionConfig.defaults(null).newFaceFinder();
             EmotionClassifier classifier = EmotionClassifier.load(model, 2)) {
            PhotoAnalyzer analyzer = new PhotoAnalyzer(finder, classifier, TestTimeViews.CENTRE, MoodbotMetrics.none());
            List<String> warnings = new CopyOnWriteArrayList<>();
            AtomicInteger progress = new AtomicInteger();
            AlbumPicker.Result result = new AlbumPicker(analyzer, 2).pick(all, Emotion.HAPPY, 3, warnings::add,
                    progress::incrementAndGet);

            assertEquals(7, result.scanned());
            assertEquals(7, progress.get());
            assertEquals(1, result.withoutFace());
            assertEquals(1, result.skipped());
            assertEquals(1, warnings.size());
            assertTrue(warnings.get(0).startsWith("skipped " + junk), warnings.get(0));

            List<ScoredPhoto> expected = new ArrayList<>();
            for (Path p : photos) {
                float score = analyzer.analyze(Files.readAllBytes(p)).main().orElseThrow().probability(Emotion.HAPPY);
                expected.add(new ScoredPhoto(p.toString(), score, 1));
            }
            expected.sort(Comparator.comparingDouble(ScoredPhoto::score).reversed());
            assertEquals(expected.subList(0, 3).stream().map(ScoredPhoto::file).toList(),
                    result.top().stream().map(ScoredPhoto::file).toList());
            assertEquals(expected.get(0).score(), result.top().get(0).score(), 1e-6);

            Path html = dir.resolve("sheet.html");
            ContactSheet.write(html, "happy", result.top());
            String page = Files.readString(html);
            assertEquals(3, page.split("<img ", -1).length - 1);
            assertTrue(page.contains("data:image/jpeg;base64,"));
        }
    }
}
