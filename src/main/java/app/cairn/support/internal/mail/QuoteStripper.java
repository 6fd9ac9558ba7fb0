package app.cairn.support.internal.mail;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds where a reply's own text ends and the quoted history begins, in the styles of the common mail programs:
 * Gmail and Apple Mail ("On … wrote:", also over two lines), Outlook ("-----Original Message-----", or a "From:"
 * line followed by "Sent:" or "Date:"), Chinese clients ("在 … 写道：", "原始邮件"), and a closing block of "&gt;"
 * lines. The full text is always kept; this only says what to show first.
 */
final class QuoteStripper {

    private static final Pattern WROTE = Pattern.compile("(?i)^\\s*(on|am|le|el)\\b.*");
    private static final Pattern WROTE_END = Pattern.compile("(?i).*(wrote|schrieb|a écrit|escribió)\\s*:\\s*$");
    private static final Pattern CHINESE = Pattern.compile("^\\s*在.*写道[：:]\\s*$");
    private static final Pattern SEPARATOR =
            Pattern.compile("(?i)^\\s*(-{2,}\\s*(original message|原始邮件|forwarded message)\\s*-{2,}|_{10,})\\s*$");
    private static final Pattern FROM = Pattern.compile("(?i)^\\s*(from|发件人)\\s*[:：].*");
    private static final Pattern SENT = Pattern.compile("(?i)^\\s*(sent|date|发送时间|日期|to)\\s*[:：].*");

    private QuoteStripper() {}

    /** The text before the quoted history, or null when there is none (or nothing before it). */
    static String ownText(String text) {
        List<String> lines = text.lines().toList();
        int cut = -1;
        for (int i = 0; i < lines.size() && cut < 0; i++) {
            String line = lines.get(i);
            String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
            if (CHINESE.matcher(line).matches() || SEPARATOR.matcher(line).matches()) {
                cut = i;
            } else if (WROTE.matcher(line).matches()
                    && (WROTE_END.matcher(line).matches()
                            || WROTE_END.matcher(next).matches())) {
                cut = i;
            } else if (FROM.matcher(line).matches()
                    && (SENT.matcher(next).matches()
                            || i + 2 < lines.size()
                                    && SENT.matcher(lines.get(i + 2)).matches())) {
                cut = i;
            } else if (line.startsWith(">") && onlyQuotesFrom(lines, i)) {
                cut = i;
            }
        }
        if (cut < 0) {
            return null;
        }
        String own = String.join("\n", lines.subList(0, cut)).strip();
        return own.isEmpty() ? null : own;
    }

    private static boolean onlyQuotesFrom(List<String> lines, int start) {
        return lines.subList(start, lines.size()).stream().allMatch(l -> l.isBlank() || l.startsWith(">"));
    }
}
