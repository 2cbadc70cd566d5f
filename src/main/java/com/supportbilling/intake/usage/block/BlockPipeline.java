package com.supportbilling.intake.usage.block;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Reads blocks ahead on a thread of its own, has {@code workers} turn each into a result, and hands
 * the results over in file order: the caller's thread only takes them, while the next blocks are
 * read and worked on. At most {@code ahead} blocks are in flight, which bounds the memory.
 */
public final class BlockPipeline<T> implements AutoCloseable {

    private static final CompletableFuture<Object> END = CompletableFuture.completedFuture(null);

    private final BlockingQueue<CompletableFuture<?>> queue;
    private final Thread producer;
    private volatile boolean closed;

    public BlockPipeline(UsageBlocks reader, Function<UsageBlock, T> work, Executor workers, int ahead) {
        this.queue = new ArrayBlockingQueue<>(ahead);
        this.producer = new Thread(() -> produce(reader, work, workers), "usage-reader");
        this.producer.setDaemon(true);
        this.producer.start();
    }

    private void produce(UsageBlocks reader, Function<UsageBlock, T> work, Executor workers) {
        try {
            for (UsageBlock block = reader.next(); block != null && !closed; block = reader.next()) {
                UsageBlock read = block;
                queue.put(CompletableFuture.supplyAsync(() -> work.apply(read), workers));
            }
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            try {
                queue.put(CompletableFuture.failedFuture(e));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The next result in file order, or null after the last block. */
    @SuppressWarnings("unchecked")
    public T next() {
        try {
            CompletableFuture<?> next = queue.take();
            if (next == END) {
                queue.put(END);
                return null;
            }
            return (T) next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading usage", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Stops reading ahead; the reader is the caller's to close once this returns. */
    @Override
    public void close() {
        closed = true;
        producer.interrupt();
        queue.clear();
        try {
            producer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
