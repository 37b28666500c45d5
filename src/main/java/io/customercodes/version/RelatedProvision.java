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

/** What makes a promise real: responsibility, complaint channel, remedy, dispute body, limitation. */
@Entity
public class RelatedProvision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    private CodeVersion version;

    private int position;

    @Enumerated(EnumType.STRING)
    private ProvisionType type;

    private String text;

    private Integer promiseNumber;

    protected RelatedProvision() {
    }

    RelatedProvision(CodeVersion version, int position, ProvisionType type, String text, Integer promiseNumber) {
        this.version = version;
        this.position = position;
        this.type = type;
        this.text = text;
        this.promiseNumber = promiseNumber;
    }

    public Long getId() {
        return id;
    }

    public ProvisionType getType() {
        return type;
    }

    public String getText() {
        return text;
    }

    public Integer getPromiseNumber() {
        return promiseNumber;
    }
}
