package app.cairn.commerce;

import app.cairn.shared.KeyFigure;
import app.cairn.shared.KeyFigureSource;
import app.cairn.shared.UtcColumns;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Home-page figure: orders placed in the last 30 days. */
@Component
class CommerceFigures implements KeyFigureSource {

    private final JdbcClient jdbc;
    private final Clock clock;

    CommerceFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<KeyFigure> keyFigures() {
        long orders = jdbc.sql("SELECT COUNT(*) FROM customer_order WHERE placed_at >= ?")
                .param(UtcColumns.toColumn(clock.instant().minus(Duration.ofDays(30))))
                .query(Long.class)
                .single();
        return List.of(new KeyFigure("figure.orders-30d", orders, 110));
    }
}
