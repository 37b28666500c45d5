package io.customercodes.version;

/** One commitment a code makes to customers. */
public class Promise {

    private final Long id;
    private final int position;
    private final PromiseCategory category;
    private final String text;

    /** The promise of the model code's version this one was copied from, and its number there. */
    private final Long modelPromiseId;
    private final Integer modelPromiseNumber;

    Promise(Long id, int position, PromiseCategory category, String text, Long modelPromiseId,
            Integer modelPromiseNumber) {
        this.id = id;
        this.position = position;
        this.category = category;
        this.text = text;
        this.modelPromiseId = modelPromiseId;
        this.modelPromiseNumber = modelPromiseNumber;
    }

    public Long getId() {
        return id;
    }

    int getPosition() {
        return position;
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

    public Long getModelPromiseId() {
        return modelPromiseId;
    }

    public Integer getModelPromiseNumber() {
        return modelPromiseNumber;
    }
}
