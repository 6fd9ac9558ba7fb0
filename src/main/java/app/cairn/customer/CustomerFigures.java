package app.cairn.customer;

import app.cairn.shared.KeyFigure;
import app.cairn.shared.KeyFigureSource;
import java.util.List;
import org.springframework.stereotype.Component;

/** Home-page figure: how many live customers there are. */
@Component
class CustomerFigures implements KeyFigureSource {

    private final CustomerQueries queries;

    CustomerFigures(CustomerQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<KeyFigure> keyFigures() {
        return List.of(new KeyFigure("figure.customers", queries.count(CustomerFilter.all()), 100));
    }
}
