package io.orgaudit.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

import io.orgaudit.simulator.RequestGauge;

/**
 * Watches a run from the side: every 10 ms the requests the simulator is answering and the heap in use, and after
 * every garbage collection the heap that survived it (the live set, which is what has to fit in the heap).
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
    private volatile long peakHeapSampled;
    private volatile int peakInFlightSampled;
    private volatile long samples;
    private volatile long inFlightSum;

    RunSampler(RequestGauge gauge) {
        this.gauge = gauge;
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        emitters.forEach(emitter -> emitter.addNotificationListener(afterGc, null, null));
        thread = new Thread(this::sample, "benchmark-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        while (running) {
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            int inFlight = gauge.current();
            peakHeapSampled = Math.max(peakHeapSampled, heap);
            peakInFlightSampled = Math.max(peakInFlightSampled, inFlight);
            inFlightSum += inFlight;
            samples++;
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long peakHeapSampled() {
        return peakHeapSampled;
    }

    /** The sum of each heap pool's peak since the start (an upper bound: the pools peak at different times). */
    long peakHeapOfPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    long peakHeapAfterGc() {
        return peakHeapAfterGc.get();
    }

    int peakInFlightSampled() {
        return peakInFlightSampled;
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
