package io.orgaudit.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AccountSelectionTest {

    @Test
    void selectsEveryAccountWhenNothingIsIncluded() {
        assertThat(new ScanSettings.Accounts(List.of(), List.of(), List.of(), List.of()).selects("111111111111", "Sandbox")).isTrue();
    }

    @Test
    void anIncludedOuCoversItsChildOusButNotItsNamesakes() {
        var accounts = new ScanSettings.Accounts(List.of(), List.of(), List.of("Workloads"), List.of());
        assertThat(accounts.selects("1", "Workloads")).isTrue();
        assertThat(accounts.selects("2", "Workloads/Prod")).isTrue();
        assertThat(accounts.selects("3", "WorkloadsLegacy")).isFalse();
        assertThat(accounts.selects("4", "")).isFalse();
    }

    @Test
    void excludesWinOverIncludes() {
        var accounts = new ScanSettings.Accounts(List.of("111111111111"), List.of(), List.of("Workloads"),
                List.of("Workloads/Dev"));
        assertThat(accounts.selects("111111111111", "")).isTrue();
        assertThat(accounts.selects("2", "Workloads/Prod")).isTrue();
        assertThat(accounts.selects("3", "Workloads/Dev/Team")).isFalse();
        assertThat(new ScanSettings.Accounts(List.of(), List.of("5"), List.of(), List.of()).selects("5", "Sandbox")).isFalse();
    }
}
