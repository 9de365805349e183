package se.platslage.geo;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * Spatial HQL functions Hibernate Spatial lacks, registered for both databases.
 *
 * {@code bbox_intersects(a, b)} renders the bounding-box operator {@code a && b}: H2 uses its spatial
 * index only for this bare operator (not inside ST_Intersects), PostGIS uses its GiST index for it too.
 * Queries put it before the exact {@code st_intersects} so the index narrows the rows first.
 */
public class SpatialFunctions implements FunctionContributor {

    @Override
    public void contributeFunctions(FunctionContributions contributions) {
        contributions.getFunctionRegistry().registerPattern("bbox_intersects", "(?1 && ?2)",
                contributions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN));
    }
}
