package io.orgaudit.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A 64 KiB tmpfs, to fill a disk for real. Mounting needs root (CAP_SYS_ADMIN); elsewhere {@link #mount} says no. */
final class SmallDisk {

    private SmallDisk() {
    }

    static boolean mount(Path directory) throws InterruptedException {
        return run("mount", "-t", "tmpfs", "-o", "size=64k", "orgaudit-test", directory.toString());
    }

    static void unmount(Path directory) throws InterruptedException {
        run("umount", directory.toString());
    }

    /** Writes until the disk refuses: what is left is less than a block. */
    static void fill(Path directory) {
        byte[] block = new byte[4096];
        for (int i = 0; ; i++) {
            try {
                Files.write(directory.resolve("filler-" + i), block);
            } catch (IOException full) {
                return;
            }
        }
    }

    private static boolean run(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false; // no mount command
        }
    }
}
