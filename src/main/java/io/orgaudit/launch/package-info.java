/**
 * The command line: checks the start-up (settings, files, disk), takes the run lock, starts, resumes or reruns a
 * run through {@link io.orgaudit.job.ScanJobs}, and turns how it ended into one line per problem and an exit code.
 */
package io.orgaudit.launch;
