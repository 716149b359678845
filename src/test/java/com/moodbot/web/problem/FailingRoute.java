package com.moodbot.web.problem;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** A route of the API that fails, for {@link ApiProblemsTest} only. */
@Controller
@Requires(property = FailingRoute.ENABLED, value = "true")
class FailingRoute {

    static final String ENABLED = "moodbot.test.failing-route";
    static final String PATH = "/api/test-failure";
    static final String SECRET = "/srv/moodbot/secret-path";

    @Get(PATH)
    String fail() {
        throw new IllegalStateException("cannot read " + SECRET);
    }
}
