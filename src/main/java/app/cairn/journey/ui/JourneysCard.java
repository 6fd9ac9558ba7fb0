package app.cairn.journey.ui;

import app.cairn.customer.CustomerSection;
import app.cairn.journey.CustomerJourney;
import app.cairn.journey.JourneyStatistics;
import app.cairn.shared.ui.FactList;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.List;

/** The customer page's journeys at a glance: the journeys they are in now, with the step, and how many ended. */
@org.springframework.stereotype.Component
class JourneysCard implements CustomerSection {

    private final JourneyStatistics statistics;

    JourneysCard(JourneyStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String titleKey() {
        return "customer.card.journeys";
    }

    @Override
    public Placement placement() {
        return Placement.SUMMARY;
    }

    @Override
    public Component create(long customerId) {
        UI ui = UI.getCurrent();
        List<CustomerJourney> journeys = statistics.ofCustomer(customerId);
        FactList facts = new FactList("customer-journeys-card");
        if (journeys.isEmpty()) {
            return facts.note(ui.getTranslation("customer.card.journeys.empty"));
        }
        journeys.stream()
                .filter(j -> j.endedAt() == null)
                .forEach(j -> facts.fact(
                        "journey",
                        j.journeyName(),
                        ui.getTranslation(
                                "customer.card.journeys.at",
                                ui.getTranslation(j.nodeType().labelKey()))));
        long ended = journeys.stream().filter(j -> j.endedAt() != null).count();
        if (ended == journeys.size()) {
            facts.note(ui.getTranslation("customer.card.journeys.none-now"));
        }
        facts.fact("ended", ui.getTranslation("customer.card.journeys.ended"), Long.toString(ended));
        return facts;
    }
}
