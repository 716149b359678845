package com.moodbot.cli;

import com.moodbot.analysis.PhotoAnalysis;
import com.moodbot.analysis.PhotoAnalyzer;
import com.moodbot.channel.Channel;
import com.moodbot.conversation.AnalysisView;
import com.moodbot.emotion.ShownProbability;
import com.moodbot.options.CommandProperties;
import com.moodbot.options.ModelOptions;
import com.moodbot.recommend.CatalogService;
import com.moodbot.recommend.Recommender;
import com.moodbot.vision.ImageRejectedException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code moodbot predict IMAGE...}: the full pipeline on photo files. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Find faces in photos, read the mood of the largest, and recommend something.")
public final class PredictCommand implements Callable<Integer>, CommandProperties {

    @Inject
    JsonMapper json;

    /** Providers: a missing photo is reported before the catalogs and the model load. */
    @Inject
    Provider<CatalogService> catalogs;

    @Inject
    Provider<Recommender> recommender;

    @Inject
    Provider<PhotoAnalyzer> analyzer;

    @Parameters(arity = "1..*", description = "photo files")
    List<Path> images;

    @Option(names = "--json", description = "one JSON object per image")
    boolean asJson;

    @Option(names = "--catalog", defaultValue = "${env:MOODBOT_CATALOG_DIR:-recommendations}",
            description = "catalog folder (default: MOODBOT_CATALOG_DIR, else recommendations)")
    Path catalog;

    @picocli.CommandLine.Mixin
    ModelOptions pipeline;

    @Override
    public Map<String, Object> contextProperties() {
        Map<String, Object> properties = pipeline.properties(1);
        properties.put("moodbot.catalog.dir", catalog.toString());
        return properties;
    }

    @Override
    public Integer call() throws Exception {
        checkReadable(images);
        catalogs.get().start();
        int unread = 0; // files it could not read, or with no face to read
        for (Path image : images) {
            AnalysisView view;
            try {
                PhotoAnalysis analysis = analyzer.get().analyze(Files.readAllBytes(image));
                var rec = analysis.main().flatMap(f -> recommender.get().recommend(Channel.WEB, "cli", f.emotion()))
                        .map(AnalysisView.RecommendationView::of);
                view = AnalysisView.of(image.toString(), analysis, rec, null);
                if (view.emotion() == null) {
                    unread++;
                }
            } catch (ImageRejectedException | IOException e) {
                unread++;
                view = AnalysisView.failed(image.toString(), e.getMessage(), null);
            }
            System.out.println(asJson ? json.writeValueAsString(view) : describe(view));
        }
        return unread == 0 ? 0 : 1;
    }

    /** Before the catalogs and the model load (seconds): a missing file is the user's to fix, exit 2. */
    static void checkReadable(List<Path> files) throws NoSuchFileException {
        for (Path file : files) {
            if (!Files.exists(file)) {
                throw new NoSuchFileException(file.toString());
            }
            if (Files.isDirectory(file)) {
                throw new IllegalArgumentException("a folder, not a photo: " + file + " (`moodbot album --emotion MOOD "
                        + file + "` ranks the photos in a folder)");
            }
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new IllegalArgumentException("not a readable file: " + file);
            }
        }
    }

    private static String describe(AnalysisView v) {
        if (v.error() != null) {
            return v.file() + ": cannot read: " + v.error();
        }
        if (v.emotion() == null) {
            return v.file() + ": no readable face" + (v.facesTooSmall() > 0 ? " (" + v.facesTooSmall() + " too small)" : "");
        }
        String rec = Optional.ofNullable(v.recommendation()).map(r -> "; try " + r.category() + ": " + r.title()).orElse("");
        return String.format(Locale.ROOT, "%s: %s (%d%%), %d face%s%s", v.file(), v.emotion(),
                ShownProbability.percent(v.confidence()),
                v.faces(), v.faces() == 1 ? "" : "s", rec);
    }
}
