/**
 * The scan of an organization without Spring Batch: the listing that feeds accounts as they are found, the
 * collection loop that scans them {@code orgaudit.concurrency} at once, region by region until the verdict is
 * settled, the judging of an account from its evidence, and the progress line.
 */
package io.orgaudit.scan;
