package com.moodbot.web;

import com.moodbot.logging.LogSafe;
import com.moodbot.logging.LogThrottle;
import com.moodbot.recommend.CatalogConfig;
import com.moodbot.recommend.CatalogSource;
import com.moodbot.recommend.LocalImages;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /pictures/NAME}: a picture that an item of the catalogs in service names by file, from
 * the catalog folder's {@code images/}, streamed (never read whole), at most {@link LocalImages#MAX_BYTES};
 * any other file in that folder is not found. Cached by browsers and Messenger for an hour, revalidated
 * by ETag or Last-Modified.
 */
@Controller
public class PictureController {

    static final String CACHE_CONTROL = "public, max-age=3600";
    private static final Logger LOG = LoggerFactory.getLogger(PictureController.class);

    private final CatalogSource catalogs;
    private final CatalogConfig config;
    private final LogThrottle oversized = new LogThrottle(Duration.ofMinutes(1));

    public PictureController(CatalogSource catalogs, CatalogConfig config) {
        this.catalogs = catalogs;
        this.config = config;
    }

    @Get(value = "/pictures/{name}", produces = {"image/png", "image/jpeg", MediaType.ALL})
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<?> picture(String name, HttpRequest<?> request) throws IOException {
        if (!catalogs.current().namesPicture(name)) {
            return HttpResponse.notFound();
        }
        Optional<Path> file = LocalImages.resolve(config.dir(), name);
        if (file.isEmpty()) {
            return HttpResponse.notFound();
        }
        BasicFileAttributes attributes = Files.readAttributes(file.get(), BasicFileAttributes.class);
        long size = attributes.size();
        if (size > LocalImages.MAX_BYTES) {
            oversized.warn(LOG, name, "Picture {} is {} bytes, over the cap of {}: not served", LogSafe.value(name),
                    size, LocalImages.MAX_BYTES);
            return HttpResponse.notFound();
        }
        long modified = attributes.lastModifiedTime().toMillis();
        String etag = "\"" + Long.toHexString(size) + "-" + Long.toHexString(modified) + "\"";
        if (request.getHeaders().getAll(HttpHeaders.IF_NONE_MATCH).stream().anyMatch(etag::equals)) {
            return HttpResponse.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        }
        MediaType type = name.endsWith(".png") ? MediaType.IMAGE_PNG_TYPE : MediaType.IMAGE_JPEG_TYPE;
        StreamedFile body = new StreamedFile(new CappedInputStream(Files.newInputStream(file.get()), size), type,
                modified, size);
        return HttpResponse.ok(body).header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header("X-Content-Type-Options", "nosniff");
    }
}
