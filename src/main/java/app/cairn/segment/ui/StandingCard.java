package app.cairn.segment.ui;

import app.cairn.customer.CustomerSection;
import app.cairn.scoring.ClusterTrait;
import app.cairn.scoring.CustomerStanding;
import app.cairn.scoring.CustomerStandings;
import app.cairn.segment.CustomerSegments;
import app.cairn.shared.ui.FactList;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The customer page's scores: the RFM cell and scores, the cluster in plain words, and the segments they are in. */
@org.springframework.stereotype.Component
class StandingCard implements CustomerSection {

    private static final int LISTED_SEGMENTS = 8;

    private final CustomerStandings standings;
    private final CustomerSegments segments;

    StandingCard(CustomerStandings standings, CustomerSegments segments) {
        this.standings = standings;
        this.segments = segments;
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
        List<String> in = segments.of(customerId);
        String names = in.isEmpty()
                ? ui.getTranslation("customer.card.segments.none")
                : String.join(", ", in.stream().limit(LISTED_SEGMENTS).toList())
                        + (in.size() > LISTED_SEGMENTS
                                ? " " + ui.getTranslation("customer.card.more", in.size() - LISTED_SEGMENTS)
                                : "");
        facts.fact("segments", ui.getTranslation("customer.card.segments"), names);
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
