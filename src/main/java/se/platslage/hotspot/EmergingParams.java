package se.platslage.hotspot;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import se.platslage.analysis.emerging.GlobalWindow;
import se.platslage.analysis.emerging.TimeStep;
import se.platslage.system.InvalidInputException;

/**
 * The time side of an emerging hot-spot request, checked in one place: {@code timeStep} ({@code month} default,
 * {@code week} or {@code quarter}), {@code timeWindow} (steps back in a bin's neighbourhood, 0-{@value #MAX_TIME_WINDOW},
 * default 1 as ArcGIS's neighbourhood time step), {@code globalWindow} ({@code cube} default: a bin is compared
 * with the whole period; {@code window}: with its own time window only).
 */
record EmergingParams(TimeStep timeStep, int timeWindow, GlobalWindow globalWindow) {

    static final int MAX_TIME_WINDOW = 12;

    static EmergingParams of(HttpServletRequest request) {
        String step = request.getParameter("timeStep");
        TimeStep timeStep;
        if (step == null || step.isBlank()) {
            timeStep = TimeStep.MONTH;
        } else {
            try {
                timeStep = TimeStep.valueOf(step.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("timeStep", "unknown value '" + step + "'; expected week, month or quarter");
            }
        }
        String window = request.getParameter("timeWindow");
        int timeWindow = 1;
        if (window != null && !window.isBlank()) {
            try {
                timeWindow = Integer.parseInt(window.trim());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("timeWindow", "'" + window + "' is not a whole number of time steps");
            }
            if (timeWindow < 0 || timeWindow > MAX_TIME_WINDOW) {
                throw new InvalidInputException("timeWindow", "must be 0-" + MAX_TIME_WINDOW + " time steps");
            }
        }
        String global = request.getParameter("globalWindow");
        GlobalWindow globalWindow;
        if (global == null || global.isBlank() || global.trim().equalsIgnoreCase("cube")) {
            globalWindow = GlobalWindow.ENTIRE_CUBE;
        } else if (global.trim().equalsIgnoreCase("window")) {
            globalWindow = GlobalWindow.NEIGHBOURHOOD_TIME_STEP;
        } else {
            throw new InvalidInputException("globalWindow", "unknown value '" + global + "'; expected cube or window");
        }
        return new EmergingParams(timeStep, timeWindow, globalWindow);
    }

    String timeStepName() {
        return timeStep.name().toLowerCase(Locale.ROOT);
    }

    String globalWindowName() {
        return globalWindow == GlobalWindow.ENTIRE_CUBE ? "cube" : "window";
    }
}
