package com.moodbot.bench;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Resident memory of a real {@code serve} process with every photo slot busy on a very large
 * photo: RSS when idle and ready, the peak (VmHWM) over rounds of concurrent uploads, and the
 * difference per slot, which is what an operator sizes a pod by. Linux only (reads /proc).
 */
@Command(name = "memory", mixinStandardHelpOptions = true,
        description = "Peak resident memory with every photo slot analysing a large photo.")
public final class MemoryBench implements Callable<Integer> {

    @Option(names = "--slots", defaultValue = "4", description = "photo slots, all kept busy (default ${DEFAULT-VALUE})")
    int slots;

    @Option(names = "--megapixels", defaultValue = "40", description = "size of each photo (default ${DEFAULT-VALUE})")
    int megapixels;

    @Option(names = "--rounds", defaultValue = "5",
            description = "rounds of --slots concurrent uploads (default ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--bombs", description = "instead of --megapixels photos, each decoding bomb of issue #29 on a fresh "
            + "service, with every photo slot (Messenger photos) and every web slot (uploads) busy on it")
    boolean bombs;

    @Option(names = "--web-slots", defaultValue = "2", description = "web slots, with --bombs (default ${DEFAULT-VALUE})")
    int webSlots;

    @Option(names = "--model", defaultValue = "${env:MOODBOT_MODEL_DIR:-models}",
            description = "model folder the service loads (default ${DEFAULT-VALUE})")
    Path model;

    @Option(names = "--service-jvm", split = " ", defaultValue = "-Xmx2g",
            description = "JVM options for the service (default ${DEFAULT-VALUE})")
    List<String> serviceJvm;

    @Override
    public Integer call() throws Exception {
        if (bombs) {
            return bombs();
        }
        byte[] photo = smoothJpeg(megapixels);
        List<String> jvm = new ArrayList<>(serviceJvm);
        jvm.add("-Dmoodbot.model.dir=" + model);
        try (ServiceProcess service = ServiceProcess.start(jvm, ServiceProcess.busySlotsEnv(slots, slots),
                Duration.ofMinutes(2))) {
            long pid = service.handle().pid();
            RssSampler rss = RssSampler.start(pid);
            long idle = rss.idle();
            HttpClient http = HttpClient.newHttpClient();
            int ok = 0;
            for (int r = 0; r < rounds; r++) {
                List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
                for (int s = 0; s < slots; s++) {
                    inFlight.add(http.sendAsync(PhotoUpload.request(service.uri("/api/analyze"), photo).build(),
                            HttpResponse.BodyHandlers.ofString()));
                }
                for (CompletableFuture<HttpResponse<String>> f : inFlight) {
                    ok += f.get().statusCode() == 200 ? 1 : 0;
                }
            }
            long peak = rss.stopAndPeak();
            System.out.printf(Locale.ROOT, "service JVM %s, %d photo slots, %d MP photos (%d KiB JPEG), %d rounds: "
                            + "%d of %d uploads analysed%n", String.join(" ", serviceJvm), slots, megapixels,
                    photo.length / 1024, rounds, ok, rounds * slots);
            System.out.printf(Locale.ROOT, "RSS ready and idle %d MiB; peak %d MiB; (peak - idle) / slots = %d MiB per slot%n",
                    idle / 1024, peak / 1024, (peak - idle) / 1024 / slots);
            return ok == rounds * slots ? 0 : 1;
        }
    }

    private int bombs() throws Exception {
        System.out.printf(Locale.ROOT, "service JVM %s, %d photo slots + %d web slots, %d rounds per bomb%n",
                String.join(" ", serviceJvm), slots, webSlots, rounds);
        boolean allAnswered = true;
        for (DecodingBombs.Bomb bomb : DecodingBombs.all()) {
            BombRun.Result result = BombRun.run(bomb, serviceJvm, model, slots, webSlots, rounds);
            System.out.println(result.line(slots, webSlots));
            allAnswered &= result.webOk() == result.web();
        }
        return allAnswered ? 0 : 1;
    }

    /** A smooth picture compresses well, so a 40 MP photo stays under the 8 MiB download cap. */
    private static byte[] smoothJpeg(int megapixels) throws Exception {
        int width = (int) Math.sqrt(megapixels * 1_000_000.0 * 4 / 3);
        int height = megapixels * 1_000_000 / width;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x3E7CB1), width, height, new Color(0xF2B705)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
