package app.cairn.segment.internal.rules;

import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * A jOOQ query as SQL text with {@code ?} placeholders and its bind values, for Spring's JDBC templates (which
 * take part in the caller's transaction). MySQL's dialect, which MariaDB reads as well.
 */
public record SqlText(String sql, Object[] params) {

    private static final DSLContext MYSQL = DSL.using(SQLDialect.MYSQL);

    public static SqlText of(Query query) {
        return new SqlText(MYSQL.render(query), MYSQL.extractBindValues(query).toArray());
    }
}
