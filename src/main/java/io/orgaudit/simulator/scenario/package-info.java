/**
 * The simulated organization: an immutable {@link io.orgaudit.simulator.scenario.Scenario} of accounts and what is
 * in them, built fluently or read from YAML, with each account's expected verdict. Knows nothing of the wire.
 */
package io.orgaudit.simulator.scenario;
