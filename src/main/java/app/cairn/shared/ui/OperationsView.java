package app.cairn.shared.ui;

import app.cairn.shared.KeyFigure;
import app.cairn.shared.KeyFigureSource;
import app.cairn.shared.Roles;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The admins' page of the system's figures: database server and size, scheduler nodes, staff and sign-ins. */
@Route("admin/operations")
@Menu(order = 96, icon = "vaadin:dashboard", title = "nav.operations")
@RolesAllowed(Roles.ADMIN)
public class OperationsView extends VerticalLayout implements HasDynamicTitle {

    /** Builds the page from every module's operations figures. */
    public OperationsView(List<KeyFigureSource> sources) {
        setId("operations");
        add(FigureCards.of(sources, KeyFigure.Page.OPERATIONS, this::getTranslation, getLocale()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.operations") + " · Cairn";
    }
}
