/**
 * A simulated AWS organization on a loopback port (DESIGN.md section 5): start one with
 * {@link io.orgaudit.simulator.SimulatedAws#start}. Its parts, which depend on each other one way
 * (api, then server, then protocol, then scenario):
 * <ul>
 *   <li>{@code scenario}: the organization served (accounts, trails, log groups, alarms, topics, buckets), its
 *       builders, YAML files and expected verdicts;</li>
 *   <li>{@code protocol}: the AWS wire (SigV4, the query, JSON, REST-JSON and S3 endpoints, error codes);</li>
 *   <li>{@code server}: the HTTP handler and what a running simulator keeps (credentials, faults, calls, S3 objects);</li>
 *   <li>{@code api}: one class per AWS API answered.</li>
 * </ul>
 */
package io.orgaudit.simulator;
