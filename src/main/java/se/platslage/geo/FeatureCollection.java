package se.platslage.geo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import se.platslage.system.Page;

/**
 * A GeoJSON FeatureCollection (RFC 7946 §3.3) with typed features. Like OGC API Features it says how many
 * records matched and how many it holds; a paged one also its {@code limit} and {@code offset}.
 */
@JsonPropertyOrder({"type", "numberMatched", "numberReturned", "limit", "offset", "features"})
public record FeatureCollection<P>(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long numberMatched,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer limit,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer offset,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Feature<P>> features) {

    public static <P> FeatureCollection<P> of(List<Feature<P>> features, long matched, Page page) {
        return new FeatureCollection<>(matched, page == null ? null : page.limit(),
                page == null ? null : page.offset(), features);
    }

    @JsonProperty("type")
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = "FeatureCollection")
    public String type() {
        return "FeatureCollection";
    }

    @JsonProperty("numberReturned")
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
    public int numberReturned() {
        return features.size();
    }
}
