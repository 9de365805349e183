package se.platslage.system;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of a list that is not GeoJSON ({@code items}), with the paging members the feature lists have. */
@JsonPropertyOrder({"numberMatched", "numberReturned", "limit", "offset", "items"})
public record ItemPage<T>(long numberMatched, int limit, int offset, List<T> items) {

    public static <T> ItemPage<T> of(List<T> items, long matched, Page page) {
        return new ItemPage<>(matched, page.limit(), page.offset(), items);
    }

    @JsonProperty("numberReturned")
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
    public int numberReturned() {
        return items.size();
    }
}
