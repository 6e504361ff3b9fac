package org.flipside.internal.report;

/**
 * The evaluation report in both forms, made from one document.
 *
 * @param html the XHTML page, charts embedded
 * @param pdf the same document as PDF
 */
public record RenderedReport(String html, byte[] pdf) {
}
