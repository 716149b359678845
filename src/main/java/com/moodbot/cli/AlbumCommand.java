package com.moodbot.cli;

import com.moodbot.album.AlbumPicker;
import com.moodbot.album.ContactSheet;
import com.moodbot.album.ScoredPhoto;
import com.moodbot.analysis.PhotoAnalyzer;
import com.moodbot.emotion.Emotion;
import com.moodbot.options.CommandProperties;
import com.moodbot.options.ModelOptions;
import com.moodbot.data.ImageFolderReader;
import com.moodbot.training.Progress;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code moodbot album DIR --emotion happy --top 10}: the photos that show an emotion most. */
@Command(name = "album", mixinStandardHelpOptions = true,
        description = "Rank every photo in a folder (recursively) by how strongly a face in it shows an emotion.")
public final class AlbumCommand implements Callable<Integer>, CommandProperties {

    @Inject
    JsonMapper json;

    @Inject
    Provider<PhotoAnalyzer> analyzer;

    @Parameters(index = "0", description = "folder of photos")
    Path dir;

    @Option(names = "--emotion", required = true, description = "angry, disgust, fear, happy, sad, surprise or neutral")
    String emotion;

    @Option(names = "--top", defaultValue = "10",
            description = "how many photos to list, 1 or more (default ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--json", description = "print one JSON object instead of text")
    boolean asJson;

    @Option(names = "--html", description = "write a contact sheet with thumbnails and scores")
    Path html;

    @picocli.CommandLine.Mixin
    ModelOptions pipeline;

    @Option(names = "--threads", defaultValue = "0", description = "worker threads (default: one per core)")
    int threads;

    @Override
    public Map<String, Object> contextProperties() {
        return pipeline.properties(workers());
    }

    private int workers() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    @Override
    public Integer call() throws Exception {
        Emotion wanted = Emotion.parse(emotion).orElse(null);
        if (wanted == null) {
            System.err.println("album: unknown emotion '" + emotion + "' (expected angry, disgust, fear, happy, sad, surprise, neutral)");
            return 2;
        }
        if (top < 1) {
            System.err.println("album: --top is how many photos to list: 1 or more, not " + top);
            return 2;
        }
        if (!Files.isDirectory(dir)) {
            System.err.println("album: " + (Files.exists(dir) ? "not a folder: " : "no such folder: ") + dir);
            return 2;
        }
        List<Path> photos;
        try (Stream<Path> walk = Files.walk(dir)) {
            photos = walk.filter(Files::isRegularFile).filter(ImageFolderReader::isImage).sorted().toList();
        }
        AlbumPicker.Result result;
        try (ProgressBar bar = Progress.bar("album", photos.size())) {
            result = new AlbumPicker(analyzer.get(), workers())
                    .pick(photos, wanted, top, line -> System.err.println("album: " + line), bar::step);
        }
        if (html != null) {
            ContactSheet.write(html, wanted.label(), result.top());
        }
        if (asJson) {
            System.out.println(json.writeValueAsString(new Summary(wanted.label(), result.scanned(), result.withoutFace(),
                    result.skipped(), result.top())));
        } else {
            int rank = 1;
            for (ScoredPhoto p : result.top()) {
                System.out.printf(Locale.ROOT, "%2d. %5.1f%%  %s (%d face%s)%n", rank++, p.score() * 100, p.file(), p.faces(),
                        p.faces() == 1 ? "" : "s");
            }
            System.out.printf(Locale.ROOT, "%d photos: %d without a readable face, %d skipped as unreadable%n",
                    result.scanned(), result.withoutFace(), result.skipped());
        }
        return 0;
    }

    @Serdeable
    record Summary(String emotion, int scanned, int withoutFace, int skipped, List<ScoredPhoto> top) {
    }
}
