// Records out of the store as JSONL (one ArticleRecord per line) or CSV (one summary row per record).

import { once } from "node:events";
import { createWriteStream } from "node:fs";
import type { ArticleRecord, Fact } from "@vnfacts/shared";
import { csvLine } from "@vnfacts/shared/export";
import type { CrawlStore } from "../store/types.ts";

export type ExportFormat = "jsonl" | "csv";

export interface ExportOptions {
  format: ExportFormat;
  /** A file path (created or replaced) or an open stream such as `process.stdout` (left open). */
  out: string | NodeJS.WritableStream;
  sourceId?: string;
}

/** One column per fact kind; the `Record` makes the compiler list every kind of the union. */
const FACT_KINDS: Record<Fact["type"], true> = {
  award: true,
  person: true,
  locality: true,
  metric: true,
  date: true,
  congress: true,
  legal_ref: true,
  movement: true,
};
const FACT_TYPES = Object.keys(FACT_KINDS) as Fact["type"][];

export const CSV_COLUMNS: readonly string[] = [
  "id",
  "url",
  "source",
  "province",
  "title",
  "published_date",
  "date_precision",
  "topics",
  "authors",
  ...FACT_TYPES.map((t) => `facts_${t}`),
  "facts_total",
];

/** Excel opens UTF-8 CSV correctly only with a byte order mark. */
const BOM = "\uFEFF";

export function csvRow(record: ArticleRecord): string {
  const counts = new Map<string, number>();
  for (const fact of record.facts) counts.set(fact.type, (counts.get(fact.type) ?? 0) + 1);
  return csvLine([
    record.id,
    record.url,
    record.sourceId,
    record.province ?? "",
    record.title,
    record.publicationDate.value ?? "",
    record.publicationDate.precision,
    record.topics.map((t) => `${t.topic}:${t.score}`).join("; "),
    record.authors.join("; "),
    ...FACT_TYPES.map((t) => String(counts.get(t) ?? 0)),
    String(record.facts.length),
  ]);
}

async function write(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, "drain");
}

/** Streams every stored record (ordered by id) to `out`; returns how many were written. */
export async function exportRecords(store: CrawlStore, opts: ExportOptions): Promise<{ records: number }> {
  const ownStream = typeof opts.out === "string";
  const stream = typeof opts.out === "string" ? createWriteStream(opts.out, { encoding: "utf8" }) : opts.out;
  let records = 0;
  try {
    if (opts.format === "csv") await write(stream, BOM + csvLine(CSV_COLUMNS));
    for await (const record of store.iterateRecords(opts.sourceId ? { sourceId: opts.sourceId } : {})) {
      await write(stream, opts.format === "csv" ? csvRow(record) : `${JSON.stringify(record)}\n`);
      records++;
    }
  } finally {
    if (ownStream) {
      const closed = once(stream, "finish");
      stream.end();
      await closed;
    }
  }
  return { records };
}
