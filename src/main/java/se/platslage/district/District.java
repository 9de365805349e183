package se.platslage.district;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.locationtech.jts.geom.Geometry;

/** A stadsdelsområde (city district administration's area); its polygon in EPSG:3006. */
@Entity
public class District {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private String name;
    private String source;

    @Column(name = "geom")
    private Geometry geometry;

    protected District() {
    }

    public District(String code, String name, String source, Geometry geometry) {
        this.code = code;
        this.name = name;
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

    public String getSource() {
        return source;
    }

    public Geometry getGeometry() {
        return geometry;
    }
}
