package com.moodbot.messenger;

import com.moodbot.metrics.MoodbotMetrics;
import com.moodbot.logging.LogSafe;
import com.moodbot.logging.LogThrottle;
import com.moodbot.ops.ServiceState;
import com.moodbot.http.BodyCap;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Messenger Platform webhook, for the Page's Messenger and its Instagram account's Direct
 * messages alike. GET answers Facebook's subscription check; POST verifies the signature on
 * the raw bytes before reading anything, hands the events to the intake and answers once it has
 * them (in memory, or stored in Redis when durable).
 */
@Controller("/webhook")
public class WebhookController {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookController.class);
    private static final String NOT_CONFIGURED = "Messenger is not configured: set MOODBOT_MESSENGER_APP_SECRET, "
            + "MOODBOT_MESSENGER_VERIFY_TOKEN and MOODBOT_MESSENGER_PAGE_ACCESS_TOKEN.";
    private final MessengerConfig config;
    private final WebhookParser parser;
    private final EventIntake intake;
    private final SignatureVerifier verifier;
    private final int maxBodyBytes;
    private final ServiceState state;
    private final MoodbotMetrics metrics;
    private final LogThrottle refusals = new LogThrottle(Duration.ofSeconds(10));

    public WebhookController(MessengerConfig config, WebhookParser parser, EventIntake intake,
                             ServiceState state, MoodbotMetrics metrics) {
        this.state = state;
        this.metrics = metrics;
        this.maxBodyBytes = config.maxBodyBytes();
        this.config = config;
        this.parser = parser;
        this.intake = intake;
        this.verifier = config.configured() ? new SignatureVerifier(config.appSecret()) : null;
    }

    @Get(produces = MediaType.TEXT_PLAIN)
    public HttpResponse<String> verify(@QueryValue("hub.mode") @Nullable String mode,
                                       @QueryValue("hub.verify_token") @Nullable String token,
                                       @QueryValue("hub.challenge") @Nullable String challenge) {
        if (verifier == null) {
            return HttpResponse.<String>status(HttpStatus.SERVICE_UNAVAILABLE).body(NOT_CONFIGURED);
        }
        if ("subscribe".equals(mode) && token != null && challenge != null && MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), config.verifyToken().getBytes(StandardCharsets.UTF_8))) {
            LOG.info("Webhook subscription verified");
            return HttpResponse.ok(challenge);
        }
        refusals.warn(LOG, "verification", "Webhook verification refused (mode {}, token {})", LogSafe.value(mode),
                token == null ? "missing" : "wrong");
        return HttpResponse.<String>status(HttpStatus.FORBIDDEN).body("verification failed");
    }

    @Post(consumes = MediaType.ALL, produces = MediaType.TEXT_PLAIN)
    @BodyCap(BodyCap.Size.WEBHOOK)
    public CompletionStage<HttpResponse<String>> receive(@Header("X-Hub-Signature-256") @Nullable String signature,
                                                         @Body @Nullable byte[] body) {
        byte[] raw = body == null ? new byte[0] : body;
        HttpResponse<String> refused = refusal(signature, raw);
        if (refused != null) {
            return CompletableFuture.completedFuture(refused);
        }
        WebhookParser.Parsed parsed = parser.parse(raw);
        if (parsed.skipped() > 0) {
            LOG.warn("Skipped {} malformed webhook item(s)", parsed.skipped());
        }
        return intake.accept(parsed.events()).thenApply(accepted -> {
            if (!accepted) {
                count("busy");
                return HttpResponse.<String>status(HttpStatus.SERVICE_UNAVAILABLE).body("busy, retry later");
            }
            count("ok");
            return HttpResponse.ok("EVENT_RECEIVED");
        });
    }

    /** The answer for a post that must not be accepted, or null. */
    private HttpResponse<String> refusal(String signature, byte[] raw) {
        if (verifier == null) {
            count("not_configured");
            return HttpResponse.<String>status(HttpStatus.SERVICE_UNAVAILABLE).body(NOT_CONFIGURED);
        }
        if (raw.length > maxBodyBytes) {
            refusals.warn(LOG, "too_large", "Webhook POST refused: {} bytes is over the {} byte cap", raw.length,
                    maxBodyBytes);
            count("too_large");
            return HttpResponse.<String>status(HttpStatus.REQUEST_ENTITY_TOO_LARGE).body("body too large");
        }
        if (!verifier.verify(raw, signature)) {
            refusals.warn(LOG, "signature", "Webhook POST refused: {} signature ({} bytes)",
                    signature == null ? "missing" : "bad", raw.length);
            count("bad_signature");
            return HttpResponse.<String>status(HttpStatus.FORBIDDEN).body("bad signature");
        }
        if (state.phase() == ServiceState.Phase.DRAINING) {
            refusals.info(LOG, "draining", "Webhook POST refused with 503: stopping (Facebook redelivers it)");
            count("draining");
            return HttpResponse.<String>status(HttpStatus.SERVICE_UNAVAILABLE).body("stopping, retry later");
        }
        return null;
    }

    /** Posts before readiness (the warm-up's own loopback posts, mostly) are counted apart. */
    private void count(String outcome) {
        metrics.webhookPost(state.phase() == ServiceState.Phase.STARTING ? "starting" : outcome);
    }
}
