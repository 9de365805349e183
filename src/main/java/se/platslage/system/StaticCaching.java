package se.platslage.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * How long a browser may keep the page's static files, so a second visit downloads almost nothing.
 *
 * <ul>
 *   <li>A webjar under its version ({@code /webjars/leaflet/1.9.4/dist/leaflet.js}) never changes: public,
 *       a year, immutable (RFC 8246). The pages name webjars with the version the build filled in from
 *       pom.xml; a new version is a new address.</li>
 *   <li>The application's own files (pages, scripts, styles, images) change with each build under the same
 *       address: {@code no-cache} (RFC 9111 §5.2.2.4: kept, but asked again before use) with an ETag, so
 *       the answer to a second visit is a 304 without a body.</li>
 *   <li>The district outlines ({@code /api/districts}, CC0 reference data, the same for everyone): {@code private,
 *       no-cache} with an ETag. Private: only signed-in users may read it, so no shared cache keeps it.</li>
 * </ul>
 * Everything else (the API) keeps Spring Security's {@code no-store}: its answers depend on who asks.
 * Spring Security adds its header only when none is set, so this filter decides for the static paths.
 *
 * IMPLEMENTATION NOTE: the ETag is the hash of the body ({@link ShallowEtagHeaderFilter}): the file is still
 * read on the server, but the few kilobytes of the application's own files are not worth an index of hashes.
 */
@Component
class StaticCaching extends OncePerRequestFilter {

    static final String YEAR = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";
    static final String REVALIDATE_PRIVATE = "private, no-cache";

    /** /webjars/{name}/{version}/…: the version segment starts with a digit (1.9.4, 4.5.1). */
    private static final Pattern VERSIONED_WEBJAR = Pattern.compile("^/webjars/[^/]+/\\d[^/]*/.+");
    private static final Pattern OWN_STATIC = Pattern.compile(
            "^/(|index\\.html|login\\.html|review\\.html|favicon\\.ico|(js|css|img|webjars)/.+)$");

    private final ShallowEtagHeaderFilter etags = new ShallowEtagHeaderFilter();

    StaticCaching() {
        // Weak: Tomcat does not gzip an answer with a strong ETag (the bytes sent would not be the tagged ones).
        etags.setWriteWeakETag(true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (read && VERSIONED_WEBJAR.matcher(path).matches()) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, YEAR);
            chain.doFilter(request, response);
        } else if (read && OWN_STATIC.matcher(path).matches()) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, REVALIDATE);
            etags.doFilter(request, response, chain);
        } else if (read && "/api/districts".equals(path)) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, REVALIDATE_PRIVATE);
            etags.doFilter(request, response, chain);
        } else {
            chain.doFilter(request, response);
        }
    }
}
