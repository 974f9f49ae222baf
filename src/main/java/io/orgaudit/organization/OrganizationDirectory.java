package io.orgaudit.organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.AccessDeniedException;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.AwsOrganizationsNotInUseException;
import software.amazon.awssdk.services.organizations.model.Organization;
import software.amazon.awssdk.services.organizations.model.OrganizationalUnit;
import software.amazon.awssdk.services.organizations.model.Root;

import io.orgaudit.access.AwsAccess;
import io.orgaudit.settings.ActionableFailure;

/**
 * Reads the organization through the hub identity: every account (ListAccounts, 20 a page, as AWS serves it)
 * and the OU path of each, from one walk of the OU tree (a call per OU rather than a ListParents per account).
 */
public final class OrganizationDirectory {

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

    private static List<MemberAccount> accounts(OrganizationsClient organizations) {
        Map<String, String> ouPathByAccount = ouPaths(organizations);
        List<MemberAccount> accounts = new ArrayList<>();
        for (Account account : organizations.listAccountsPaginator(r -> r.maxResults(20)).stream()
                .flatMap(page -> page.accounts().stream()).toList()) {
            accounts.add(new MemberAccount(account.id(), account.name(), account.email(),
                    account.statusAsString(), ouPathByAccount.getOrDefault(account.id(), "")));
        }
        accounts.sort((a, b) -> a.id().compareTo(b.id()));
        return accounts;
    }

    private static Map<String, String> ouPaths(OrganizationsClient organizations) {
        Map<String, String> pathByAccount = new HashMap<>();
        for (Root root : organizations.listRoots().roots()) {
            walk(organizations, root.id(), "", pathByAccount);
        }
        return pathByAccount;
    }

    private static void walk(OrganizationsClient organizations, String parentId, String path,
                             Map<String, String> pathByAccount) {
        organizations.listAccountsForParentPaginator(r -> r.parentId(parentId)).stream()
                .flatMap(page -> page.accounts().stream())
                .forEach(account -> pathByAccount.put(account.id(), path));
        for (OrganizationalUnit ou : organizations.listOrganizationalUnitsForParentPaginator(
                r -> r.parentId(parentId)).stream().flatMap(page -> page.organizationalUnits().stream()).toList()) {
            walk(organizations, ou.id(), path.isEmpty() ? ou.name() : path + "/" + ou.name(), pathByAccount);
        }
    }
}
