package io.customercodes.code;

/** Interested parties whose input ISO 10001 (clause 6.4, annex E) asks for while a code is drafted. */
public enum InterestedParty {
    CUSTOMER_REPRESENTATIVES("Customer representatives"),
    CONSUMER_ORGANIZATIONS("Consumer organizations"),
    STAFF("Staff"),
    REGULATORS("Regulators"),
    SUPPLIERS("Suppliers and partners"),
    INDUSTRY_BODY("Industry or trade body");

    private final String label;

    InterestedParty(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
