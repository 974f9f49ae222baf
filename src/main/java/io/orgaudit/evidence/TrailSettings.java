package io.orgaudit.evidence;

/**
 * What the CIS profile asks of a trail besides its chain.
 *
 * @param logging              GetTrailStatus.IsLogging
 * @param allManagementEvents  basic or advanced event selectors record management events of every read/write type
 * @param selectors            a short human summary of the selectors, for the findings
 */
public record TrailSettings(boolean logging, boolean allManagementEvents, String selectors) {}
