package se.platslage.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * A prioritised collaboration area of a plan (a tab): 1-5 are the SÖK's common areas, 6 and above a
 * district's own.
 */
@Entity
public class PriorityArea {

    public static final int FIRST_OWN_AREA = 6;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    private Plan plan;

    @Column(name = "area_number")
    private int number;

    private String name;

    protected PriorityArea() {
    }

    public PriorityArea(Plan plan, int number, String name) {
        this.plan = plan;
        this.number = number;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public Plan getPlan() {
        return plan;
    }

    public int getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public boolean isDistrictsOwn() {
        return number >= FIRST_OWN_AREA;
    }
}
