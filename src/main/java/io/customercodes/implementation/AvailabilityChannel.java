package io.customercodes.implementation;

/** Where customers find the code (ISO 10001 clause 7.4: make the code available). */
public enum AvailabilityChannel {
    WEBSITE,
    POINT_OF_SALE,
    CONTRACT_TERMS,
    CUSTOMER_SERVICE,
    PRINTED_MATERIAL
}
