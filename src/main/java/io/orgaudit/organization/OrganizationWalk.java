package io.orgaudit.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.OrganizationalUnit;
import software.amazon.awssdk.services.organizations.model.Root;

import io.orgaudit.failure.Futures;

/**
 * Every account under its OU path, handed on a page at a time as each page arrives, from one walk of the OU tree: per
 * parent, its child OUs and its accounts (a call per page, rather than a ListParents per account). A parent's accounts
 * and its child OUs are listed side by side, and each child is walked as soon as it is known, beside its siblings, so
 * an OU's first page of accounts comes one round trip per level below the root. The walk takes about as long as its
 * longest listing plus a round trip per level above it, with at most as many listings at once as {@code workers} has
 * threads.
 */
final class OrganizationWalk {

    private record Parent(String id, String path) {}

    private final OrganizationsClient organizations;
    private final ExecutorService workers;
    private final Consumer<List<MemberAccount>> pages;

    OrganizationWalk(OrganizationsClient organizations, ExecutorService workers, Consumer<List<MemberAccount>> pages) {
        this.organizations = organizations;
        this.workers = workers;
        this.pages = pages;
    }

    /** Walks the whole tree; returns when every page has been handed on. */
    void walk() {
        List<CompletableFuture<Void>> roots = organizations.listRoots().roots().stream().map(Root::id)
                .map(id -> visit(new Parent(id, ""))).toList();
        Futures.join(CompletableFuture.allOf(roots.toArray(CompletableFuture[]::new)));
    }

    private CompletableFuture<Void> visit(Parent parent) {
        CompletableFuture<Void> accounts = CompletableFuture.runAsync(() -> recordAccountsOf(parent), workers);
        CompletableFuture<Void> children = CompletableFuture.supplyAsync(() -> childrenOf(parent), workers)
                .thenCompose(ous -> CompletableFuture.allOf(ous.stream().map(this::visit)
                        .toArray(CompletableFuture[]::new)));
        return CompletableFuture.allOf(accounts, children);
    }

    private List<Parent> childrenOf(Parent parent) {
        List<Parent> children = new ArrayList<>();
        for (OrganizationalUnit ou : organizations.listOrganizationalUnitsForParentPaginator(
                r -> r.parentId(parent.id())).stream().flatMap(page -> page.organizationalUnits().stream()).toList()) {
            children.add(new Parent(ou.id(), parent.path().isEmpty() ? ou.name() : parent.path() + "/" + ou.name()));
        }
        return children;
    }

    private void recordAccountsOf(Parent parent) {
        organizations.listAccountsForParentPaginator(r -> r.parentId(parent.id())).stream()
                .map(page -> page.accounts().stream().map(account -> new MemberAccount(account.id(), account.name(),
                        account.email(), account.statusAsString(), parent.path())).toList())
                .filter(accounts -> !accounts.isEmpty())
                .forEach(pages);
    }
}
