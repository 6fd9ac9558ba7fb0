package app.cairn.ingest;

import java.util.List;

/** A refused API request: HTTP status, a one-line reason and the fields at fault. */
class ApiProblem extends RuntimeException {

    private final int status;
    private final transient List<FieldError> errors;

    ApiProblem(int status, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    int status() {
        return status;
    }

    List<FieldError> errors() {
        return errors;
    }
}
