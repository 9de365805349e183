package se.platslage.problem;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.ManyToOne;

/** A cause (orsak) of a problem; the plan template asks for one measure row per cause. */
@Entity
public class Cause {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cause_seq")
    @SequenceGenerator(name = "cause_seq", sequenceName = "cause_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    private Problem problem;

    private int position;
    private String description;

    protected Cause() {
    }

    Cause(Problem problem, int position, String description) {
        this.problem = problem;
        this.position = position;
        this.description = description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getId() {
        return id;
    }

    public Problem getProblem() {
        return problem;
    }

    public int getPosition() {
        return position;
    }

    public String getDescription() {
        return description;
    }
}
