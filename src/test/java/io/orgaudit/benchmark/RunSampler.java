package io.orgaudit.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

import io.orgaudit.simulator.server.RequestGauge;

/**
 * Watches a run from the side: every 10 ms the requests the simulator is answering and the heap in use, after every
 * garbage collection the heap that survived it (an upper bound: a young collection leaves old garbage in place),
 * and, with {@code -Dbench.liveHeapSeconds=N}, the live set after a full collection every N seconds.
 */
final class RunSampler implements AutoCloseable {

    private final RequestGauge gauge;
    private final Thread thread;
    private final AtomicLong peakHeapAfterGc = new AtomicLong();
    private final List<NotificationEmitter> emitters = ManagementFactory.getGarbageCollectorMXBeans().stream()
            .filter(NotificationEmitter.class::isInstance).map(NotificationEmitter.class::cast).toList();
    private final NotificationListener afterGc = (notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            long used = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo()
                    .getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
            peakHeapAfterGc.accumulateAndGet(used, Math::max);
        }
    };
    private volatile boolean running = true;
    private final long liveHeapEveryNanos = Long.getLong("bench.liveHeapSeconds", 0) * 1_000_000_000L;
    private volatile long peakLiveHeap = -1;
    private volatile long peakHeapSampled;
    private volatile int peakInFlightSampled;
    private volatile long samples;
    private volatile long inFlightSum;
    /** Per whole second of the run: the mean requests in flight, and the share of the 2 (or N) cores in use. */
    private final List<int[]> perSecond = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final long cpuAtStart = processCpuNanos();
    private final Map<Long, Long> threadCpuAtStart = threadCpu();
    private final long gcMillisAtStart = gcMillis();
    private final long jitMillisAtStart = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();

    RunSampler(RequestGauge gauge) {
        this.gauge = gauge;
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        emitters.forEach(emitter -> emitter.addNotificationListener(afterGc, null, null));
        thread = new Thread(this::sample, "benchmark-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        long nextLiveProbe = System.nanoTime() + liveHeapEveryNanos;
        long secondStarted = System.nanoTime();
        long secondCpu = processCpuNanos();
        long secondSum = 0;
        long secondSamples = 0;
        while (running) {
            if (System.nanoTime() - secondStarted >= 1_000_000_000L) {
                long now = System.nanoTime();
                long cpu = processCpuNanos();
                perSecond.add(new int[] {(int) Math.round((double) secondSum / Math.max(1, secondSamples)),
                        (int) Math.round(100.0 * (cpu - secondCpu) / (now - secondStarted)
                                / Runtime.getRuntime().availableProcessors())});
                rememberThreads();
                secondStarted = now;
                secondCpu = cpu;
                secondSum = 0;
                secondSamples = 0;
            }
            if (liveHeapEveryNanos > 0 && System.nanoTime() >= nextLiveProbe) {
                // A full collection leaves only what the run still holds: its live set, what must fit in the heap.
                System.gc();
                peakLiveHeap = Math.max(peakLiveHeap, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                nextLiveProbe = System.nanoTime() + liveHeapEveryNanos;
            }
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            int inFlight = gauge.current();
            peakHeapSampled = Math.max(peakHeapSampled, heap);
            peakInFlightSampled = Math.max(peakInFlightSampled, inFlight);
            inFlightSum += inFlight;
            samples++;
            secondSum += inFlight;
            secondSamples++;
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** CPU time the whole JVM (scan, simulator, JIT, GC) used since the start; what a loaded machine shares out. */
    long cpuNanos() {
        return processCpuNanos() - cpuAtStart;
    }

    /**
     * CPU time since the start by kind of thread (names without their numbers: scan-, simulated-aws-, main, ...);
     * "JIT, GC and exited threads" is the rest of the process's CPU time (a thread that exited counts up to the
     * last second it was seen).
     */
    Map<String, Long> cpuNanosByThreadKind() {
        rememberThreads();
        Map<String, Long> byKind = new TreeMap<>();
        seenThreads.forEach((id, seen) -> byKind.merge(seen.kind(), seen.cpuNanos()
                - threadCpuAtStart.getOrDefault(id, 0L), Long::sum));
        long threads = byKind.values().stream().mapToLong(Long::longValue).sum();
        byKind.put("JIT, GC and exited threads", cpuNanos() - threads);
        return byKind;
    }

    /** A thread's kind (its name without numbers) and the CPU time it had used when last seen. */
    private record SeenThread(String kind, long cpuNanos) {}

    /**
     * Every thread seen during the run, refreshed each second: a pool's thread that exits before the end (the
     * simulator's, in a long run) keeps its CPU time under its own kind instead of joining "exited threads".
     */
    private final Map<Long, SeenThread> seenThreads = new java.util.concurrent.ConcurrentHashMap<>();

    private void rememberThreads() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                long nanos = threads.getThreadCpuTime(info.getThreadId());
                if (nanos > 0) {
                    seenThreads.put(info.getThreadId(), new SeenThread(info.getThreadName().replaceAll("\\d+", "N"),
                            nanos));
                }
            }
        }
    }

    /** Wall time spent in garbage collection and in JIT compilation since the start (either may use several cores). */
    String gcAndJit() {
        return String.format("GC %.1f s in %s, JIT compiling %.1f s", (gcMillis() - gcMillisAtStart) / 1e3,
                String.join("+", ManagementFactory.getGarbageCollectorMXBeans().stream().map(gc -> gc.getName()).toList()),
                (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitMillisAtStart) / 1e3);
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(gc -> Math.max(0, gc.getCollectionTime()))
                .sum();
    }

    private static Map<Long, Long> threadCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpu = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            long nanos = threads.getThreadCpuTime(id);
            if (nanos > 0) {
                cpu.put(id, nanos);
            }
        }
        return cpu;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    long peakHeapSampled() {
        return peakHeapSampled;
    }

    /** The sum of each heap pool's peak since the start (an upper bound: the pools peak at different times). */
    long peakHeapOfPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    /** The largest live set seen by the full collections of {@code -Dbench.liveHeapSeconds=N}; -1 when off. */
    long peakLiveHeap() {
        return peakLiveHeap;
    }

    long peakHeapAfterGc() {
        return peakHeapAfterGc.get();
    }

    int peakInFlightSampled() {
        return peakInFlightSampled;
    }

    /** Each whole second of the run as "in flight/CPU %", to see where a run fell short of the bound. */
    String timeline() {
        return String.join(" ", perSecond.stream().map(second -> second[0] + "/" + second[1] + "%").toList());
    }

    double meanInFlightSampled() {
        return samples == 0 ? 0 : (double) inFlightSum / samples;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(afterGc);
            } catch (javax.management.ListenerNotFoundException e) {
                // already gone
            }
        }
    }
}
