package io.orgaudit.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.AccessDeniedException;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.AwsOrganizationsNotInUseException;
import software.amazon.awssdk.services.organizations.model.Organization;

import io.orgaudit.access.AwsAccess;
import io.orgaudit.settings.ActionableFailure;

/**
 * Reads the organization through the hub identity: every account (ListAccounts, 20 a page, as AWS serves it)
 * and the OU path of each, from one walk of the OU tree ({@link OrganizationWalk}), the two side by side.
 */
public final class OrganizationDirectory {

    /** OU listings in flight at once: a few, since Organizations' request quota is shared by the whole organization. */
    private static final int PARALLEL_LISTINGS = 4;

    private final AwsAccess access;

    public OrganizationDirectory(AwsAccess access) {
        this.access = access;
    }

    public OrganizationInfo describe() {
        try (OrganizationsClient organizations = access.organizations()) {
            Organization organization = organizations.describeOrganization().organization();
            return new OrganizationInfo(organization.id(), organization.masterAccountId());
        } catch (AwsOrganizationsNotInUseException e) {
            throw new ActionableFailure("The hub credentials (account " + access.hubAccountId()
                    + ") do not belong to an AWS Organization; run orgaudit with credentials of the management "
                    + "account or of a delegated administrator", e);
        }
    }

    /** All accounts, any status, sorted by id; the caller decides which to scan. */
    public List<MemberAccount> accounts() {
        try (OrganizationsClient organizations = access.organizations()) {
            return accounts(organizations);
        } catch (AccessDeniedException e) {
            throw new ActionableFailure("the hub credentials (account " + access.hubAccountId() + ") may not list "
                    + "the organization's accounts (" + e.awsErrorDetails().errorCode() + "): run orgaudit as the "
                    + "management account or a delegated administrator, with organizations:ListAccounts, ListRoots, "
                    + "ListOrganizationalUnitsForParent and ListAccountsForParent (k8s/iam/hub-policy.json)", e);
        }
    }

    /**
     * ListAccounts pages (20 accounts each, one after another, as AWS serves them) while the OU tree is walked
     * beside them, so discovery takes as long as the longer of the two rather than their sum.
     */
    private static List<MemberAccount> accounts(OrganizationsClient organizations) {
        ExecutorService workers = Executors.newFixedThreadPool(1 + PARALLEL_LISTINGS, runnable -> {
            Thread thread = new Thread(runnable, "organization-listing");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<List<Account>> listed = workers.submit(() -> organizations.listAccountsPaginator(
                    r -> r.maxResults(20)).stream().flatMap(page -> page.accounts().stream()).toList());
            Map<String, MemberAccount> walked = new OrganizationWalk(organizations, workers).walk();
            List<MemberAccount> accounts = new ArrayList<>();
            for (Account account : OrganizationWalk.result(listed)) {
                MemberAccount found = walked.get(account.id());
                accounts.add(new MemberAccount(account.id(), account.name(), account.email(),
                        account.statusAsString(), found == null ? "" : found.ouPath()));
            }
            accounts.sort((a, b) -> a.id().compareTo(b.id()));
            return accounts;
        } finally {
            workers.shutdownNow();
        }
    }
}
