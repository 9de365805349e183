package se.platslage.hotspot;

import jakarta.servlet.http.HttpServletRequest;
import se.platslage.analysis.hotspot.CellInclusion;
import se.platslage.incident.IncidentAccess;
import se.platslage.security.Actor;
import se.platslage.system.InvalidInputException;

/**
 * The grid and band of a hot-spot request, in metres, checked in one place:
 * {@code cellSize} ({@value #MIN_CELL_METERS}-{@value #MAX_CELL_METERS} m; absent: chosen from the data),
 * {@code distanceBand} (at least the cell size, at most {@code maxBandToCellRatio} cells and
 * {@value #MAX_BAND_METERS} m; absent: chosen from the grid), {@code grid} ({@code square} default or
 * {@code hex}), {@code cells} ({@code all} default: every cell of the grid enters Gi*, or {@code non-empty}).
 */
record GridParams(Double cellSizeMeters, Double distanceBandMeters, boolean hex, CellInclusion inclusion) {

    static final double MIN_CELL_METERS = 10;
    static final double MAX_CELL_METERS = 10_000;
    static final double MAX_BAND_METERS = 50_000;

    static GridParams of(HttpServletRequest request, Actor actor, AnalysisProperties limits) {
        Double cell = metres(request.getParameter("cellSize"), "cellSize", MIN_CELL_METERS, MAX_CELL_METERS);
        if (cell != null && cell < IncidentAccess.MIN_AGGREGATE_CELL_METERS && !IncidentAccess.seesIncidents(actor)) {
            throw new InvalidInputException("cellSize", "cells below " + (int) IncidentAccess.MIN_AGGREGATE_CELL_METERS
                    + " m are for polis and admin only (they could single out incidents)");
        }
        Double band = metres(request.getParameter("distanceBand"), "distanceBand", 1, MAX_BAND_METERS);
        if (band != null && cell != null) {
            checkBand(band, cell, limits);
        }
        String grid = request.getParameter("grid");
        boolean hex;
        if (grid == null || grid.isBlank() || grid.trim().equalsIgnoreCase("square")) {
            hex = false;
        } else if (grid.trim().equalsIgnoreCase("hex")) {
            hex = true;
        } else {
            throw new InvalidInputException("grid", "unknown value '" + grid + "'; expected square or hex");
        }
        String cells = request.getParameter("cells");
        CellInclusion inclusion;
        if (cells == null || cells.isBlank() || cells.trim().equalsIgnoreCase("all")) {
            inclusion = CellInclusion.ALL_CELLS;
        } else if (cells.trim().equalsIgnoreCase("non-empty")) {
            inclusion = CellInclusion.NON_EMPTY_CELLS;
        } else {
            throw new InvalidInputException("cells", "unknown value '" + cells + "'; expected all or non-empty");
        }
        return new GridParams(cell, band, hex, inclusion);
    }

    /** A band must reach the adjacent cells and stay a bounded neighbourhood. */
    static void checkBand(double band, double cell, AnalysisProperties limits) {
        if (band < cell) {
            throw new InvalidInputException("distanceBand", "must be at least the cell size (" + cell
                    + " m), or no cell has a neighbour");
        }
        if (band > cell * limits.maxBandToCellRatio()) {
            throw new InvalidInputException("distanceBand", "at most " + limits.maxBandToCellRatio()
                    + " times the cell size (" + cell * limits.maxBandToCellRatio() + " m)");
        }
    }

    /** A positive size in metres within [min, max], or null when absent. */
    static Double metres(String text, String field, double min, double max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        double v;
        try {
            v = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "'" + text + "' is not a number (metres)");
        }
        if (!Double.isFinite(v) || v <= 0) {
            throw new InvalidInputException(field, "must be a positive number of metres");
        }
        if (v < min || v > max) {
            throw new InvalidInputException(field, "must be " + fmt(min) + "-" + fmt(max) + " m");
        }
        return v;
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    String gridName() {
        return hex ? "hex" : "square";
    }
}
