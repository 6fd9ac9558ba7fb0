package app.cairn.shared.ui;

import app.cairn.shared.Roles;
import app.cairn.shared.StatusNotice;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The frame around every signed-in page: a drawer with the navigation the staff member's roles permit
 * (Vaadin filters the menu entries by each view's access annotations), a header with the page title,
 * the signed-in user and a sign-out button; for admins, a banner with what any module says every admin must know
 * ({@link StatusNotice}), such as an SMTP server that cannot be reached.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private final transient List<StatusNotice> notices;
    private final H2 pageTitle = new H2();
    private final Span banner = new Span();
    private final TextField search = new TextField();

    /** Creates the layout for the signed-in staff member; admins also see what {@code notices} say. */
    public MainLayout(AuthenticationContext authentication, List<StatusNotice> notices) {
        this.authentication = authentication;
        this.notices = notices;
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), new Scroller(navigation()));
        banner.setId("admin-banner");
        banner.getElement().getThemeList().add("badge error");
        banner.getStyle()
                .set("white-space", "normal")
                .set("max-width", "40rem")
                .set("min-width", "0")
                .set("flex", "0 1 auto");
        banner.setVisible(false);
        addToNavbar(new DrawerToggle(), pageTitle, banner, searchBox(), userBox());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        StaffTimeZone.capture(attachEvent.getUI());
    }

    private H1 brand() {
        H1 brand = new H1("Cairn");
        brand.addClassName("cairn-brand");
        return brand;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    /**
     * The search box over customers, orders and tickets: Enter shows what it found, Ctrl+K comes back to it from
     * anywhere. The text is read from the page with the key press, so a fast typist's last letters are not lost.
     */
    private TextField searchBox() {
        TextField box = search;
        box.setId("global-search");
        box.setPlaceholder(getTranslation("search.global.placeholder"));
        box.setAriaLabel(getTranslation("search.global.placeholder"));
        box.setTooltipText(getTranslation("search.global.shortcut"));
        box.setPrefixComponent(new Icon("vaadin", "search"));
        box.setClearButtonVisible(true);
        box.addClassName("cairn-global-search");
        box.getElement()
                .addEventListener("keydown", event -> {
                    String text =
                            event.getEventData().get("element.value").asString().strip();
                    if (!text.isEmpty()) {
                        getUI().ifPresent(ui -> ui.navigate("search", QueryParameters.of("q", text)));
                    }
                })
                .setFilter("event.key === 'Enter'")
                .addEventData("element.value");
        Shortcuts.addShortcutListener(this, () -> box.focus(), Key.KEY_K, KeyModifier.CONTROL);
        return box;
    }

    private HorizontalLayout userBox() {
        Span user = new Span(authentication.getPrincipalName().orElse(""));
        user.setId("current-user");
        Button signOut = new Button(getTranslation("layout.sign-out"), event -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout box = new HorizontalLayout(user, signOut);
        box.addClassName("cairn-user-box");
        box.setAlignItems(HorizontalLayout.Alignment.CENTER);
        return box;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Class<?> view = getContent() == null ? null : getContent().getClass();
        pageTitle.setText(MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> entry.menuClass() == view)
                .findFirst()
                .map(entry -> getTranslation(entry.title()))
                .orElseGet(() -> getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : ""));
        // the search page shows what was searched for in the box it came from; other pages leave the box empty
        search.setValue(
                event.getLocation().getPath().equals("search")
                        ? event.getLocation()
                                .getQueryParameters()
                                .getSingleParameter("q")
                                .orElse("")
                        : "");
        showNotices();
    }

    private void showNotices() {
        List<String> said = authentication.hasRole(Roles.ADMIN)
                ? notices.stream()
                        .flatMap(notice -> notice.current().stream())
                        .map(notice -> getTranslation(notice.messageKey(), notice.arguments()))
                        .toList()
                : List.of();
        banner.setText(String.join(" ", said));
        banner.setVisible(!said.isEmpty());
    }
}
