package com.moodbot.cli;

import com.moodbot.analysis.PhotoSlots;
import com.moodbot.config.Build;
import com.moodbot.emotion.ModelConfig;
import com.moodbot.emotion.ServedModel;
import com.moodbot.messenger.DispatchConfig;
import com.moodbot.messenger.FetchConfig;
import com.moodbot.messenger.MessengerConfig;
import com.moodbot.metrics.ManagementPort;
import com.moodbot.ops.PublicUrlConfig;
import com.moodbot.vision.FaceFinder;
import com.moodbot.vision.VisionConfig;
import com.moodbot.web.AdminConfig;
import com.moodbot.web.TrustedProxies;
import com.moodbot.web.WebAdmission;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code serve} says once it listens: where, with which detector, model, admin pages, capacity and proxies,
 * and a warning for photo downloads opened up for tests.
 */
final class StartupLines {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    private StartupLines() {
    }

    static void log(ApplicationContext context, EmbeddedServer server, ManagementPort management) {
        MessengerConfig messenger = context.getBean(MessengerConfig.class);
        LOG.info("moodbot {} is listening on {}, metrics on http://{}:{}/prometheus (Messenger webhook {})",
                Build.VERSION, server.getURL(),
                management.host().contains(":") ? "[" + management.host() + "]" : management.host(), management.port(),
                messenger.configured() ? "configured" : "not configured: answering 503 until secrets are set");
        String detector = context.getBean(FaceFinder.class).detectorName();
        if (detector.equals("yunet")) {
            LOG.info("Face detector: YuNet ({})", yunetPath(context));
        } else {
            LOG.warn("Face detector: OpenCV's Haar cascade, which misses many close selfies: no loadable YuNet model at {}",
                    yunetPath(context));
        }
        ServedModel model = context.getBean(ServedModel.class);
        if (model.size() > 1) {
            LOG.info("Emotion model: {} networks averaged, {} and its {} folder", model.size(),
                    context.getBean(ModelConfig.class).dir(), ServedModel.MEMBERS);
        }
        LOG.info(context.getBean(PublicUrlConfig.class).base().map(url -> "Card pictures and links under " + url)
                .orElse("No MOODBOT_PUBLIC_URL: Messenger cards go without pictures, their buttons straight to the item"));
        LOG.info(context.getBean(AdminConfig.class).enabled() ? "Admin pages on at {}admin"
                : "Admin pages off (they answer 404): set MOODBOT_ADMIN_TOKEN, 16 characters or more, to turn on {}admin",
                server.getURL() + "/");
        DispatchConfig dispatch = context.getBean(DispatchConfig.class);
        LOG.info("{} reply workers, at most {} events waiting, {} Messenger photos and {} web uploads analysed at once",
                dispatch.workers(), dispatch.queueCapacity(), context.getBean(PhotoSlots.class).size(),
                context.getBean(WebAdmission.class).slots());
        FetchConfig fetch = context.getBean(FetchConfig.class);
        List<String> opened = new ArrayList<>();
        if (fetch.allowHttp()) {
            opened.add("plain http (MOODBOT_FETCH_ALLOW_HTTP)");
        }
        if (fetch.allowPrivateAddresses()) {
            opened.add("private addresses (MOODBOT_FETCH_ALLOW_PRIVATE_ADDRESSES)");
        }
        if (!opened.isEmpty()) {
            LOG.warn("Photo downloads allow {}: for tests on one machine, never in production",
                    String.join(" and ", opened));
        }
        TrustedProxies proxies = context.getBean(WebAdmission.class).trustedProxies();
        LOG.info(proxies.isEmpty() ? "Web clients told apart by their connection's address (no MOODBOT_WEB_TRUSTED_PROXIES)"
                : "Web clients told apart by X-Forwarded-For when the connection comes from {}", proxies);
    }

    private static Path yunetPath(ApplicationContext context) {
        return context.getBean(VisionConfig.class).yunetPath(context.getBean(ModelConfig.class).dir());
    }
}
