package se.platslage.district;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.locationtech.jts.geom.Geometry;

/** A platssamverkan area or a police-classified area (utsatt område), drawn as a polygon. */
@Entity
public class Area {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private String name;
    private String kind;

    // Its own select (batched, once per district per session), not a join: the district polygon (~10 KB) was
    // read and decoded again for every row of a page of places, plans or problems (issue 16).
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SELECT)
    @ManyToOne(optional = false)
    private District district;

    private String digitised;
    private String source;

    @Column(name = "geom")
    private Geometry geometry;

    protected Area() {
    }

    public Area(String code, String name, String kind, District district, String digitised, String source,
            Geometry geometry) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.district = district;
        this.digitised = digitised;
        this.source = source;
        this.geometry = geometry;
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

    public String getKind() {
        return kind;
    }

    public District getDistrict() {
        return district;
    }

    public String getDigitised() {
        return digitised;
    }

    public String getSource() {
        return source;
    }

    public Geometry getGeometry() {
        return geometry;
    }
}
