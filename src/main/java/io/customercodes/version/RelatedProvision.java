package io.customercodes.version;

/** What makes a promise real: responsibility, complaint channel, remedy, dispute body, limitation. */
public class RelatedProvision {

    private final Long id;
    private final int position;
    private final ProvisionType type;
    private final String text;
    private final Integer promiseNumber;

    RelatedProvision(Long id, int position, ProvisionType type, String text, Integer promiseNumber) {
        this.id = id;
        this.position = position;
        this.type = type;
        this.text = text;
        this.promiseNumber = promiseNumber;
    }

    public Long getId() {
        return id;
    }

    int getPosition() {
        return position;
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
