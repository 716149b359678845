package com.moodbot.messenger;

import com.moodbot.ops.ServiceState;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import java.net.InetAddress;

/**
 * A stand-in for the Send API that the warm-up calls over loopback, so that Micronaut's HTTP client
 * and the Send API request's JSON are warm before the first real reply. It answers only while the
 * service is starting and only to loopback; otherwise it does not exist (404).
 */
@Controller("/warm-up")
public class WarmUpSink {

    private final ServiceState state;

    public WarmUpSink(ServiceState state) {
        this.state = state;
    }

    @Post(value = "/send", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<String> send(HttpRequest<?> request, @Body String body) {
        InetAddress from = request.getRemoteAddress().getAddress();
        if (state.phase() != ServiceState.Phase.STARTING || from == null || !from.isLoopbackAddress()) {
            return HttpResponse.notFound();
        }
        return HttpResponse.ok("{\"recipient_id\":\"warm-up\",\"message_id\":\"m_warm_up\"}");
    }
}
