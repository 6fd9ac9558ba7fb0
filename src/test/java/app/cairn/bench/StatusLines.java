package app.cairn.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the {@code STATUS name=value …} lines bench nodes print, and the memory figures they carry. */
final class StatusLines {

    private static final Pattern FIELD = Pattern.compile("(\\w+)=([\\w.:-]+)");

    private StatusLines() {}

    /** The line's {@code name=value} fields, in order. */
    static Map<String, String> fields(String line) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher matcher = FIELD.matcher(line);
        while (matcher.find()) {
            fields.put(matcher.group(1), matcher.group(2));
        }
        return fields;
    }

    /**
     * The heap in use (max) and the old generation after collections ({@code heapMB}, {@code oldAfterGcMB}) when
     * the {@code progress} field reached a quarter, half, three quarters and all of {@code total}.
     *
     * @param label what {@code progress} counts, such as {@code sent}
     */
    static String memory(List<Map<String, String>> statuses, String progress, long total, String label) {
        long maxHeap = statuses.stream()
                .mapToLong(s -> Long.parseLong(s.get("heapMB")))
                .max()
                .orElse(0);
        StringBuilder text = new StringBuilder("heap in use at most " + maxHeap + " MB; old generation after GC at");
        for (int quarter = 1; quarter <= 4; quarter++) {
            long mark = total * quarter / 4;
            statuses.stream()
                    .filter(s -> Long.parseLong(s.get(progress)) >= mark)
                    .findFirst()
                    .ifPresent(s -> text.append(' ')
                            .append(s.get(progress))
                            .append(' ')
                            .append(label)
                            .append(": ")
                            .append(s.get("oldAfterGcMB"))
                            .append(" MB;"));
        }
        return text.toString();
    }
}
