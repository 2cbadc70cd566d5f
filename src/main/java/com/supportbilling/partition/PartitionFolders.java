package com.supportbilling.partition;

import com.supportbilling.application.RunParameters;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a revision's partition plan and the workers' results lie, on the shared storage (D93, D96): a
 * hidden folder beside the staging folder, {@code <output>/.partitions-<YYYY-MM>-R<n>/}, holding the plan
 * and one folder per attempt at a partition, {@code <partition>-e<step execution id>/}, which only the
 * worker of that attempt writes. It is made with the plan and removed once the run has published (D153).
 */
public record PartitionFolders(Path root) {

    private static final String PLAN = "plan.bin";

    public static PartitionFolders of(RunParameters run) {
        return new PartitionFolders(run.outputFolder().resolve(".partitions-" + run.month() + "-R" + run.revision()));
    }

    /** The results folder of one attempt at {@code partition}: its step execution's. */
    public Path of(String partition, long stepExecutionId) {
        return root.resolve(partition + "-e" + stepExecutionId);
    }

    /** The plan of an earlier attempt at this revision, kept so that a restart reads the same partitions. */
    public Optional<List<UsagePartition>> plan() {
        Path plan = root.resolve(PLAN);
        if (!Files.isRegularFile(plan)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(plan)))) {
            List<UsagePartition> partitions = new ArrayList<>();
            for (int count = in.readInt(); count > 0; count--) {
                partitions.add(new UsagePartition(in.readUTF(), in.readInt(), in.readInt(), in.readInt(), in.readUTF(),
                        Path.of(in.readUTF()), in.readLong(), in.readLong(), in.readLong(), in.readBoolean()));
            }
            return Optional.of(List.copyOf(partitions));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new plan, in a folder emptied of whatever an earlier plan left; written whole or not at all. */
    public void newPlan(List<UsagePartition> partitions) {
        emptied(root);
        Path written = root.resolve(PLAN + ".new");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(written)))) {
            out.writeInt(partitions.size());
            for (UsagePartition p : partitions) {
                out.writeUTF(p.name());
                out.writeInt(p.index());
                out.writeInt(p.count());
                out.writeInt(p.fileIndex());
                out.writeUTF(p.file());
                out.writeUTF(p.path().toString());
                out.writeLong(p.start());
                out.writeLong(p.end());
                out.writeLong(p.firstLine());
                out.writeBoolean(p.wholeFile());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.move(written, root.resolve(PLAN), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty folder at {@code folder}: whatever an earlier attempt left there is gone. */
    public static Path emptied(Path folder) {
        delete(folder);
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
