package app.cairn.journey.step;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A step's settings as stored (text by name, as the canvas and the API send them), read as typed values. A value
 * that is set but cannot be read is read as absent and remembered, so a draft with a half-typed duration still
 * opens and its check names the setting.
 */
public final class StoredSettings {

    private final Map<String, String> values;
    private final List<String> unreadable = new ArrayList<>();

    public StoredSettings(Map<String, String> values) {
        this.values = values;
    }

    /** The settings that are set but could not be read, in the order they were read. */
    public List<String> unreadable() {
        return List.copyOf(unreadable);
    }

    /** The value stripped of surrounding spaces; null when unset or blank. */
    public String text(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The value if it is one of {@code allowed}; {@code otherwise} when unset; unreadable when another word. */
    public String word(String name, Set<String> allowed, String otherwise) {
        String value = text(name);
        if (value == null) {
            return otherwise;
        }
        if (!allowed.contains(value)) {
            unreadable.add(name);
            return otherwise;
        }
        return value;
    }

    /** A yes/no setting: set only when {@code yes}. */
    public boolean flag(String name) {
        return "yes".equals(text(name));
    }

    /** The id of something stored elsewhere (a segment, a template). */
    public Long id(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException notANumber) {
            unreadable.add(name);
            return null;
        }
    }

    /** A whole number above zero. */
    public Integer positive(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // counted below
        }
        unreadable.add(name);
        return null;
    }

    /** A time of day such as {@code 09:00}. */
    public LocalTime time(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException notATime) {
            unreadable.add(name);
            return null;
        }
    }

    /** A length of wait such as {@code PT4H} or {@code P2D}. */
    public WaitLength length(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        Optional<WaitLength> length = WaitLength.parse(value);
        if (length.isEmpty()) {
            unreadable.add(name);
        }
        return length.orElse(null);
    }

    /** Weekdays such as {@code MON,TUE,FRI} (at least three letters each); empty when unset or unreadable. */
    public Set<DayOfWeek> days(String name) {
        String value = text(name);
        if (value == null) {
            return Set.of();
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : value.split(",")) {
            String word = part.strip().toUpperCase(Locale.ROOT);
            Optional<DayOfWeek> day = Arrays.stream(DayOfWeek.values())
                    .filter(d -> word.length() >= 3 && d.name().startsWith(word))
                    .findFirst();
            if (day.isEmpty()) {
                unreadable.add(name);
                return Set.of();
            }
            days.add(day.get());
        }
        return Set.copyOf(days);
    }

    /** Whole-number percentages such as {@code 50,30,20}; empty when unset or unreadable. */
    public List<Integer> percentages(String name) {
        String value = text(name);
        if (value == null) {
            return List.of();
        }
        List<Integer> shares = new ArrayList<>();
        for (String part : value.split(",")) {
            try {
                shares.add(Integer.parseInt(part.strip()));
            } catch (NumberFormatException notANumber) {
                unreadable.add(name);
                return List.of();
            }
        }
        return List.copyOf(shares);
    }
}
