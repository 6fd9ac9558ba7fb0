package app.cairn.journey.ui;

import app.cairn.journey.Journey;
import app.cairn.journey.JourneyManagement;
import app.cairn.journey.JourneyOverview;
import app.cairn.journey.JourneyStatistics;
import app.cairn.journey.JourneyStatus;
import app.cairn.journey.JourneyVersion;
import app.cairn.journey.NodeType;
import app.cairn.journey.StepStatistics;
import app.cairn.shared.ui.DashboardPanel;
import app.cairn.shared.ui.FactList;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The home page's running journeys: who is in each now, how many entered and converted, and e-mails it sent. */
@org.springframework.stereotype.Component
class ActiveJourneysPanel implements DashboardPanel {

    private final JourneyManagement journeys;
    private final JourneyStatistics statistics;

    ActiveJourneysPanel(JourneyManagement journeys, JourneyStatistics statistics) {
        this.journeys = journeys;
        this.statistics = statistics;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String titleKey() {
        return "dashboard.journeys";
    }

    @Override
    public Component create() {
        UI ui = UI.getCurrent();
        NumberFormat n = NumberFormat.getIntegerInstance(ui.getLocale());
        List<Journey> running = journeys.all().stream()
                .filter(j -> j.status() == JourneyStatus.LIVE || j.status() == JourneyStatus.PAUSED)
                .toList();
        FactList facts = new FactList("dashboard-journeys");
        if (running.isEmpty()) {
            return facts.note(ui.getTranslation("dashboard.journeys.empty"));
        }
        Map<Long, JourneyOverview> overview = statistics.overview();
        for (Journey journey : running) {
            JourneyOverview figures = overview.getOrDefault(journey.id(), new JourneyOverview(journey.id(), 0, 0, 0));
            String status =
                    journey.status() == JourneyStatus.PAUSED ? " · " + ui.getTranslation("journey.status.paused") : "";
            facts.fact(
                    "journey",
                    journey.name(),
                    ui.getTranslation(
                                    "dashboard.journeys.figures",
                                    n.format(figures.active()),
                                    n.format(figures.enrolled()),
                                    n.format(throughSendSteps(journey.id())),
                                    n.format(figures.converted()))
                            + status);
        }
        return facts;
    }

    /**
     * Customers who went through the journey's send steps (sent, or left out by consent, the cap or the
     * suppression list), over all its versions.
     */
    private long throughSendSteps(long journeyId) {
        Set<String> sendSteps = journeys.versions(journeyId).stream()
                .map(JourneyVersion::graph)
                .flatMap(graph -> graph.nodes().stream())
                .filter(node -> node.type() == NodeType.SEND_EMAIL)
                .map(node -> node.id())
                .collect(Collectors.toSet());
        return statistics.steps(journeyId).values().stream()
                .filter(step -> sendSteps.contains(step.node()))
                .mapToLong(StepStatistics::passed)
                .sum();
    }
}
