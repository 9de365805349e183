package se.platslage.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.platslage.district.District;

/** A district's action plan (or follow-up) for one year: one tab per prioritised area. */
@Entity
public class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    // Its own select (batched, once per district per session), not a join: the district polygon (~10 KB) was
    // read and decoded again for every row of a page of places, plans or problems (issue 16).
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SELECT)
    @ManyToOne(optional = false)
    private District district;

    @Column(name = "plan_year")
    private int year;

    @Enumerated(EnumType.STRING)
    private PlanKind kind;

    private String title;
    private String sourceDocument;

    /** The date the plan counts from; measures without a follow-up are "planned" since then. */
    private LocalDate adopted;

    @OneToMany(mappedBy = "plan")
    @OrderBy("number")
    private List<PriorityArea> priorityAreas = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "printed_summary_row", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderBy("areaNumber")
    private List<PrintedSummaryRow> printedSummary = new ArrayList<>();

    protected Plan() {
    }

    public Plan(String code, District district, int year, PlanKind kind, String title, String sourceDocument,
            LocalDate adopted) {
        this.code = code;
        this.district = district;
        this.year = year;
        this.kind = kind;
        this.title = title;
        this.sourceDocument = sourceDocument;
        this.adopted = adopted;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public District getDistrict() {
        return district;
    }

    public int getYear() {
        return year;
    }

    public PlanKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getSourceDocument() {
        return sourceDocument;
    }

    public LocalDate getAdopted() {
        return adopted;
    }

    public List<PriorityArea> getPriorityAreas() {
        return priorityAreas;
    }

    public List<PrintedSummaryRow> getPrintedSummary() {
        return printedSummary;
    }
}
