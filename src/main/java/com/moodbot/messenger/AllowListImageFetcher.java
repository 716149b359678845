package com.moodbot.messenger;

import com.moodbot.conversation.ImageFetcher;
import com.moodbot.vision.ImageRejectedException.Reason;
import com.moodbot.vision.ImageRejectedException;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Downloads photos only from allow-listed hosts over HTTPS, following redirects by hand so that
 * none leaves the list, with connect and total timeouts and a byte cap enforced while reading.
 */
@Singleton
public final class AllowListImageFetcher implements ImageFetcher {

    private final FetchConfig config;
    private final HttpClient http;
    private final ScheduledExecutorService watchdog =
            Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "image-fetch-watchdog");
                t.setDaemon(true);
                return t;
            });

    public AllowListImageFetcher(FetchConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public byte[] fetch(String url) throws ImageRejectedException {
        URI uri = check(url);
        long deadline = System.nanoTime() + config.readTimeout().toNanos();
        for (int hop = 0; hop <= config.maxRedirects(); hop++) {
            HttpResponse<InputStream> response = send(uri, deadline);
            int status = response.statusCode();
            if (status >= 300 && status < 400) {
                close(response);
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> new ImageRejectedException(Reason.DOWNLOAD_FAILED, "redirect without Location"));
                uri = check(resolve(uri, location));
                continue;
            }
            if (status != 200) {
                close(response);
                throw new ImageRejectedException(Reason.DOWNLOAD_FAILED, "image host answered HTTP " + status);
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > config.maxBytes()) {
                close(response);
                throw new ImageRejectedException(Reason.TOO_LARGE, "image is " + declared + " bytes, over the cap");
            }
            return readCapped(response.body(), deadline);
        }
        throw new ImageRejectedException(Reason.DOWNLOAD_FAILED, "too many redirects");
    }

    private URI check(String url) throws ImageRejectedException {
        URI uri;
        try {
            uri = new URI(url);
        } catch (Exception e) {
            throw new ImageRejectedException(Reason.DOWNLOAD_FAILED, "malformed image URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || (scheme.equals("http") && config.allowHttp()))) {
            throw new ImageRejectedException(Reason.DOWNLOAD_FAILED, "refused image URL scheme '" + scheme + "'");
        }
        if (!config.allows(uri.getHost())) {
            throw new ImageRejectedException(Reason.DOWNLOAD_FAILED, "refused image host " + uri.getHost()
                    + " (not on the allow-list)");
        }
        if (!config.allowPrivateAddresses()) {
            PublicAddresses.check(uri.getHost());
        }
        return uri;
    }

    private static String resolve(URI base, String location) throws ImageRejectedException {
        try {
            return base.resolve(location).toString();
        } catch (IllegalArgumentException e) {
            throw new ImageRejectedException(Reason.DOWNLOAD_FAILED, "malformed redirect Location");
        }
    }

    private HttpResponse<InputStream> send(URI uri, long deadline) throws ImageRejectedException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new ImageRejectedException(Reason.DOWNLOAD_FAILED, "image host timed out");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofNanos(left)).GET().build();
        CompletableFuture<HttpResponse<InputStream>> future = http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        try {
            return future.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ImageRejectedException(Reason.DOWNLOAD_FAILED, "image host timed out");
        } catch (ExecutionException e) {
            // the request's own timeout is the same deadline, and may fire first on a busy machine
            if (e.getCause() instanceof HttpTimeoutException) {
                throw new ImageRejectedException(Reason.DOWNLOAD_FAILED, "image host timed out");
            }
            throw new ImageRejectedException(Reason.DOWNLOAD_FAILED, "image download failed: " + e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImageRejectedException(Reason.DOWNLOAD_FAILED, "interrupted");
        }
    }

    /** Reads at most maxBytes; a host that stalls mid-body is cut off when the total timeout runs out. */
    private byte[] readCapped(InputStream body, long deadline) throws ImageRejectedException {
        ScheduledFuture<?> cutOff = watchdog.schedule(() -> closeQuietly(body),
                Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        try (InputStream in = body; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            byte[] buf = new byte[16384];
            int n;
            while ((n = in.read(buf)) != -1) {
                if (out.size() + n > config.maxBytes()) {
                    throw new ImageRejectedException(Reason.TOO_LARGE, "image is over the cap of " + config.maxBytes() + " bytes");
                }
                out.write(buf, 0, n);
                if (System.nanoTime() > deadline) {
                    throw new ImageRejectedException(Reason.DOWNLOAD_FAILED, "image download too slow");
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            boolean late = System.nanoTime() >= deadline;
            throw new ImageRejectedException(Reason.DOWNLOAD_FAILED, late ? "image host too slow, cut off"
                    : "image download broke off: " + e.getClass().getSimpleName());
        } finally {
            cutOff.cancel(false);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the reader sees the close as an IOException
        }
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }
}
