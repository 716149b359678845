package com.moodbot.catalogedit;

import static com.moodbot.web.AdminGate.pageLanguage;

import com.moodbot.http.BodyCap;
import com.moodbot.recommend.CatalogService;
import com.moodbot.web.BodyCaps;
import com.moodbot.web.SameOrigin;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The catalog editor's JSON, behind the admin sign-in: 404 while the admin pages are off, 401
 * without a valid session cookie. Every change is a POST that {@link SameOrigin} guards (403 from a
 * foreign {@code Origin}), on top of the cookie's SameSite=Strict.
 */
@Controller("/admin/api/catalog")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CatalogEditorController {

    private final AdminSignIn signIn;
    private final CatalogEditor editor;
    private final CatalogService catalogs;
    private final long pictureMaxBytes;

    public CatalogEditorController(AdminSignIn signIn, CatalogEditor editor, CatalogService catalogs,
                                   BodyCaps caps) {
        this.pictureMaxBytes = caps.photoAlone(); // the picture route takes BodyCap.Size.PHOTO
        this.signIn = signIn;
        this.editor = editor;
        this.catalogs = catalogs;
    }

    @Serdeable
    public record Restore(String version) {
    }

    @Serdeable
    public record PutBack(String file, @Nullable String revision) {
    }

    @Serdeable
    public record Picture(String name) {
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> view(HttpRequest<?> request) {
        return gate(request, () -> HttpResponse.ok(io(() ->
                EditorView.of(editor, catalogs, pageLanguage(request), pictureMaxBytes))));
    }

    /** How many problems the files on disk have at the service's last look (every poll): the figures page's notice. */
    @Get(value = "/problems", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> problems(HttpRequest<?> request) {
        return gate(request, () -> HttpResponse.ok(new ProblemCount(catalogs.problemCount())));
    }

    @Serdeable
    public record ProblemCount(int problems) {
    }

    @Post(value = "/check", consumes = MediaType.APPLICATION_JSON)
    @SameOrigin
    public HttpResponse<?> check(HttpRequest<?> request, @Body ItemEdit edit) {
        return gate(request, () -> HttpResponse.ok(io(() -> editor.check(edit, pageLanguage(request)))));
    }

    @Post(value = "/save", consumes = MediaType.APPLICATION_JSON)
    @SameOrigin
    public HttpResponse<?> save(HttpRequest<?> request, @Body ItemEdit edit) {
        return gate(request, () -> answer(io(() -> editor.save(edit, pageLanguage(request)))));
    }

    @Post(value = "/restore", consumes = MediaType.APPLICATION_JSON)
    @SameOrigin
    public HttpResponse<?> restore(HttpRequest<?> request, @Body Restore restore) {
        return gate(request, () -> answer(io(() -> editor.restore(restore.version(), pageLanguage(request)))));
    }

    @Post(value = "/put-back", consumes = MediaType.APPLICATION_JSON)
    @SameOrigin
    public HttpResponse<?> putBack(HttpRequest<?> request, @Body PutBack putBack) {
        return gate(request, () -> answer(io(() ->
                editor.putBackInService(putBack.file(), putBack.revision(), pageLanguage(request)))));
    }

    @Post(value = "/pictures", consumes = MediaType.MULTIPART_FORM_DATA)
    @SameOrigin
    @BodyCap(BodyCap.Size.PHOTO)
    public HttpResponse<?> picture(HttpRequest<?> request, CompletedFileUpload picture) {
        return gate(request, () -> {
            CatalogPictures.Stored stored = io(() -> CatalogPictures.store(editor.dir(), picture.getFilename(),
                    picture.getBytes()));
            return stored.name().<HttpResponse<?>>map(n -> HttpResponse.ok(new Picture(n)))
                    .orElseGet(() -> HttpResponse.unprocessableEntity().body(Map.of("problem",
                            stored.problem().map(p -> p.in(pageLanguage(request))).orElse(""))));
        });
    }

    private static HttpResponse<?> answer(EditOutcome outcome) {
        HttpStatus status = switch (outcome.result()) {
            case "ok" -> HttpStatus.OK;
            case "stale" -> HttpStatus.CONFLICT;
            case "missing" -> HttpStatus.NOT_FOUND;
            default -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
        return HttpResponse.status(status).body(outcome);
    }

    private HttpResponse<?> gate(HttpRequest<?> request, Supplier<HttpResponse<?>> action) {
        if (!signIn.enabled()) {
            return HttpResponse.notFound();
        }
        if (!signIn.signedIn(request)) {
            return HttpResponse.status(HttpStatus.UNAUTHORIZED);
        }
        return action.get().toMutableResponse().header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @FunctionalInterface
    private interface IoAction<T> {
        T run() throws IOException;
    }

    private static <T> T io(IoAction<T> action) {
        try {
            return action.run();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
