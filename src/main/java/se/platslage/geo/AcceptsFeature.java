package se.platslage.geo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a request record: besides its own flat shape, the body may be the GeoJSON Feature that GET returned for
 * the record, so a representation read can be changed and sent back ({@link FeatureBodies} unwraps it).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AcceptsFeature {

    /**
     * The boolean property that says the Feature's geometry is the record's own; when it is false the
     * geometry was derived for the map (from the record's places, say) and is not read back. Empty: the
     * geometry is always the record's own.
     */
    String ownGeometryFlag() default "";
}
