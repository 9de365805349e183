package se.platslage.walk;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WalkRepository extends JpaRepository<Walk, Long> {

    @Query("select w from Walk w where (:district is null or w.district.code = :district) order by w.startsAt desc, w.id desc")
    List<Walk> findInDistrict(String district);
}
