import type { AnnotationStatus, TagId } from "../schema/index.ts";

// The input every offset-carrying exporter takes: a text and the spans anchored in it. The dataset join
// (shared/src/dataset) builds these from crawled records; the extension can build them from a page's text.

/** One reviewed span: `text === document.text.slice(start, end)`, UTF-16 offsets into the NFC text. */
export interface ExportSpan {
  start: number;
  end: number;
  text: string;
  tag: TagId;
  status: AnnotationStatus;
  value: string | number | null;
  note: string | null;
  author: string;
  provenance: "human" | "machine";
  annotationId: string;
}

export interface ExportDocument {
  /** The record id (16 hex digits) or another stable id of the text. */
  id: string;
  url: string;
  text: string;
  title: string | null;
  /** `YYYY-MM-DD…` as the record has it, or null. */
  publicationDate: string | null;
  province: string | null;
  sourceId: string | null;
  /** Sorted by start, then end. */
  spans: ExportSpan[];
}

/** The spans a training format should learn from: rejected suggestions are what the machine got wrong. */
export function isPositiveSpan(span: ExportSpan): boolean {
  return span.status !== "rejected";
}
