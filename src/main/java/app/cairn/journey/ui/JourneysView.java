package app.cairn.journey.ui;

import app.cairn.journey.Journey;
import app.cairn.journey.JourneyGraph;
import app.cairn.journey.JourneyManagement;
import app.cairn.journey.JourneyOverview;
import app.cairn.journey.JourneyRemoval;
import app.cairn.journey.JourneyStatistics;
import app.cairn.journey.JourneyTemplate;
import app.cairn.shared.RefusedException;
import app.cairn.shared.Roles;
import app.cairn.shared.ui.RemovalActions;
import app.cairn.shared.ui.Removals;
import app.cairn.shared.ui.StaffTimeZone;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The journeys, by name, with their status, live version and figures; a new one starts blank or from a ready-made
 * template, and each opens on its canvas ({@link JourneyEditorView}).
 */
@Route("journeys")
@Menu(order = 19, icon = "vaadin:connect-o", title = "nav.journeys")
@RolesAllowed({Roles.ADMIN, Roles.MARKETER})
public class JourneysView extends VerticalLayout implements HasDynamicTitle {

    private final transient JourneyManagement journeys;
    private final transient AuthenticationContext authentication;

    /** Builds the page over the journey module's API. */
    public JourneysView(
            JourneyManagement journeys,
            JourneyStatistics statistics,
            JourneyRemoval removal,
            AuthenticationContext authentication) {
        this.journeys = journeys;
        this.authentication = authentication;
        setSizeFull();
        Button create = new Button(getTranslation("journeys.new"), VaadinIcon.PLUS.create());
        create.setId("journeys-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> newJourney());
        Map<Long, JourneyOverview> overview = statistics.overview();
        NumberFormat n = NumberFormat.getIntegerInstance(getLocale());
        Grid<Journey> grid = new Grid<>();
        grid.setId("journeys-grid");
        grid.addColumn(Journey::name).setHeader(getTranslation("journey.name")).setFlexGrow(3);
        grid.addComponentColumn(j -> {
                    Span badge = new Span(
                            getTranslation("journey.status." + j.status().name().toLowerCase(Locale.ROOT)));
                    badge.getElement().getThemeList().add("badge");
                    return badge;
                })
                .setHeader(getTranslation("journeys.status"));
        grid.addColumn(j -> j.liveVersion() == null ? "–" : String.valueOf(j.liveVersion()))
                .setHeader(getTranslation("journeys.version"));
        grid.addColumn(j -> n.format(
                        figure(overview, j).map(JourneyOverview::enrolled).orElse(0L)))
                .setHeader(getTranslation("journeys.enrolled"));
        grid.addColumn(j -> n.format(
                        figure(overview, j).map(JourneyOverview::active).orElse(0L)))
                .setHeader(getTranslation("journeys.active"));
        grid.addColumn(j -> n.format(
                        figure(overview, j).map(JourneyOverview::converted).orElse(0L)))
                .setHeader(getTranslation("journeys.converted"));
        grid.addColumn(j -> StaffTimeZone.format(j.draftSavedAt(), StaffTimeZone.current(), getLocale()))
                .setHeader(getTranslation("journeys.saved"))
                .setFlexGrow(2);
        Checkbox archived = Removals.attach(
                grid,
                new RemovalActions<>(Journey::name, Journey::id, removal::plan, removal::remove, removal::restore),
                showArchived -> grid.setItems(showArchived ? removal.archived() : journeys.all()));
        grid.setEmptyStateText(getTranslation("journeys.empty"));
        grid.addItemClickListener(e -> open(e.getItem().id()));
        HorizontalLayout actions = new HorizontalLayout(create, archived);
        actions.setAlignItems(Alignment.CENTER);
        add(actions, grid);
    }

    private static Optional<JourneyOverview> figure(Map<Long, JourneyOverview> overview, Journey journey) {
        return Optional.ofNullable(overview.get(journey.id()));
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(JourneyEditorView.class, id));
    }

    /** Asks for a name and a starting point (blank or a template), creates the draft and opens it. */
    private void newJourney() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("journeys.new"));
        TextField name = new TextField(getTranslation("journey.name"));
        name.setId("journeys-new-name");
        name.setWidth("24rem");
        RadioButtonGroup<Optional<JourneyTemplate>> start = new RadioButtonGroup<>(getTranslation("journeys.start"));
        start.setId("journeys-new-template");
        List<Optional<JourneyTemplate>> starts = new ArrayList<>();
        starts.add(Optional.empty());
        for (JourneyTemplate template : JourneyTemplate.values()) {
            starts.add(Optional.of(template));
        }
        start.setItems(starts);
        start.setItemLabelGenerator(t -> t.map(this::templateLabel).orElse(getTranslation("journeys.blank")));
        start.setValue(Optional.empty());
        start.addThemeName("vertical");
        Button save = new Button(getTranslation("journey.save"), e -> {
            try {
                Journey created = start.getValue().isPresent()
                        ? journeys.createFromTemplate(start.getValue().get(), name.getValue(), by())
                        : journeys.create(name.getValue(), new JourneyGraph(List.of(), List.of()), by());
                dialog.close();
                open(created.id());
            } catch (RefusedException refused) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        save.setId("journeys-new-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(name, start));
        dialog.getFooter().add(new Button(getTranslation("journey.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private String templateLabel(JourneyTemplate template) {
        String key =
                "journey.template." + template.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return getTranslation(key) + " — " + getTranslation(key + ".help");
    }

    private String by() {
        return authentication.getPrincipalName().orElse("system");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.journeys") + " · Cairn";
    }
}
