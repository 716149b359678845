package com.moodbot.bench;

import com.moodbot.messenger.SignatureVerifier;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpVersion;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop load over a fixed set of keep-alive connections, as Facebook delivers webhooks: signed
 * text-message posts go out on a fixed schedule whether or not earlier ones were answered, queueing
 * on their connection when it is busy. Latency counts from the scheduled send time, so a stall
 * cannot hide by slowing the sender down (no coordinated omission).
 */
final class WebhookLoad implements AutoCloseable {

    /** Facebook redelivers a refused post at once, then less and less often; here 0.5 s, doubling, 6 tries. */
    private static final long FIRST_REDELIVERY_MS = 500;
    private static final int MAX_ATTEMPTS = 6;
    private static final int LAST_REDELIVERY_SECONDS = (int) ((FIRST_REDELIVERY_MS << MAX_ATTEMPTS) / 1000);

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final List<Connection> connections = new ArrayList<>();
    private final URI uri;
    private final SignatureVerifier signer;
    private final int people;

    WebhookLoad(URI uri, String appSecret, int people, int connectionCount) throws InterruptedException {
        this.uri = uri;
        this.signer = new SignatureVerifier(appSecret);
        this.people = people;
        Bootstrap bootstrap = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true);
        for (int i = 0; i < connectionCount; i++) {
            Connection connection = new Connection(uri);
            bootstrap.handler(new ChannelInitializer<SocketChannel>() {
                @Override
                protected void initChannel(SocketChannel ch) {
                    ch.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(1 << 16), connection);
                }
            });
            connection.channel = bootstrap.connect(uri.getHost(), uri.getPort()).sync().channel();
            connections.add(connection);
        }
    }

    /**
     * @param ack     latency of every answer, including 503s
     * @param refused answers other than 200 (503, a balancer's 502); each was redelivered later, as Facebook does
     * @param failed  posts never accepted (any other status, or the connection lost)
     */
    record Result(Latencies ack, Latencies[] perSecond, int refused, int failed, double seconds) {
        double acksPerSecond() {
            return (ack.count() - refused - failed) / seconds;
        }
    }

    static String sender(int i, int people) {
        return "u" + (i % people);
    }

    /** Sends {@code posts} messages with ids {@code prefix + i} at {@code rate} per second. */
    Result run(String prefix, int posts, int rate) throws InterruptedException {
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        Run run = new Run(posts, rate, start);
        for (int i = 0; i < posts; i++) {
            long scheduled = start + i * interval;
            LockSupport.parkNanos(scheduled - System.nanoTime());
            byte[] body = ("{\"object\":\"page\",\"entry\":[{\"id\":\"P\",\"time\":1,\"messaging\":[{\"sender\":{\"id\":\""
                    + sender(i, people) + "\"},\"recipient\":{\"id\":\"P\"},\"timestamp\":1,\"message\":{\"mid\":\""
                    + prefix + i + "\",\"text\":\"hi\"}}]}]}").getBytes(StandardCharsets.UTF_8);
            Connection connection = connections.get(i % connections.size());
            Pending pending = new Pending(body, signer.header(body), scheduled, run, 1);
            connection.channel.eventLoop().execute(() -> connection.submit(pending));
        }
        if (!run.done.await(2L * LAST_REDELIVERY_SECONDS + 60, TimeUnit.SECONDS)) {
            throw new IllegalStateException(run.done.getCount() + " posts got no final answer");
        }
        return new Result(run.ack, run.perSecond, run.refused.get(), run.failed.get(), (System.nanoTime() - start) / 1e9);
    }

    private static final class Run {
        final Latencies ack;
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        final CountDownLatch done;
        final Latencies[] perSecond;
        private final long start;

        Run(int posts, int rate, long start) {
            this.start = start;
            ack = new Latencies(MAX_ATTEMPTS * posts);
            done = new CountDownLatch(posts);
            perSecond = new Latencies[posts / rate + 1 + LAST_REDELIVERY_SECONDS];
            for (int s = 0; s < perSecond.length; s++) {
                perSecond[s] = new Latencies(MAX_ATTEMPTS * rate);
            }
        }

        void answered(long dueAt) {
            long took = System.nanoTime() - dueAt;
            int second = (int) Math.min(perSecond.length - 1, (dueAt - start) / 1_000_000_000L);
            synchronized (ack) {
                ack.add(took);
                perSecond[second].add(took);
            }
        }

        void finish(boolean ok) {
            if (!ok) {
                failed.incrementAndGet();
            }
            done.countDown();
        }
    }

    /** A post waiting for its connection; {@code dueAt} is when it was due to be sent. */
    private record Pending(byte[] body, String signature, long dueAt, Run run, int attempt) {
        long redeliveryDelayMs() {
            return FIRST_REDELIVERY_MS << (attempt - 1);
        }

        Pending redelivery() {
            return new Pending(body, signature, System.nanoTime() + redeliveryDelayMs() * 1_000_000, run, attempt + 1);
        }

        FullHttpRequest request(URI uri) {
            FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST,
                    uri.getRawPath(), Unpooled.wrappedBuffer(body));
            request.headers().set(HttpHeaderNames.HOST, uri.getHost() + ":" + uri.getPort())
                    .set(HttpHeaderNames.CONTENT_TYPE, "application/json")
                    .set(HttpHeaderNames.CONTENT_LENGTH, body.length)
                    .set("X-Hub-Signature-256", signature);
            return request;
        }
    }

    /** One keep-alive connection: one request in flight, the rest wait in order. Runs on its event loop. */
    private static final class Connection extends SimpleChannelInboundHandler<FullHttpResponse> {
        private final URI uri;
        Channel channel;
        private final ArrayDeque<Pending> waiting = new ArrayDeque<>();
        private Pending inFlight;

        Connection(URI uri) {
            this.uri = uri;
        }

        void submit(Pending pending) {
            if (!channel.isActive()) {
                pending.run.finish(false);
            } else if (inFlight == null) {
                send(pending);
            } else {
                waiting.add(pending);
            }
        }

        private void send(Pending pending) {
            inFlight = pending;
            channel.writeAndFlush(pending.request(uri));
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpResponse response) {
            Pending done = inFlight;
            inFlight = null;
            if (done != null) {
                done.run.answered(done.dueAt);
                int status = response.status().code();
                // Facebook redelivers whatever it did not get a 200 for: a 503, or a balancer's 502/504.
                if (status != 200 && done.attempt < MAX_ATTEMPTS) {
                    done.run.refused.incrementAndGet();
                    Pending again = done.redelivery();
                    ctx.executor().schedule(() -> submit(again), done.redeliveryDelayMs(), TimeUnit.MILLISECONDS);
                } else {
                    done.run.finish(status == 200);
                }
            }
            Pending next = waiting.poll();
            if (next != null) {
                send(next);
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            if (inFlight != null) {
                inFlight.run.finish(false);
                inFlight = null;
            }
            for (Pending p; (p = waiting.poll()) != null; ) {
                p.run.finish(false);
            }
        }
    }

    @Override
    public void close() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }
}
