package com.supportbilling.intake.usage.block;

import java.nio.file.Path;

/**
 * What the usage intake may use beside its blocks in flight (D80): {@code budget} bytes of memory for
 * the duplicate check, {@code spillFolder} for what does not fit (made only when needed, removed
 * afterwards), and {@code threads} workers to read the spill back.
 */
public record UsageMemory(long budget, Path spillFolder, int threads) {
}
