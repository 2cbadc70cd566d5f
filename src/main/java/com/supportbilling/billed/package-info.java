/**
 * A billed month as its output files show it — invoices with their lines, refunds, rejects,
 * corrections and summary.json — read from a staged or published folder, or from a dry run's rows in
 * memory. What the report and the documents are built from, so that they say what the files say.
 */
package com.supportbilling.billed;
