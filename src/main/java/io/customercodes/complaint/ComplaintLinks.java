package io.customercodes.complaint;

/** Where a complainant follows a complaint: a public page under /codes, found only through its token. */
public final class ComplaintLinks {

    public static final String STATUS_PAGE = "/codes/complaints/status/";

    private ComplaintLinks() {
    }

    public static String statusPath(String token) {
        return STATUS_PAGE + token;
    }
}
