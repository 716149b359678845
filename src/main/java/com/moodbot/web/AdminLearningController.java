package com.moodbot.web;

import com.moodbot.i18n.Language;
import com.moodbot.recommend.learning.LearnedRanking;
import com.moodbot.recommend.learning.LearningOverview;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /admin/api/learning}: per mood and category, what the recommender has learned from taps
 * ({@link LearnedRanking}), for the admin page (session cookie) or a script (bearer token).
 */
@Controller("/admin")
public class AdminLearningController {

    private final AdminGate gate;
    private final LearningOverview learning;

    public AdminLearningController(AdminGate gate, LearningOverview learning) {
        this.gate = gate;
        this.learning = learning;
    }

    @Get(value = "/api/learning", produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<List<LearnedRanking>> learning(HttpRequest<?> request,
                                                       @Header(HttpHeaders.AUTHORIZATION) @Nullable String authorization) {
        Optional<MutableHttpResponse<List<LearnedRanking>>> refusal =
                gate.refusal(request, authorization, "/admin/api/learning");
        if (refusal.isPresent()) {
            return refusal.get();
        }
        Language language = AdminGate.pageLanguage(request);
        return HttpResponse.ok(learning.rankings(language)).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
