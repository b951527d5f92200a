import type { SpanDocument } from "../schema/index.ts";
import { type ExportDocument, isPositiveSpan } from "./document.ts";

// Documents with character spans, one JSON object per line: `{ id, url, text, spans: [{ start, end, label,
// text, status, value }], label: [[start, end, label], …] }`. `spans` is the spaCy-style list; `label` is the
// same spans as doccano's sequence-labelling import reads them. All spans are kept, rejected ones too: filter
// on `status` to train only on confirmed facts.

export type SpanJsonlLine = SpanDocument & { label: Array<[number, number, string]> };

export function toSpanDocument(doc: ExportDocument): SpanJsonlLine {
  const spans = doc.spans.map((s) => ({
    start: s.start,
    end: s.end,
    label: s.tag,
    text: s.text,
    status: s.status,
    value: s.value,
  }));
  return {
    id: doc.id,
    url: doc.url,
    text: doc.text,
    spans,
    label: doc.spans.filter(isPositiveSpan).map((s) => [s.start, s.end, s.tag]),
  };
}

export function spanDocumentsToJsonl(docs: readonly ExportDocument[]): string {
  return docs.length ? `${docs.map((d) => JSON.stringify(toSpanDocument(d))).join("\n")}\n` : "";
}
