package se.platslage.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHashAndRevokedAtIsNull(String tokenHash);

    List<ApiToken> findByAccountOrderByCreatedAt(Account account);

    /** Sets the last use unless another request already set one after {@code olderThan} (no lost race). */
    @Modifying
    @Transactional
    @Query("update ApiToken t set t.lastUsedAt = :at where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :olderThan)")
    int recordUse(Long id, Instant at, Instant olderThan);
}
