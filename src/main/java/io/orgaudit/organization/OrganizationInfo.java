package io.orgaudit.organization;

public record OrganizationInfo(String id, String managementAccountId) {}
