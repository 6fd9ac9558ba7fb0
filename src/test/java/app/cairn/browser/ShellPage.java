package app.cairn.browser;

import com.microsoft.playwright.Page;
import java.util.List;

/** Any signed-in page: the navigation, the signed-in user and sign-out. */
class ShellPage {

    /** The navigation a marketer sees, in order. */
    static final java.util.List<String> MARKETER_NAVIGATION = java.util.List.of(
            "Home",
            "Customers",
            "Duplicates",
            "Segments",
            "E-mail templates",
            "Broadcasts",
            "Suppression list",
            "Journeys",
            "Import");

    /** The navigation an admin sees: the marketer's and the admin pages. */
    static final java.util.List<String> ADMIN_NAVIGATION = java.util.stream.Stream.of(
                    java.util.stream.Stream.of("Home", "Tickets", "Support report", "Help articles"),
                    MARKETER_NAVIGATION.stream().skip(1),
                    java.util.stream.Stream.of(
                            "Users",
                            "E-mail settings",
                            "Support settings",
                            "Currencies",
                            "API keys",
                            "Operations",
                            "Search index",
                            "Text models"))
            .flatMap(s -> s)
            .toList();

    final Page page;

    ShellPage(Page page) {
        this.page = page;
    }

    static ShellPage at(Page page) {
        page.locator("#main-nav").waitFor();
        VaadinPage.awaitReady(page);
        return new ShellPage(page);
    }

    /** The labels of the navigation entries, in order. */
    List<String> navigation() {
        return page.locator("#main-nav vaadin-side-nav-item").allInnerTexts().stream()
                .map(String::strip)
                .toList();
    }

    String currentUser() {
        return page.locator("#current-user").innerText();
    }

    UsersPage openUsers() {
        page.locator("#main-nav vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Users"))
                .click();
        return UsersPage.at(page);
    }

    LoginPage signOut() {
        page.locator("#sign-out").click();
        return LoginPage.at(page);
    }
}
