package com.supportbilling.partition.manager;

import com.supportbilling.application.RunParameters;
import com.supportbilling.job.lifecycle.AfterPublish;
import com.supportbilling.logging.OperatorLog;
import com.supportbilling.partition.PartitionFolders;
import com.supportbilling.settings.PartitionRoles;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Removes the partitions' folder of a run once it has published (D153), not as soon as the partitions are
 * combined: the workers' thousands of result files (256 a partition), deleted just before the documents are
 * written on the same file system, made ext4 look past each recently freed inode for every new document, and
 * the documents took twice the processor time. A run that fails keeps the folder, which its restart reads.
 */
@Component
@Profile(PartitionRoles.MANAGER)
class PartitionsRemoval implements AfterPublish {

    private static final Logger log = OperatorLog.get();

    @Override
    public void tidy(RunParameters run) {
        Path folder = PartitionFolders.of(run).root();
        try {
            PartitionFolders.delete(folder);
        } catch (UncheckedIOException e) {
            log.warn("the partitions' folder {} could not be removed ({}); the month is published, and the folder "
                    + "can be deleted by hand", folder, e.getCause().getMessage());
        }
    }
}
