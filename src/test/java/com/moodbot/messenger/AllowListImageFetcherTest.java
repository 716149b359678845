package com.moodbot.messenger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.support.FakeImageHost;
import com.sun.net.httpserver.HttpServer;
import com.moodbot.vision.ImageRejectedException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
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
                "100.64.0.1", "0.0.0.0", "224.0.0.1", "192.0.0.8", "198.18.0.1", "198.19.255.1", "::1", "fe80::1", "fd00::1",
                "::ffff:10.0.0.1", "2001:0:4136:e378:8000:63bf:3fff:fdd2"}) {
            assertFalse(PublicAddresses.isPublic(InetAddress.getByName(address)), address);
        }
        for (String address : new String[] {"157.240.1.35", "31.13.64.1", "198.20.0.1", "192.0.1.1",
                "2a03:2880:f10d:83:face:b00c:0:25de", "2001:4860:4860::8888"}) {
            assertTrue(PublicAddresses.isPublic(InetAddress.getByName(address)), address);
        }
    }

    @Test
    void nat64And6to4FormsOfPrivateAddressesAreRefusedAndOfPublicOnesAllowed() throws Exception {
        // 127.0.0.1, 10.1.2.3, 169.254.169.254 and 192.168.1.1, in NAT64 (64:ff9b::/96) and 6to4 (2002::/16)
        for (String address : new String[] {"64:ff9b::7f00:1", "64:ff9b::a01:203", "64:ff9b::a9fe:a9fe",
                "64:ff9b::c0a8:101", "2002:7f00:1::1", "2002:a01:203::", "2002:a9fe:a9fe:1::1", "2002:c0a8:101::",
                "64:ff9b:1::9df0:123"}) {
            assertFalse(PublicAddresses.isPublic(InetAddress.getByName(address)), address);
        }
        for (String address : new String[] {"64:ff9b::9df0:123", "2002:9df0:123::1"}) {
            assertTrue(PublicAddresses.isPublic(InetAddress.getByName(address)), address + " (157.240.1.35)");
        }
        try (FakeImageHost host = new FakeImageHost()) {
            String url = host.put("/p.jpg", new byte[] {9}).replace("127.0.0.1", "photos.test");
            AllowListImageFetcher strict = new AllowListImageFetcher(config(List.of("photos.test"), Duration.ofSeconds(2), false),
                    name -> new InetAddress[] {InetAddress.getByName("64:ff9b::7f00:1")});
            ImageRejectedException e = assertThrows(ImageRejectedException.class, () -> strict.fetch(url));
            assertTrue(e.getMessage().contains("non-public address"), e.getMessage());
        }
    }

    @Test
    void theConnectionGoesToTheAddressFromTheOneLookupNotToASecondAnswer() throws Exception {
        try (FakeImageHost first = new FakeImageHost()) {
            AtomicInteger secondHits = new AtomicInteger();
            HttpServer second = HttpServer.create(new InetSocketAddress("127.0.0.2", first.port()), 0);
            second.createContext("/", exchange -> {
                secondHits.incrementAndGet();
                exchange.sendResponseHeaders(200, 3);
                exchange.getResponseBody().write(new byte[] {6, 6, 6});
                exchange.close();
            });
            second.start();
            try {
                AtomicReference<String> hostHeader = new AtomicReference<>();
                String url = first.handle("/p.jpg", exchange -> {
                    hostHeader.set(exchange.getRequestHeaders().getFirst("Host"));
                    exchange.sendResponseHeaders(200, 3);
                    exchange.getResponseBody().write(new byte[] {1, 2, 3});
                    exchange.close();
                }).replace("127.0.0.1", "photos.test");
                List<String> answers = List.of("127.0.0.1", "127.0.0.2");
                AtomicInteger lookups = new AtomicInteger();
                AllowListImageFetcher fetcher = new AllowListImageFetcher(config(List.of("photos.test"), Duration.ofSeconds(5), true),
                        name -> new InetAddress[] {InetAddress.getByName(answers.get(Math.min(lookups.getAndIncrement(), 1)))});
                assertArrayEquals(new byte[] {1, 2, 3}, fetcher.fetch(url), "the photo from the address looked up");
                assertEquals(1, lookups.get(), "one lookup per connection");
                assertEquals(0, secondHits.get(), "nothing went to the second answer");
                assertEquals("photos.test:" + first.port(), hostHeader.get(), "the Host header names the host, not the address");
            } finally {
                second.stop(0);
            }
        }
    }

    @Test
    void aNameThatRebindsToLoopbackAfterItsCheckIsNeverFetchedFromLoopback() throws Exception {
        try (FakeImageHost loopback = new FakeImageHost()) {
            AtomicInteger hits = new AtomicInteger();
            String url = loopback.handle("/p.jpg", exchange -> {
                hits.incrementAndGet();
                exchange.sendResponseHeaders(200, 1);
                exchange.getResponseBody().write(9);
                exchange.close();
            }).replace("127.0.0.1", "photos.test");
            // public first (TEST-NET-1, which nothing answers), loopback from the second lookup on
            AtomicInteger lookups = new AtomicInteger();
            AllowListImageFetcher strict = new AllowListImageFetcher(config(List.of("photos.test"), Duration.ofSeconds(2), false),
                    name -> new InetAddress[] {InetAddress.getByName(lookups.getAndIncrement() == 0 ? "192.0.2.1" : "127.0.0.1")});
            ImageRejectedException e = assertThrows(ImageRejectedException.class, () -> strict.fetch(url));
            assertEquals(ImageRejectedException.Reason.DOWNLOAD_FAILED, e.reason());
            assertEquals(0, hits.get(), "the loopback host was never reached");
            assertEquals(1, lookups.get(), "the name was looked up once, and only that answer was used");
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
