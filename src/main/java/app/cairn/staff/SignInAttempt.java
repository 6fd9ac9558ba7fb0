package app.cairn.staff;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One sign-in attempt, successful or not, kept for audit and figures. */
@Entity
@Table(name = "staff_sign_in")
class SignInAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;
    private Long accountId;
    private boolean succeeded;
    private String remoteAddress;
    private Instant attemptedAt;

    protected SignInAttempt() {}

    SignInAttempt(String username, Long accountId, boolean succeeded, String remoteAddress, Instant attemptedAt) {
        this.username = username;
        this.accountId = accountId;
        this.succeeded = succeeded;
        this.remoteAddress = remoteAddress;
        this.attemptedAt = attemptedAt;
    }
}
