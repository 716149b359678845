package com.moodbot.bench;

import com.moodbot.analysis.PhotoAnalysis;
import com.moodbot.analysis.PhotoAnalyzer;
import com.moodbot.channel.Channel;
import com.moodbot.emotion.EmotionClassifier;
import com.moodbot.messenger.AllowListImageFetcher;
import com.moodbot.messenger.FetchConfig;
import com.moodbot.options.ModelOptions;
import com.moodbot.recommend.Catalog;
import com.moodbot.recommend.CatalogLoader;
import com.moodbot.recommend.ChannelHistories;
import com.moodbot.recommend.InMemoryHistoryStore;
import com.moodbot.recommend.Recommender;
import com.moodbot.vision.FaceFinder;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Per-photo latency of the whole pipeline on a 1080x1440 JPEG: download over loopback, decode,
 * detect, crop, classify, recommend, on a FER2013 face scaled up onto a 1080x1440 canvas.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = "Per-photo pipeline latency (download from loopback, decode, detect, classify, recommend).")
public final class PipelineBench implements Callable<Integer> {

    @Option(names = "--data", required = true, description = "FER2013 CSV (.csv or .csv.gz)")
    Path data;

    @picocli.CommandLine.Mixin
    ModelOptions pipeline;

    @Option(names = "--iterations", defaultValue = "200")
    int iterations;

    @Override
    public Integer call() throws Exception {
        Catalog catalog = new CatalogLoader(Clock.systemUTC()).load(Path.of("recommendations"));
        Recommender recommender = new Recommender(() -> catalog, ChannelHistories.shared(new InMemoryHistoryStore(10)), new SplittableRandom(1));
        FetchConfig fetch = new FetchConfig(List.of("127.0.0.1"), true, Duration.ofSeconds(3), Duration.ofSeconds(10),
                8L << 20, 3, true);
        AllowListImageFetcher fetcher = new AllowListImageFetcher(fetch);
        try (ApplicationContext context = pipeline.context(1)) {
            PhotoAnalyzer analyzer = context.getBean(PhotoAnalyzer.class);
            FaceFinder finder = context.getBean(FaceFinder.class);
            EmotionClassifier classifier = context.getBean(EmotionClassifier.class);
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
        }
        return 0;
    }

    private static void run(AllowListImageFetcher fetcher, PhotoAnalyzer analyzer, Recommender recommender, String url)
            throws Exception {
        PhotoAnalysis analysis = analyzer.analyze(fetcher.fetch(url));
        recommender.recommend(Channel.WEB, "bench", analysis.main().orElseThrow(() -> new IllegalStateException("no face found")).emotion());
    }
}
