package se.platslage.ogc;

import java.util.List;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * The HTML view ({@code f=html} or {@code Accept: text/html}): plain pages with the same content and links as
 * the JSON, every value escaped, no inline script or style (the Content-Security-Policy allows neither).
 */
final class OgcHtml {

    private OgcHtml() {
    }

    static String page(String title, List<Ogc.Link> links, String body) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\"><title>")
                .append(e(title)).append(" – Platsläge OGC API</title></head><body>\n<h1>").append(e(title)).append("</h1>\n<ul>");
        for (Ogc.Link link : links) {
            html.append("<li><a href=\"").append(e(link.href())).append("\" rel=\"").append(e(link.rel())).append("\">")
                    .append(e(link.title() != null ? link.title() : link.rel())).append("</a> (").append(e(link.type()))
                    .append(")</li>");
        }
        return html.append("</ul>\n").append(body).append("\n</body></html>\n").toString();
    }

    /** A table with one row per feature: id and properties. */
    @SuppressWarnings("unchecked")
    static String features(List<Map<String, Object>> features, long matched) {
        StringBuilder html = new StringBuilder("<p>").append(features.size()).append(" av ").append(matched).append("</p>");
        if (features.isEmpty()) {
            return html.toString();
        }
        Map<String, Object> first = (Map<String, Object>) features.get(0).get("properties");
        html.append("<table><thead><tr>");
        first.keySet().forEach(k -> html.append("<th>").append(e(k)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (Map<String, Object> feature : features) {
            Map<String, Object> properties = (Map<String, Object>) feature.get("properties");
            html.append("<tr>");
            first.keySet().forEach(k -> html.append("<td>").append(e(String.valueOf(properties.get(k)))).append("</td>"));
            html.append("</tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    static String list(List<String> items) {
        StringBuilder html = new StringBuilder("<ul>");
        items.forEach(i -> html.append("<li>").append(e(i)).append("</li>"));
        return html.append("</ul>").toString();
    }

    static String e(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
