package com.supportbilling.intake.usage;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.base.FeeBasePolicy;
import com.supportbilling.intake.FileCount;
import com.supportbilling.intake.RejectReason;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What a usage intake found, row by row or block by block (R2, R10). */
public interface UsageFigures {

    /** Each account's fee base: the exact sum of its eligible lines. */
    Map<AccountId, BigDecimal> bases();

    List<FileCount> fileCounts();

    Map<RejectReason, Long> rejectedByReason();

    BigDecimal acceptedTotal();

    Map<FeeBasePolicy.Exclusion, BigDecimal> excludedByCause();
}
