package com.supportbilling.core.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.core.base.FeeBasePolicy.Exclusion;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R2: which lines make the fee base, and under which cause the others are counted (D23). */
class FeeBasePolicyTest {

    private static final FeeBasePolicy POLICY = new FeeBasePolicy(List.of("AWSDeveloperSupport", "AWSSupportBusiness",
            "AWSSupportEnterprise", "AWSEnterpriseOnRamp", "AWSSupport", "AWSManagedServices", "AWSProfessionalServices",
            "AWSMarketplace"));

    @ParameterizedTest(name = "{0} {1} billed by ''{2}'' → {3}")
    @CsvSource(delimiter = '|', nullValues = "IN", value = {
            "USAGE      | AmazonEC2            | AWS                | IN",
            "FEE        | AmazonRoute53        | AWS                | IN",
            "USAGE      | AmazonEC2            | ''                 | IN",
            // the support fee itself, whatever the case of its product code
            "FEE        | AWSSupportBusiness   | AWS                | SERVICE",
            "FEE        | awsenterpriseonramp  | AWS                | SERVICE",
            "FEE        | ' AWSDeveloperSupport' | AWS              | SERVICE",
            "USAGE      | AWSMarketplace       | ''                 | SERVICE",
            // bill/BillingEntity: exactly "AWS Marketplace", trimmed, in any case
            "USAGE      | prod-7k2xq9abcd      | AWS Marketplace    | MARKETPLACE",
            "FEE        | prod-7k2xq9abcd      | ' aws marketplace '| MARKETPLACE",
            "USAGE      | prod-7k2xq9abcd      | AWS Marketplace EU | IN",
            "USAGE      | prod-7k2xq9abcd      | Marketplace        | IN",
            // the first cause counts: charge type, then service, then Marketplace
            "TAX        | prod-7k2xq9abcd      | AWS Marketplace    | CHARGE_TYPE",
            "CREDIT     | AWSSupportBusiness   | AWS                | CHARGE_TYPE",
            "FEE        | AWSSupportBusiness   | AWS Marketplace    | SERVICE",
            "COMMITMENT | ComputeSavingsPlans  | AWS                | CHARGE_TYPE",
            "DISCOUNT   | AmazonEC2            | AWS                | CHARGE_TYPE",
            "REFUND     | AmazonEC2            | AWS                | CHARGE_TYPE"})
    void aLineIsInTheBaseOrLeftOutForItsFirstCause(ChargeType type, String service, String entity, Exclusion cause) {
        assertThat(POLICY.exclusion(type, service, entity)).isEqualTo(cause);
    }
}
