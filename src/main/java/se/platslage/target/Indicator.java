package se.platslage.target;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One indicator value an assessor records: a name and unit the district chooses ("Observerad försäljning",
 * "tillfällen per vecka"; "Sprutfynd", "st"; "Klagomål", "st"). {@code restricted}: police-only, as the
 * police notes are.
 */
@Embeddable
public class Indicator {

    private String name;
    private String unit;

    @Column(name = "indicator_value")
    private double value;

    private boolean restricted;

    protected Indicator() {
    }

    public Indicator(String name, String unit, double value, boolean restricted) {
        this.name = name;
        this.unit = unit;
        this.value = value;
        this.restricted = restricted;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public double getValue() {
        return value;
    }

    public boolean isRestricted() {
        return restricted;
    }
}
