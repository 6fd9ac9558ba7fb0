package app.cairn.support;

import com.vaadin.flow.component.Component;
import java.time.Instant;

/**
 * A section of the support report contributed by another module (self-service answers), shown below the report's
 * own figures for the same period.
 */
public interface ReportSection {

    /** Translation key of the section's heading. */
    String titleKey();

    /** The section's content for the period. */
    Component create(Instant from, Instant to);
}
