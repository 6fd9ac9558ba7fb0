package app.cairn.staff;

import app.cairn.shared.StaffRole;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

    Optional<StaffAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("""
            select a from StaffAccount a
            where lower(a.username) like :pattern or lower(a.displayName) like :pattern or lower(a.email) like :pattern""")
    Page<StaffAccount> search(String pattern, Pageable pageable);

    @Query("""
            select count(a) from StaffAccount a
            where lower(a.username) like :pattern or lower(a.displayName) like :pattern or lower(a.email) like :pattern""")
    long countMatching(String pattern);

    @Query("select count(a) from StaffAccount a join a.roles r where r = :role and a.enabled = true")
    long countEnabledWithRole(StaffRole role);

    long countByEnabledTrue();
}
