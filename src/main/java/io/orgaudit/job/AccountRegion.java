package io.orgaudit.job;

import io.orgaudit.access.Failure;

/**
 * One unit of collection work: an account in a region. When the account itself could not be opened (its role,
 * its region list), a single item with region "*" carries the failure so it is recorded like any evidence.
 */
record AccountRegion(String accountId, String region, Failure accountFailure) {}
