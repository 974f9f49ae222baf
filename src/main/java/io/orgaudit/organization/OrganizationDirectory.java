package io.orgaudit.organization;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.AccessDeniedException;
import software.amazon.awssdk.services.organizations.model.AwsOrganizationsNotInUseException;
import software.amazon.awssdk.services.organizations.model.Organization;

import io.orgaudit.access.AwsAccess;
import io.orgaudit.settings.ActionableFailure;

/**
 * Reads the organization through the hub identity: every account with its OU path, from one walk of the OU tree
 * ({@link OrganizationWalk}). Every account has exactly one parent (the root or an OU), so the walk finds them all
 * and a separate ListAccounts would only repeat it.
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
        List<MemberAccount> accounts = new ArrayList<>();
        accounts(page -> {
            synchronized (accounts) {
                accounts.addAll(page);
            }
        });
        accounts.sort(Comparator.comparing(MemberAccount::id));
        return accounts;
    }

    /**
     * All accounts, any status, handed to {@code pages} a page at a time as the pages arrive (20 accounts each, from
     * several OU listings at once), so the scan can start on the first accounts while the rest are still listed.
     * {@code pages} is called from several threads, one page at a time per listing.
     */
    public void accounts(Consumer<List<MemberAccount>> pages) {
        ExecutorService workers = Executors.newFixedThreadPool(PARALLEL_LISTINGS, runnable -> {
            Thread thread = new Thread(runnable, "organization-listing");
            thread.setDaemon(true);
            return thread;
        });
        try (OrganizationsClient organizations = access.organizations()) {
            new OrganizationWalk(organizations, workers, pages).walk();
        } catch (AccessDeniedException e) {
            throw new ActionableFailure("the hub credentials (account " + access.hubAccountId() + ") may not list "
                    + "the organization's accounts (" + e.awsErrorDetails().errorCode() + "): run orgaudit as the "
                    + "management account or a delegated administrator, with organizations:ListRoots, "
                    + "ListOrganizationalUnitsForParent and ListAccountsForParent (k8s/iam/hub-policy.json)", e);
        } finally {
            workers.shutdownNow();
        }
    }
}
