package app.cairn.customer;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CustomerRepository extends JpaRepository<Customer, Long> {

    @Query("select c from Customer c where c.liveEmail = :email")
    Optional<Customer> findLiveByEmail(String email);
}
