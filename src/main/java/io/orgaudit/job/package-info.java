/**
 * The Spring Batch wiring only: the jobs, their steps and the thin tasklets that hand each step to the scan, the
 * store or the report; and {@link io.orgaudit.job.ScanJobs}, which starts them for the launch.
 */
package io.orgaudit.job;
