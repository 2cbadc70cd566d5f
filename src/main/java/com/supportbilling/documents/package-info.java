/**
 * The documents a payer receives: {@code documents/<invoice_id>.pdf} for every invoice and
 * {@code documents/<refund_id>.pdf}, a credit note naming the invoice it credits, for every refund,
 * in English or Korean, with the seller's details from the settings. Drawn with PDFBox, on every
 * processor, from the month's files and the ledger.
 */
package com.supportbilling.documents;
