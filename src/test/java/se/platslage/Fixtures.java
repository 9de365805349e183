package se.platslage;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import se.platslage.measure.Measure;
import se.platslage.place.Place;
import se.platslage.problem.Problem;
import se.platslage.target.ClassificationTarget;

/** Looks up the real plan data the tests act on, by its stable geodata ids. */
@Component
public class Fixtures {

    private final EntityManager em;

    Fixtures(EntityManager em) {
        this.em = em;
    }

    public Measure measure(String ref) {
        return em.createQuery("select m from Measure m where m.ref = :ref", Measure.class)
                .setParameter("ref", ref).getSingleResult();
    }

    public Problem problem(String ref) {
        return em.createQuery("select p from Problem p where p.ref = :ref", Problem.class)
                .setParameter("ref", ref).getSingleResult();
    }

    public Place place(String code) {
        return em.createQuery("select p from Place p where p.code = :code", Place.class)
                .setParameter("code", code).getSingleResult();
    }

    public ClassificationTarget targetAt(String placeCode) {
        return em.createQuery("select t from ClassificationTarget t where t.place.code = :code",
                ClassificationTarget.class).setParameter("code", placeCode).getResultList().get(0);
    }

    /** A measure of a plan whose "Vem" names the park engineer. */
    public Measure parkEngineersMeasure() {
        return em.createQuery("select m from Measure m where m.responsible = 'Parkingenjör' order by m.id",
                Measure.class).setMaxResults(1).getSingleResult();
    }

    public long planId(String code) {
        return em.createQuery("select p.id from Plan p where p.code = :code", Long.class)
                .setParameter("code", code).getSingleResult();
    }
}
