package se.platslage.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.ResolvableType;
import org.springframework.http.ResponseEntity;
import se.platslage.geo.Feature;
import se.platslage.geo.FeatureCollection;
import se.platslage.measure.FollowUpView;
import se.platslage.measure.MeasureLayerProperties;
import se.platslage.measure.MeasureProperties;
import se.platslage.problem.ProblemView;

/** Which declared answers the last gate must look into for police-only fields, and which it may pass. */
class PoliceFieldTypesTest {

    @Test
    void theMapLayersLeanFeaturesCarryNone() {
        assertThat(mayCarry(FeatureCollection.class, MeasureLayerProperties.class)).isFalse();
    }

    @Test
    void aMeasureCarriesItsPoliceNoteThroughTheFeaturesTypeArgument() {
        assertThat(mayCarry(FeatureCollection.class, MeasureProperties.class)).isTrue();
        assertThat(PoliceFieldTypes.mayCarry(ResolvableType.forClassWithGenerics(ResponseEntity.class,
                ResolvableType.forClassWithGenerics(Feature.class, MeasureProperties.class)))).isTrue();
    }

    @Test
    void aProblemCarriesItsPoliceNote() {
        assertThat(PoliceFieldTypes.mayCarry(ResolvableType.forClass(ProblemView.class))).isTrue();
    }

    @Test
    void followUpsCarryRestrictedTexts() {
        assertThat(mayCarry(List.class, FollowUpView.class)).isTrue();
    }

    @Test
    void anythingWhoseMembersTheTypeDoesNotTellMayCarryOne() {
        assertThat(PoliceFieldTypes.mayCarry(ResolvableType.forClassWithGenerics(Map.class, String.class,
                Object.class))).isTrue();
        assertThat(PoliceFieldTypes.mayCarry(ResolvableType.forClass(Object.class))).isTrue();
        assertThat(mayCarry(Feature.class, Object.class)).isTrue();
    }

    private static boolean mayCarry(Class<?> container, Class<?> argument) {
        return PoliceFieldTypes.mayCarry(ResolvableType.forClassWithGenerics(container, argument));
    }
}
