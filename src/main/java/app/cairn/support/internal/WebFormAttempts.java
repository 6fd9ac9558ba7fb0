package app.cairn.support.internal;

import app.cairn.shared.UtcColumns;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The contact form's recent submissions, by address and by source, that hold a flood back. */
@Component
public class WebFormAttempts {

    private final JdbcClient jdbc;

    public WebFormAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Submissions from this address since {@code since}. */
    public long fromAddress(String email, Instant since) {
        return count("email", email, since);
    }

    /** Submissions from this source since {@code since}. */
    public long fromSource(String source, Instant since) {
        return count("source", source, since);
    }

    public void record(String email, String source, Instant at) {
        jdbc.sql("INSERT INTO support_web_form_attempt (email, source, at) VALUES (?, ?, ?)")
                .params(email.length() > 254 ? email.substring(0, 254) : email, source, UtcColumns.toColumn(at))
                .update();
    }

    private long count(String column, String value, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM support_web_form_attempt WHERE " + column + " = ? AND at > ?")
                .params(value, UtcColumns.toColumn(since))
                .query(Long.class)
                .single();
    }
}
