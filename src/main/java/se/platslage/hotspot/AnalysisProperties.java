package se.platslage.hotspot;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code platslage.analysis.*}: the bounds that keep an analysis's memory and time bounded by the grid.
 *
 * @param maxCells                  most grid cells (hot spots) or pixels (density) one request may build
 * @param maxBandToCellRatio        largest distance band as a multiple of the cell size (neighbourhood size)
 * @param maxBandwidthToPixelRatio  largest kernel bandwidth as a multiple of the pixel size (work per incident)
 * @param cellSizeSample            most incidents read to choose a cell size (every k-th beyond that)
 */
@ConfigurationProperties("platslage.analysis")
public record AnalysisProperties(@DefaultValue("250000") int maxCells, @DefaultValue("50") int maxBandToCellRatio,
        @DefaultValue("20") int maxBandwidthToPixelRatio, @DefaultValue("200000") int cellSizeSample) {
}
