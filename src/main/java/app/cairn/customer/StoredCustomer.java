package app.cairn.customer;

import app.cairn.shared.UtcColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/** A live customer's columns as a bulk write reads them. */
record StoredCustomer(long id, String externalId, CustomerDetails details, Instant signupAt) {

    static final String COLUMNS = "id, external_id, email, first_name, last_name, phone, country, city, time_zone,"
            + " language, birthday, signup_at";

    static StoredCustomer read(ResultSet rs, int row) throws SQLException {
        return new StoredCustomer(
                rs.getLong(1),
                rs.getString(2),
                new CustomerDetails(
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getObject(11, LocalDate.class)),
                UtcColumns.read(rs, 12));
    }
}
