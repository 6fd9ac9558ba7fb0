package app.cairn.messaging;

import app.cairn.shared.RefusedException;

/** A template was not saved or rendered because part of it is not valid template syntax. */
public class TemplateSyntaxException extends RefusedException {

    private final transient TemplateProblem problem;

    public TemplateSyntaxException(TemplateProblem problem) {
        super("messaging.error.template-syntax", problem.part(), String.valueOf(problem.line()), problem.message());
        this.problem = problem;
    }

    /** Where the error is and what it is. */
    public TemplateProblem problem() {
        return problem;
    }
}
