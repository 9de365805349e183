package se.platslage.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    /**
     * The token with its account in one query. A written query, not one derived from the method name: Spring
     * Data builds a derived query's criteria again on every call, a visible share of a small request's CPU,
     * and this runs on every request with a token (issue 16).
     */
    @Query("select t from ApiToken t join fetch t.account where t.tokenHash = :tokenHash and t.revokedAt is null")
    Optional<ApiToken> findByTokenHashAndRevokedAtIsNull(String tokenHash);

    List<ApiToken> findByAccountOrderByCreatedAt(Account account);

    /** Sets the last use unless another request already set one after {@code olderThan} (no lost race). */
    @Modifying
    @Transactional
    @Query("update ApiToken t set t.lastUsedAt = :at where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :olderThan)")
    int recordUse(Long id, Instant at, Instant olderThan);
}
