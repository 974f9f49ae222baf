package io.orgaudit.demo;

/** In the demo, the line a run ends with: what the simulated AWS served, e.g. "Simulated AWS served 169 calls: ...". */
@FunctionalInterface
public interface CallSummary {

    String line();
}
