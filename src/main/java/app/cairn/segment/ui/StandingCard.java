package app.cairn.segment.ui;

import app.cairn.customer.CustomerSection;
import app.cairn.segment.ClusterTrait;
import app.cairn.segment.CustomerStanding;
import app.cairn.segment.CustomerStandings;
import app.cairn.shared.ui.FactList;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.stream.Collectors;

/** The customer page's scores: the RFM cell and scores, the cluster in plain words, and the segments they are in. */
@org.springframework.stereotype.Component
class StandingCard implements CustomerSection {

    private static final int LISTED_SEGMENTS = 8;

    private final CustomerStandings standings;

    StandingCard(CustomerStandings standings) {
        this.standings = standings;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String titleKey() {
        return "customer.card.standing";
    }

    @Override
    public Placement placement() {
        return Placement.SUMMARY;
    }

    @Override
    public Component create(long customerId) {
        UI ui = UI.getCurrent();
        CustomerStanding standing = standings.of(customerId);
        FactList facts = new FactList("customer-standing");
        if (standing.rfm() == null) {
            facts.fact("rfm", ui.getTranslation("customer.card.rfm"), ui.getTranslation("customer.card.rfm.none"));
        } else {
            CustomerStanding.Rfm rfm = standing.rfm();
            facts.fact(
                    "rfm",
                    ui.getTranslation("customer.card.rfm"),
                    ui.getTranslation(
                            "customer.card.rfm.value",
                            ui.getTranslation("rfm.segment." + key(rfm.segment().name())),
                            rfm.r(),
                            rfm.f(),
                            rfm.m()));
        }
        facts.fact(
                "cluster",
                ui.getTranslation("customer.card.cluster"),
                standing.cluster() == null
                        ? ui.getTranslation("customer.card.cluster.none")
                        : ui.getTranslation(
                                "customer.card.cluster.value",
                                standing.cluster(),
                                standing.clusterTraits().stream()
                                        .map(t -> trait(ui, t))
                                        .collect(Collectors.joining(", "))));
        String segments = standing.segments().isEmpty()
                ? ui.getTranslation("customer.card.segments.none")
                : String.join(
                                ", ",
                                standing.segments().stream()
                                        .limit(LISTED_SEGMENTS)
                                        .toList())
                        + (standing.segments().size() > LISTED_SEGMENTS
                                ? " "
                                        + ui.getTranslation(
                                                "customer.card.more",
                                                standing.segments().size() - LISTED_SEGMENTS)
                                : "");
        facts.fact("segments", ui.getTranslation("customer.card.segments"), segments);
        if (standing.rfm() == null) {
            facts.note(ui.getTranslation("customer.card.rfm.help"));
        }
        return facts;
    }

    private static String trait(UI ui, ClusterTrait trait) {
        return ui.getTranslation("clusters.trait." + key(trait.name()));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
