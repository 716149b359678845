package com.moodbot.bench;

import com.moodbot.analysis.PhotoAnalysis;
import com.moodbot.analysis.PhotoAnalyzer;
import com.moodbot.channel.Channel;
import com.moodbot.emotion.EmotionClassifier;
import com.moodbot.messenger.AllowListImageFetcher;
import com.moodbot.options.CommandProperties;
import com.moodbot.options.ModelOptions;
import com.moodbot.recommend.CatalogService;
import com.moodbot.recommend.Recommender;
import com.moodbot.vision.FaceFinder;
import com.sun.net.httpserver.HttpServer;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Per-photo latency of the whole pipeline on a 1080x1440 JPEG: download over loopback, decode,
 * detect, crop, classify, recommend, on a FER2013 face scaled up onto a 1080x1440 canvas.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = "Per-photo pipeline latency (download from loopback, decode, detect, classify, recommend).")
public final class PipelineBench implements Callable<Integer>, CommandProperties {

    @Inject
    PhotoAnalyzer analyzer;

    @Inject
    FaceFinder finder;

    @Inject
    EmotionClassifier classifier;

    @Inject
    CatalogService catalogs;

    @Inject
    Recommender recommender;

    /** Serve's downloader, allowed to fetch from this bench's loopback server. */
    @Inject
    AllowListImageFetcher fetcher;

    @Option(names = "--data", required = true, description = "FER2013 CSV (.csv or .csv.gz)")
    Path data;

    @picocli.CommandLine.Mixin
    ModelOptions pipeline;

    @Option(names = "--catalog", defaultValue = "${env:MOODBOT_CATALOG_DIR:-recommendations}",
            description = "catalog folder (default: MOODBOT_CATALOG_DIR, else recommendations)")
    Path catalog;

    @Option(names = "--iterations", defaultValue = "200", description = "timed photos (default ${DEFAULT-VALUE})")
    int iterations;

    @Override
    public Map<String, Object> contextProperties() {
        Map<String, Object> properties = pipeline.properties(1);
        properties.put("moodbot.catalog.dir", catalog.toString());
        properties.put("moodbot.fetch.allowed-hosts", "127.0.0.1");
        properties.put("moodbot.fetch.allow-http", true);
        properties.put("moodbot.fetch.allow-private-addresses", true);
        return properties;
    }

    @Override
    public Integer call() throws Exception {
        catalogs.start();
        byte[] jpeg = BenchPhotos.withDetectableFace(data, 1080, 1440, finder);
        HttpServer server = LoopbackServer.create();
        server.createContext("/selfie.jpg", ex -> {
            ex.sendResponseHeaders(200, jpeg.length);
            ex.getResponseBody().write(jpeg);
            ex.close();
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/selfie.jpg";
        try {
            for (int i = 0; i < 20; i++) {
                run(fetcher, analyzer, recommender, url);
            }
            Latencies total = new Latencies(iterations);
            for (int i = 0; i < iterations; i++) {
                long t0 = System.nanoTime();
                run(fetcher, analyzer, recommender, url);
                total.add(System.nanoTime() - t0);
            }
            System.out.printf(Locale.ROOT, "pipeline, 1080x1440 JPEG (%d KB), detector %s, device %s: %s%n",
                    jpeg.length / 1024, finder.detectorName(), classifier.device(), total.summary());
        } finally {
            server.stop(0);
        }
        return 0;
    }

    private static void run(AllowListImageFetcher fetcher, PhotoAnalyzer analyzer, Recommender recommender, String url)
            throws Exception {
        PhotoAnalysis analysis = analyzer.analyze(fetcher.fetch(url));
        recommender.recommend(Channel.WEB, "bench", analysis.main().orElseThrow(() -> new IllegalStateException("no face found")).emotion());
    }
}
