package se.platslage.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

    /** Written out, not derived: it runs on every signed-in request (see ApiTokenRepository). */
    @Query("select a from Account a where upper(a.username) = upper(:username)")
    Optional<Account> findByUsernameIgnoreCase(String username);

    List<Account> findAllByOrderByUsername();

    boolean existsByDemoTrue();
}
