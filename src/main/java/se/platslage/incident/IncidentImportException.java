package se.platslage.incident;

import java.util.List;
import se.platslage.system.InvalidInputException;

/** A file none of whose rows could be read: a 400 on {@code file} listing the bad rows, nothing stored. */
class IncidentImportException extends InvalidInputException {

    private final transient List<RowError> errors;

    IncidentImportException(String message, List<RowError> errors) {
        super("file", message);
        this.errors = List.copyOf(errors);
    }

    List<RowError> errors() {
        return errors;
    }
}
