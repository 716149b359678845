package com.moodbot.messenger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.support.FakeImageHost;
import com.moodbot.vision.ImageRejectedException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllowListImageFetcherTest {

    private static FetchConfig config(List<String> hosts, Duration total, boolean allowPrivate) {
        return new FetchConfig(hosts, true, Duration.ofSeconds(1), total, 1 << 20, 3, allowPrivate);
    }

    @Test
    void theTimeLimitCoversTheWholeDownloadRedirectsIncluded() throws Exception {
        try (FakeImageHost host = new FakeImageHost()) {
            for (int hop = 0; hop < 3; hop++) {
                String next = "/hop" + (hop + 1);
                host.handle("/hop" + hop, exchange -> {
                    sleep(400);
                    exchange.getResponseHeaders().add("Location", next);
                    exchange.sendResponseHeaders(302, -1);
                    exchange.close();
                });
            }
            host.put("/hop3", new byte[] {1, 2, 3});
            // each hop answers within a per-hop limit of 1 s, so only a limit on the whole download stops this one
            AllowListImageFetcher fetcher = new AllowListImageFetcher(config(List.of("127.0.0.1"), Duration.ofMillis(1000), true));
            ImageRejectedException e = assertThrows(ImageRejectedException.class, () -> fetcher.fetch(host.url("/hop0")));
            assertTrue(e.getMessage().contains("timed out"), e.getMessage());

            AllowListImageFetcher patient = new AllowListImageFetcher(config(List.of("127.0.0.1"), Duration.ofSeconds(30), true));
            assertArrayEquals(new byte[] {1, 2, 3}, patient.fetch(host.url("/hop0")), "three hops in time are fine");
        }
    }

    @Test
    void aRedirectToAMalformedLocationIsAKindRefusalNotACrash() throws Exception {
        try (FakeImageHost host = new FakeImageHost()) {
            host.handle("/bad", exchange -> {
                exchange.getResponseHeaders().add("Location", "/a photo with spaces.jpg");
                exchange.sendResponseHeaders(302, -1);
                exchange.close();
            });
            AllowListImageFetcher fetcher = new AllowListImageFetcher(config(List.of("127.0.0.1"), Duration.ofSeconds(2), true));
            ImageRejectedException e = assertThrows(ImageRejectedException.class, () -> fetcher.fetch(host.url("/bad")));
            assertEquals(ImageRejectedException.Reason.DOWNLOAD_FAILED, e.reason());
            assertTrue(e.getMessage().contains("malformed redirect"), e.getMessage());
        }
    }

    @Test
    void anAllowedNameThatResolvesToAPrivateAddressIsRefused() throws Exception {
        try (FakeImageHost host = new FakeImageHost()) {
            String url = host.put("/p.jpg", new byte[] {9}).replace("127.0.0.1", "localhost");
            AllowListImageFetcher strict = new AllowListImageFetcher(config(List.of("localhost"), Duration.ofSeconds(2), false));
            ImageRejectedException e = assertThrows(ImageRejectedException.class, () -> strict.fetch(url));
            assertTrue(e.getMessage().contains("non-public address"), e.getMessage());
        }
        for (String address : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "224.0.0.1", "::1", "fe80::1", "fd00::1", "::ffff:10.0.0.1"}) {
            assertFalse(PublicAddresses.isPublic(InetAddress.getByName(address)), address);
        }
        for (String address : new String[] {"157.240.1.35", "31.13.64.1", "2a03:2880:f10d:83:face:b00c:0:25de"}) {
            assertTrue(PublicAddresses.isPublic(InetAddress.getByName(address)), address);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
