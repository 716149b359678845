package com.moodbot.album;

import com.moodbot.analysis.PhotoAnalysis;
import com.moodbot.analysis.PhotoAnalyzer;
import com.moodbot.emotion.Emotion;
import com.moodbot.vision.ImageRejectedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Ranks photos by the chosen emotion's probability on their best face, keeping only the top N in
 * memory and a bounded number of photos in flight, spread over a thread pool.
 */
public final class AlbumPicker {

    public record Result(List<ScoredPhoto> top, int scanned, int withoutFace, int skipped) {
    }

    private final PhotoAnalyzer analyzer;
    private final int threads;

    public AlbumPicker(PhotoAnalyzer analyzer, int threads) {
        this.analyzer = analyzer;
        this.threads = Math.max(1, threads);
    }

    /**
     * @param warn receives one line per unreadable file
     * @param progress called once per photo processed
     */
    public Result pick(List<Path> photos, Emotion emotion, int top, Consumer<String> warn, Runnable progress)
            throws InterruptedException {
        Comparator<ScoredPhoto> byScore = Comparator.comparingDouble(ScoredPhoto::score).thenComparing(ScoredPhoto::file,
                Comparator.reverseOrder());
        PriorityQueue<ScoredPhoto> best = new PriorityQueue<>(byScore);
        AtomicInteger withoutFace = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        Semaphore inFlight = new Semaphore(threads * 2);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Path photo : photos) {
                inFlight.acquire();
                pool.execute(() -> {
                    try {
                        score(photo, emotion).ifPresentOrElse(s -> {
                            synchronized (best) {
                                best.add(s);
                                if (best.size() > top) {
                                    best.poll();
                                }
                            }
                        }, withoutFace::incrementAndGet);
                    } catch (IOException | ImageRejectedException | RuntimeException e) {
                        skipped.incrementAndGet();
                        warn.accept("skipped " + photo + ": " + e.getMessage());
                    } finally {
                        inFlight.release();
                        progress.run();
                    }
                });
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.DAYS);
        }
        List<ScoredPhoto> ranked = new ArrayList<>(best);
        ranked.sort(byScore.reversed());
        return new Result(ranked, photos.size(), withoutFace.get(), skipped.get());
    }

    private Optional<ScoredPhoto> score(Path photo, Emotion emotion) throws IOException, ImageRejectedException {
        PhotoAnalysis analysis = analyzer.analyze(Files.readAllBytes(photo));
        OptionalDouble best = analysis.faces().stream().mapToDouble(f -> f.probability(emotion)).max();
        return best.isPresent() ? Optional.of(new ScoredPhoto(photo.toString(), best.getAsDouble(),
                analysis.faces().size())) : Optional.empty();
    }
}
