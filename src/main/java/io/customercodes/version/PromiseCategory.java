package io.customercodes.version;

public enum PromiseCategory {
    DELIVERY("Delivery"),
    RETURNS("Returns"),
    PERSONAL_INFORMATION("Personal information"),
    ADVERTISING("Advertising"),
    PRODUCT_ATTRIBUTES("Product attributes"),
    COMPLAINTS("Complaints"),
    OTHER("Other");

    private final String label;

    PromiseCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
