package app.cairn.commerce;

import app.cairn.customer.CustomersMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Moves a merged customer's orders and events to the customer it was merged into, inside the merge. */
@Component
class MergedCustomerData {

    private final JdbcClient jdbc;
    private final OrderFigures figures;
    private final LastEvents lastEvents;

    MergedCustomerData(JdbcClient jdbc, OrderFigures figures, LastEvents lastEvents) {
        this.jdbc = jdbc;
        this.figures = figures;
        this.lastEvents = lastEvents;
    }

    @EventListener
    void move(CustomersMerged merged) {
        jdbc.sql("UPDATE customer_order SET customer_id = ? WHERE customer_id = ?")
                .params(merged.keptId(), merged.mergedId())
                .update();
        jdbc.sql("UPDATE customer_event SET customer_id = ? WHERE customer_id = ?")
                .params(merged.keptId(), merged.mergedId())
                .update();
        figures.refresh(java.util.List.of(merged.keptId(), merged.mergedId()));
        lastEvents.refresh(java.util.List.of(merged.keptId(), merged.mergedId()));
    }
}
