package io.customercodes.code;

/**
 * Examples of a first draft for common kinds of small organization, shipped with the app
 * (src/main/resources/examples/); the code manager adapts the copy.
 */
public enum ExampleDraft {
    ONLINE_SHOP("Online shop", "online-shop"),
    RESTAURANT("Restaurant", "restaurant"),
    REPAIR_SHOP("Repair shop", "repair-shop"),
    ENERGY_SUPPLIER("Energy supplier", "energy-supplier");

    private final String label;
    private final String resourceName;

    ExampleDraft(String label, String resourceName) {
        this.label = label;
        this.resourceName = resourceName;
    }

    public String label() {
        return label;
    }

    /** The classpath resource that holds the example. */
    public String resource() {
        return "examples/" + resourceName + ".json";
    }
}
