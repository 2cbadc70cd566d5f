/**
 * The billing domain: catalog, plan timeline, fee arithmetic, subjects, lines, refunds and money.
 * Plain Java, immutable values, no Spring and no I/O; the batch job and the CLI are adapters around it.
 */
package com.supportbilling.core;
