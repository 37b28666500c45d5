package io.customercodes.version;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One commitment a code makes to customers. */
@Entity
public class Promise {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    private CodeVersion version;

    private int position;

    @Enumerated(EnumType.STRING)
    private PromiseCategory category;

    private String text;

    /** The promise of the model code's version this one was copied from. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "model_promise_id")
    private Promise modelPromise;

    protected Promise() {
    }

    Promise(CodeVersion version, int position, PromiseCategory category, String text, Promise modelPromise) {
        this.version = version;
        this.position = position;
        this.category = category;
        this.text = text;
        this.modelPromise = modelPromise;
    }

    public Long getId() {
        return id;
    }

    /** 1-based number customers and provisions refer to. */
    public int getNumber() {
        return position + 1;
    }

    public PromiseCategory getCategory() {
        return category;
    }

    public String getText() {
        return text;
    }

    public Promise getModelPromise() {
        return modelPromise;
    }
}
