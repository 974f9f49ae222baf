package io.orgaudit.benchmark;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A fixed piece of CPU work timed before a run. On a machine whose cores are shared (other builds, other VMs on the
 * host) the same scan takes more CPU time and more wall time when the host is busy; this figure tells such runs apart.
 */
final class CpuCheck {

    private CpuCheck() {
    }

    /** The slowest and the fastest of three rounds of hashing 32 MB on one core, after a warm-up, in MB/s. */
    static double[] megabytesPerSecond() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] block = new byte[1 << 20];
            for (int warmUp = 0; warmUp < 64; warmUp++) {
                sha256.update(block);
            }
            double slowest = Double.MAX_VALUE;
            double fastest = 0;
            for (int round = 0; round < 3; round++) {
                long started = System.nanoTime();
                for (int i = 0; i < 32; i++) {
                    sha256.update(block);
                }
                sha256.digest();
                double rate = 32 / ((System.nanoTime() - started) / 1e9);
                slowest = Math.min(slowest, rate);
                fastest = Math.max(fastest, rate);
            }
            return new double[] {slowest, fastest};
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
