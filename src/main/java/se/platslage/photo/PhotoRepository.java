package se.platslage.photo;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PhotoRepository extends JpaRepository<Photo, Long> {

    Optional<Photo> findByRecordedByAndIdempotencyKey(String recordedBy, String idempotencyKey);

    List<Photo> findByOwnerTypeAndOwnerIdInOrderById(String ownerType, Collection<Long> ownerIds);
}
