package com.moodbot.messenger;

import com.moodbot.conversation.ImageFetcher;
import com.moodbot.vision.ImageRejectedException;
import com.moodbot.vision.ImageRejectedException.Reason;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Downloads photos only from allow-listed hosts over HTTPS, following redirects by hand so that
 * none leaves the list, with connect and total timeouts and a byte cap enforced while reading. Each
 * connection goes to the addresses {@link PinnedResolver} checked, never to a second lookup's.
 */
@Singleton
public final class AllowListImageFetcher implements ImageFetcher {

    /** More than the photo slots ever hold at once. */
    private static final int MAX_CONNECTIONS = 64;

    private final FetchConfig config;
    private final CloseableHttpClient http;
    private final ScheduledExecutorService watchdog =
            Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "image-fetch-watchdog");
                t.setDaemon(true);
                return t;
            });

    @Inject
    public AllowListImageFetcher(FetchConfig config) {
        this(config, InetAddress::getAllByName);
    }

    AllowListImageFetcher(FetchConfig config, PinnedResolver.Lookup lookup) {
        this.config = config;
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new PinnedResolver(lookup, config.allowPrivateAddresses()))
                        .setMaxConnTotal(MAX_CONNECTIONS)
                        .setMaxConnPerRoute(MAX_CONNECTIONS)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableContentCompression()
                .build();
    }

    @Override
    public byte[] fetch(String url) throws ImageRejectedException {
        URI uri = check(url);
        long deadline = System.nanoTime() + config.readTimeout().toNanos();
        for (int hop = 0; hop <= config.maxRedirects(); hop++) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new ImageRejectedException(Reason.DOWNLOAD_FAILED, "image host timed out");
            }
            HttpGet get = new HttpGet(uri);
            get.setConfig(RequestConfig.custom()
                    .setConnectTimeout(Timeout.ofNanoseconds(Math.min(left, config.connectTimeout().toNanos())))
                    .setConnectionRequestTimeout(Timeout.ofNanoseconds(left))
                    .setResponseTimeout(Timeout.ofNanoseconds(left))
                    .setRedirectsEnabled(false)
                    .build());
            // cancelling discards the connection: a stalled host is cut off, and a refused body is not drained
            ScheduledFuture<?> cutOff = watchdog.schedule(get::cancel, left, TimeUnit.NANOSECONDS);
            CloseableHttpResponse response = null;
            try {
                response = send(get, deadline);
                int status = response.getCode();
                if (status >= 300 && status < 400) {
                    Header location = response.getFirstHeader("Location");
                    if (location == null) {
                        throw new ImageRejectedException(Reason.DOWNLOAD_FAILED, "redirect without Location");
                    }
                    uri = check(resolve(uri, location.getValue()));
                    continue;
                }
                if (status != 200) {
                    throw new ImageRejectedException(Reason.DOWNLOAD_FAILED, "image host answered HTTP " + status);
                }
                HttpEntity entity = response.getEntity();
                if (entity == null) {
                    return new byte[0];
                }
                if (entity.getContentLength() > config.maxBytes()) {
                    throw new ImageRejectedException(Reason.TOO_LARGE, "image is " + entity.getContentLength()
                            + " bytes, over the cap");
                }
                return readCapped(entity, deadline);
            } finally {
                cutOff.cancel(false);
                get.cancel();
                if (response != null) {
                    closeQuietly(response);
                }
            }
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
        return uri;
    }

    private static String resolve(URI base, String location) throws ImageRejectedException {
        try {
            return base.resolve(location).toString();
        } catch (IllegalArgumentException e) {
            throw new ImageRejectedException(Reason.DOWNLOAD_FAILED, "malformed redirect Location");
        }
    }

    private CloseableHttpResponse send(HttpGet get, long deadline) throws ImageRejectedException {
        try {
            return http.execute(get);
        } catch (PinnedResolver.RefusedHost e) {
            throw new ImageRejectedException(Reason.DOWNLOAD_FAILED, e.getMessage());
        } catch (IOException e) {
            // the response timeout is the same deadline, and may fire just before the watchdog
            if (System.nanoTime() >= deadline || e instanceof SocketTimeoutException) {
                throw new ImageRejectedException(Reason.DOWNLOAD_FAILED, "image host timed out");
            }
            throw new ImageRejectedException(Reason.DOWNLOAD_FAILED, "image download failed: " + e.getClass().getSimpleName());
        }
    }

    /** Reads at most maxBytes; a host that stalls mid-body is cut off when the watchdog cancels the request. */
    private byte[] readCapped(HttpEntity entity, long deadline) throws ImageRejectedException {
        try (InputStream in = entity.getContent(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
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
        }
    }

    private static void closeQuietly(CloseableHttpResponse response) {
        try {
            response.close();
        } catch (IOException ignored) {
            // the request was cancelled first: nothing is left to release
        }
    }
}
