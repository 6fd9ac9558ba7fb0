package app.cairn.shared;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Implemented by a module whose records the header's search box finds (customers, orders, tickets). The box asks
 * every such bean and shows their answers grouped, without knowing the modules.
 */
public interface GlobalSearchSource {

    /** Where this group stands among the others (lower first). */
    int order();

    /** The translation key of the group's heading. */
    String titleKey();

    /** Whether a staff member with these roles may see this group's records. */
    boolean visibleTo(Set<StaffRole> roles);

    /**
     * The best matches for the text.
     *
     * @param staffUsername who searches
     * @param limit the most hits to answer
     */
    Found search(String text, String staffUsername, int limit, Locale locale, ZoneId zone);

    /**
     * A group's answer.
     *
     * @param total how many records match (hits holds the first of them)
     * @param atLeast whether more than {@code total} may match (the count stopped there)
     * @param hits the best matches
     * @param moreLocation where the list of every match is (a route with its query), or null
     */
    record Found(long total, boolean atLeast, List<Hit> hits, String moreLocation) {

        /** Nothing found. */
        public static Found none() {
            return new Found(0, false, List.of(), null);
        }
    }

    /**
     * One record found.
     *
     * @param title what it is called ("Hugo Martin", "Order D8-1234", "#1042 Where is my parcel?")
     * @param detail a line more (address and city, date and total, status)
     * @param snippetHtml a passage that matched, as HTML whose only tags are {@code <mark>}; null when none
     * @param location the route that shows it
     */
    record Hit(String title, String detail, String snippetHtml, String location) {}
}
