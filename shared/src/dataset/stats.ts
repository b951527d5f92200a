import type { ExportDocument } from "../export/document.ts";
import type { AnnotationStatus } from "../schema/index.ts";

// Counts over anchored spans, shared by the datasheet and the CLI summary.

export type StatusCounts = Record<AnnotationStatus, number>;

export interface TagStats extends StatusCounts {
  tag: string;
  spans: number;
  /** accepted / (accepted + rejected + corrected); null when no suggestion of this tag was reviewed. */
  machinePrecision: number | null;
}

export interface DatasetStats {
  documents: number;
  spans: number;
  sources: Array<{ sourceId: string; documents: number; spans: number }>;
  dateRange: { from: string; to: string } | null;
  undatedDocuments: number;
  tags: TagStats[];
  provinces: Array<{ province: string; documents: number; spans: number }>;
  statuses: StatusCounts;
  reviewers: Array<{ name: string; documents: number; spans: number }>;
  overall: { machinePrecision: number | null; reviewedSuggestions: number };
}

const emptyStatuses = (): StatusCounts => ({ tagged: 0, accepted: 0, rejected: 0, corrected: 0 });

/** accepted / (accepted + rejected + corrected), null when nothing was reviewed. */
export function machinePrecision(c: StatusCounts): number | null {
  const reviewed = c.accepted + c.rejected + c.corrected;
  return reviewed === 0 ? null : c.accepted / reviewed;
}

function tally<K>(
  map: Map<K, { documents: Set<string>; spans: number }>,
  key: K,
  docId: string,
  spans: number,
) {
  const entry = map.get(key) ?? { documents: new Set<string>(), spans: 0 };
  entry.documents.add(docId);
  entry.spans += spans;
  map.set(key, entry);
}

function rows<K>(map: Map<K, { documents: Set<string>; spans: number }>) {
  return [...map.entries()]
    .map(([key, v]) => ({ key, documents: v.documents.size, spans: v.spans }))
    .sort((a, b) => b.spans - a.spans || String(a.key).localeCompare(String(b.key)));
}

export function datasetStats(
  docs: readonly ExportDocument[],
  tagOrder: readonly string[] = [],
): DatasetStats {
  const sources = new Map<string, { documents: Set<string>; spans: number }>();
  const provinces = new Map<string, { documents: Set<string>; spans: number }>();
  const reviewers = new Map<string, { documents: Set<string>; spans: number }>();
  const tags = new Map<string, StatusCounts>();
  const statuses = emptyStatuses();
  let from: string | null = null;
  let to: string | null = null;
  let undated = 0;
  let spans = 0;
  for (const d of docs) {
    tally(sources, d.sourceId ?? "(unknown)", d.id, d.spans.length);
    tally(provinces, d.province ?? "(unknown)", d.id, d.spans.length);
    const day = d.publicationDate?.slice(0, 10) ?? null;
    if (day) {
      if (from === null || day < from) from = day;
      if (to === null || day > to) to = day;
    } else undated++;
    for (const s of d.spans) {
      spans++;
      statuses[s.status]++;
      const t = tags.get(s.tag) ?? emptyStatuses();
      t[s.status]++;
      tags.set(s.tag, t);
      tally(reviewers, s.author, d.id, 1);
    }
  }
  const rank = (tag: string) => {
    const i = tagOrder.indexOf(tag);
    return i === -1 ? tagOrder.length : i;
  };
  return {
    documents: docs.length,
    spans,
    sources: rows(sources).map((r) => ({ sourceId: r.key, documents: r.documents, spans: r.spans })),
    dateRange: from && to ? { from, to } : null,
    undatedDocuments: undated,
    tags: [...tags.entries()]
      .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
      .map(([tag, c]) => ({
        tag,
        ...c,
        spans: c.tagged + c.accepted + c.rejected + c.corrected,
        machinePrecision: machinePrecision(c),
      })),
    provinces: rows(provinces).map((r) => ({ province: r.key, documents: r.documents, spans: r.spans })),
    statuses,
    reviewers: rows(reviewers).map((r) => ({ name: r.key, documents: r.documents, spans: r.spans })),
    overall: {
      machinePrecision: machinePrecision(statuses),
      reviewedSuggestions: statuses.accepted + statuses.rejected + statuses.corrected,
    },
  };
}
