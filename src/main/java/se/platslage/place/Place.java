package se.platslage.place;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.ManyToOne;
import org.locationtech.jts.geom.Geometry;
import se.platslage.district.District;
import se.platslage.system.EditableRecord;

/**
 * A place named in a plan (torg, park, gångväg, ...) with its geometry in EPSG:3006. The geometry may be
 * missing for a place that is named but not yet drawn on the map.
 */
@Entity
@org.hibernate.annotations.SQLRestriction("deleted_at is null")
public class Place extends EditableRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "place_seq")
    @SequenceGenerator(name = "place_seq", sequenceName = "place_seq", allocationSize = 50)
    private Long id;

    /** Stable id from geodata ("hasselby-torg"); null for places created through the API. */
    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private PlaceKind kind;

    // Its own select (batched, once per district per session), not a join: the district polygon (~10 KB) was
    // read and decoded again for every row of a page of places, plans or problems (issue 16).
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SELECT)
    @ManyToOne(optional = false)
    private District district;

    /** Other spellings in the plans, separated by '|'. */
    private String aliases;

    /** How the geometry was made and how accurate it is. */
    private String digitised;

    /** Estimated distance from the drawn geometry to the real place, metres. */
    @Column(name = "accuracy_m")
    private Integer accuracyM;

    private String source;

    @Column(name = "geom")
    private Geometry geometry;


    protected Place() {
    }

    public Place(String code, String name, PlaceKind kind, District district, Geometry geometry) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.district = district;
        this.geometry = geometry;
    }

    public void describe(String name, PlaceKind kind, District district, Geometry geometry) {
        this.name = name;
        this.kind = kind;
        this.district = district;
        this.geometry = geometry;
    }

    /** Records how the geometry was made, from what, and how close to reality it is believed to be. */
    public void provenance(String digitised, Integer accuracyM, String source) {
        this.digitised = digitised;
        this.accuracyM = accuracyM;
        this.source = source;
    }

    public void setAliases(String aliases) {
        this.aliases = aliases;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public PlaceKind getKind() {
        return kind;
    }

    public District getDistrict() {
        return district;
    }

    public String getAliases() {
        return aliases;
    }

    public String getDigitised() {
        return digitised;
    }

    public Integer getAccuracyM() {
        return accuracyM;
    }

    public String getSource() {
        return source;
    }

    public Geometry getGeometry() {
        return geometry;
    }
}
