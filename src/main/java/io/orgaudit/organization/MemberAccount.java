package io.orgaudit.organization;

/**
 * An account of the organization as Organizations lists it.
 *
 * @param status ACTIVE, SUSPENDED or PENDING_CLOSURE; only ACTIVE accounts are scanned
 * @param ouPath the organizational units from the root, e.g. "Workloads/Prod"; "" for an account under the root
 */
public record MemberAccount(String id, String name, String email, String status, String ouPath) {

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
