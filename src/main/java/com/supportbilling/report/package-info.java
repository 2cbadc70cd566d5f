/**
 * report.html: a month at a glance for the operator who closes it — headline figures, fees by plan
 * and line type, the last twelve billed months, the largest payers and changes, plan changes,
 * rejects and corrections — one self-contained page (inline CSS, SVG charts drawn here, no script),
 * filled from the month's files and the ledger by a Mustache template.
 */
package com.supportbilling.report;
