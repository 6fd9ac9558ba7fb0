package app.cairn.journey.step;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Which of a step's required settings are not set. */
final class Unset {

    private Unset() {}

    /**
     * @param namesAndValues each required setting's name followed by its value as read
     * @return the names whose value is null, blank or empty, in the order given
     */
    static List<String> of(Object... namesAndValues) {
        List<String> unset = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value == null
                    || value instanceof String text && text.isBlank()
                    || value instanceof Collection<?> values && values.isEmpty()) {
                unset.add((String) namesAndValues[i]);
            }
        }
        return unset;
    }
}
