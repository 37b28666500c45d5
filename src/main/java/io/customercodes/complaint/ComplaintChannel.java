package io.customercodes.complaint;

/** How a complaint reached the organization. */
public enum ComplaintChannel {
    PUBLIC_FORM, API, PHONE
}
