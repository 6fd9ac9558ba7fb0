package app.cairn.support.ui;

import app.cairn.textanalysis.Intent;
import app.cairn.textanalysis.Sentiment;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** How the support pages name statuses, priorities, channels, types, intents and sentiments: translated, and as badges. */
final class TicketLabels {

    private TicketLabels() {}

    /** The translation key of an enum value, e.g. {@code support.status.pending}. */
    static String key(Enum<?> value) {
        if (value instanceof Intent intent) {
            return intent.messageKey();
        }
        if (value instanceof Sentiment) {
            return "sentiment." + value.name();
        }
        String kind =
                switch (value.getClass().getSimpleName()) {
                    case "TicketStatus" -> "status";
                    case "TicketPriority" -> "priority";
                    case "TicketChannel" -> "channel";
                    case "TicketType" -> "type";
                    default -> value.getClass().getSimpleName().toLowerCase(Locale.ROOT);
                };
        return "support." + kind + "." + value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The value translated for this component's locale. */
    static String label(Component component, Enum<?> value) {
        return value == null ? "" : component.getTranslation(key(value));
    }

    /** A small badge with the value, coloured by its kind and value. */
    static Span badge(Component component, Enum<?> value) {
        if (value == null) {
            return new Span("—");
        }
        Span badge = new Span(label(component, value));
        badge.getElement().getThemeList().add("badge");
        String name = value.name();
        if (name.equals("POSITIVE")) {
            badge.getElement().getThemeList().add("success");
        } else if (name.equals("NEW") || name.equals("URGENT") || name.equals("NEGATIVE")) {
            badge.getElement().getThemeList().add("error");
        } else if (name.equals("OPEN") || name.equals("HIGH")) {
            badge.getElement().getThemeList().add("primary");
        } else if (name.equals("SOLVED") || name.equals("CLOSED") || name.equals("LOW")) {
            badge.getElement().getThemeList().add("contrast");
        }
        return badge;
    }
}
