/**
 * orgaudit's own tables beside Spring Batch's: runs, accounts, evidence and verdicts, one store each. Depends on no
 * other package of the scan, so anything may read a run back (the report, a rerun, a comparison of two runs).
 */
package io.orgaudit.store;
