import { FACT_CSV_COLUMNS, type FactCsvRow } from "../schema/index.ts";
import type { ExportDocument } from "./document.ts";

// CSV of facts, RFC 4180: CRLF line ends, a header row, fields quoted when they hold a comma, a quote, CR or
// LF, quotes doubled. One row per anchored annotation, rejected ones included (status says so).

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(values: readonly string[]): string {
  return `${values.map(field).join(",")}\r\n`;
}

export function toFactCsvRows(doc: ExportDocument): FactCsvRow[] {
  return doc.spans.map((s) => ({
    article_url: doc.url,
    record_id: doc.id,
    publication_date: doc.publicationDate ?? "",
    province: doc.province ?? "",
    tag: s.tag,
    text: s.text,
    value: s.value === null ? "" : String(s.value),
    status: s.status,
    provenance: s.provenance,
    reviewer: s.author,
    start: String(s.start),
    end: String(s.end),
    annotation_id: s.annotationId,
  }));
}

export function toFactsCsv(docs: readonly ExportDocument[]): string {
  let out = csvLine(FACT_CSV_COLUMNS);
  for (const d of docs)
    for (const row of toFactCsvRows(d)) out += csvLine(FACT_CSV_COLUMNS.map((c) => row[c]));
  return out;
}

/** Reads RFC 4180 text back into rows of strings (for tests and re-imports). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
