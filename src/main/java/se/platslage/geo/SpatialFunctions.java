package se.platslage.geo;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * Spatial HQL functions Hibernate Spatial lacks, registered for both databases.
 *
 * {@code bbox_intersects(a, b)} renders the bounding-box operator {@code a && b}: PostGIS uses its GiST
 * index for it. Queries put it before the exact {@code st_intersects} so the index narrows the rows first.
 * The embedded H2 has no spatial index (its R-tree is not crash-safe, see db/migration/h2/V12): there the
 * cheap envelope test still runs before the exact one.
 */
public class SpatialFunctions implements FunctionContributor {

    @Override
    public void contributeFunctions(FunctionContributions contributions) {
        contributions.getFunctionRegistry().registerPattern("bbox_intersects", "(?1 && ?2)",
                contributions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN));
    }
}
