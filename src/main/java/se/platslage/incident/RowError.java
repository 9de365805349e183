package se.platslage.incident;

/** A row left out of an import, with the file line it starts on (1 = first line) and why. */
public record RowError(int line, String message) {
}
