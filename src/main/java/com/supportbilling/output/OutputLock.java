package com.supportbilling.output;

import com.supportbilling.resources.FileLocks;
import com.supportbilling.resources.ThisProcess;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Optional;

/**
 * One writer per month of an output folder, whatever state it bills from (D49): an operating-system
 * lock on {@code <output>/.lock-<YYYY-MM>}, held from the staging of a revision until it is published,
 * so that two runs on different states never stage into, or publish, one folder together. The lock
 * file names its holder for the one that is refused; the lock goes with the process that held it.
 */
public final class OutputLock implements AutoCloseable {

    private final FileChannel channel;

    private OutputLock(FileChannel channel) {
        this.channel = channel;
    }

    /** Takes the month of {@code output}, or returns who holds it. */
    public static Taken take(Path output, YearMonth month, String purpose) throws IOException {
        Files.createDirectories(output);
        Path file = output.resolve(".lock-" + month);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock = FileLocks.tryLock(channel);
        if (lock == null) {
            String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
            channel.close();
            return new Taken(Optional.empty(), holder.isEmpty() ? "another billing process" : holder);
        }
        String holder = "pid " + ThisProcess.pid() + " on "
                + InetAddress.getLocalHost().getHostName() + ", " + purpose + ", since " + LocalDateTime.now().withNano(0);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        return new Taken(Optional.of(new OutputLock(channel)), holder);
    }

    /** Lets the month go: closing the channel releases the lock. */
    @Override
    public void close() throws IOException {
        channel.truncate(0);
        channel.close();
    }

    /** The lock when this process got it; else who holds it. */
    public record Taken(Optional<OutputLock> lock, String holder) {
    }
}
