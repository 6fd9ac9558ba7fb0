package app.cairn.messaging.ui;

import app.cairn.messaging.EmailTemplate;
import app.cairn.messaging.TemplateManagement;
import app.cairn.messaging.TemplateRemoval;
import app.cairn.shared.Roles;
import app.cairn.shared.ui.RemovalActions;
import app.cairn.shared.ui.Removals;
import app.cairn.shared.ui.StaffTimeZone;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The e-mail templates by name; one opens in {@link TemplateEditorView}. */
@Route("templates")
@Menu(order = 16, icon = "vaadin:envelope-open-o", title = "nav.templates")
@RolesAllowed({Roles.ADMIN, Roles.MARKETER})
public class TemplatesView extends VerticalLayout implements HasDynamicTitle {

    /** Builds the page over the messaging module's API. */
    public TemplatesView(TemplateManagement templates, TemplateRemoval removal) {
        setSizeFull();
        Button create = new Button(getTranslation("templates.new"), VaadinIcon.PLUS.create());
        create.setId("templates-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(TemplateEditorView.class)));
        Grid<EmailTemplate> grid = new Grid<>();
        grid.setId("templates-grid");
        grid.addColumn(EmailTemplate::name)
                .setHeader(getTranslation("templates.name"))
                .setFlexGrow(2);
        grid.addColumn(EmailTemplate::subject)
                .setHeader(getTranslation("templates.subject"))
                .setFlexGrow(3);
        grid.addColumn(t -> StaffTimeZone.format(t.updatedAt(), StaffTimeZone.current(), getLocale()))
                .setHeader(getTranslation("templates.updated"));
        Checkbox archived = Removals.attach(
                grid,
                new RemovalActions<>(
                        EmailTemplate::name, EmailTemplate::id, removal::plan, removal::remove, removal::restore),
                showArchived -> grid.setItems(showArchived ? removal.archived() : templates.all()));
        grid.setEmptyStateText(getTranslation("templates.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(TemplateEditorView.class, e.getItem().id())));
        HorizontalLayout actions = new HorizontalLayout(create, archived);
        actions.setAlignItems(Alignment.CENTER);
        add(actions, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.templates") + " · Cairn";
    }
}
