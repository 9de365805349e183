package se.platslage.ogc;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Absolute links (OGC 17-069r4 §7.2: clients follow them as they are), built from the request's own scheme,
 * host and port, so they are right under whatever name the app is reached by. Behind a proxy that rewrites
 * the host, set {@code server.forward-headers-strategy=framework} so X-Forwarded-* headers are honoured.
 */
final class OgcLinks {

    private final String base;

    private OgcLinks(String base) {
        this.base = base;
    }

    static OgcLinks of(HttpServletRequest request) {
        return new OgcLinks(ServletUriComponentsBuilder.fromContextPath(request).path("/ogc").build().toUriString());
    }

    String to(String path) {
        return base + path;
    }

    /** {@code path} with the given query parameters (values encoded), in their order. */
    String to(String path, Map<String, String> query) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(base + path);
        query.forEach((k, v) -> uri.queryParam(k, "{" + k + "}"));
        return uri.encode().buildAndExpand(query).toUriString();
    }
}
