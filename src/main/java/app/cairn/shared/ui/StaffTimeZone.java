package app.cairn.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The staff member's time zone, taken from the browser, and formatting of stored UTC instants in it.
 * Times are stored in UTC and shown in the viewer's zone and locale.
 */
public final class StaffTimeZone {

    private static final String ATTRIBUTE = StaffTimeZone.class.getName();

    private StaffTimeZone() {}

    /** Asks the browser for its time zone and remembers it for the session. */
    static void capture(UI ui) {
        VaadinSession session = ui.getSession();
        if (session.getAttribute(ATTRIBUTE) == null) {
            ui.getPage()
                    .retrieveExtendedClientDetails(
                            details -> session.setAttribute(ATTRIBUTE, zoneOf(details.getTimeZoneId())));
        }
    }

    /** The current staff member's zone; UTC until the browser has told it. */
    public static ZoneId current() {
        VaadinSession session = VaadinSession.getCurrent();
        Object zone = session == null ? null : session.getAttribute(ATTRIBUTE);
        return zone instanceof ZoneId id ? id : ZoneOffset.UTC;
    }

    /** Formats an instant as a medium date and short time in the given zone and locale; empty for null. */
    public static String format(Instant instant, ZoneId zone, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .format(instant.atZone(zone));
    }

    /** Formats a calendar date as a medium date in the locale; empty for null. */
    public static String formatDate(java.time.LocalDate date, Locale locale) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(date);
    }

    static ZoneId zoneOf(String id) {
        try {
            return id == null ? ZoneOffset.UTC : ZoneId.of(id);
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }
}
