package com.moodbot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.moodbot.support.TestModels;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code serve} in its own process, configured only by the environment variables README documents. */
class ServiceEnvironmentTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<String> get(ServiceProcess service, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.uri(path)).timeout(Duration.ofSeconds(10));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void messengerSecretsAdminTokenAndModelComeFromTheEnvironment() throws Exception {
        Path model = TestModels.writeRandom(Files.createTempDirectory("moodbot-env-model"), 5);
        try (ServiceProcess service = ServiceProcess.start(List.of("-Xmx512m", "-Dai.djl.offline=true"), Map.of(
                "MOODBOT_MESSENGER_APP_SECRET", "env-secret",
                "MOODBOT_MESSENGER_VERIFY_TOKEN", "env-verify",
                "MOODBOT_MESSENGER_PAGE_ACCESS_TOKEN", "env-page-token",
                "MOODBOT_ADMIN_TOKEN", "env-admin",
                "MOODBOT_MODEL_DIR", model.toString()), Duration.ofSeconds(90))) {
            HttpResponse<String> verify = get(service,
                    "/webhook?hub.mode=subscribe&hub.verify_token=env-verify&hub.challenge=4711");
            assertEquals(200, verify.statusCode(), verify.body());
            assertEquals("4711", verify.body());
            assertEquals(403, get(service, "/webhook?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1")
                    .statusCode());
            assertEquals(200, get(service, "/admin/status", "Authorization", "Bearer env-admin").statusCode());
            assertEquals(401, get(service, "/admin/status", "Authorization", "Bearer nope").statusCode());
        }
    }
}
