package app.cairn.staff;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SignInAttemptRepository extends JpaRepository<SignInAttempt, Long> {

    @Query(
            "select count(distinct s.accountId) from SignInAttempt s where s.succeeded = true and s.attemptedAt >= :since")
    long countAccountsSignedInSince(Instant since);

    long countBySucceededFalseAndAttemptedAtGreaterThanEqual(Instant since);
}
