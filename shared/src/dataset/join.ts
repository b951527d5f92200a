import { anchorSelectors } from "../anchor/index.ts";
import type { ExportDocument, ExportSpan } from "../export/document.ts";
import { canonicalUrl } from "../ids.ts";
import type { Annotation, ArticleRecord, Selector } from "../schema/index.ts";

// Joins reviewer annotations to texts (crawled records, or pages) by canonical URL and re-anchors each one
// onto the text by quote + position with the same matcher the extension uses on pages.

/** A text annotations can land on. */
export interface SourceText {
  id: string;
  url: string;
  text: string;
  title?: string | null;
  publicationDate?: string | null;
  province?: string | null;
  sourceId?: string | null;
}

export type OrphanReason = "no-record" | "quote-not-found" | "ambiguous-quote";

export interface Orphan {
  annotation: Annotation;
  reason: OrphanReason;
  detail: string;
}

export type AnchorMethodCounts = { position: number; quote: number; fuzzy: number };

export interface JoinResult {
  /** Texts with at least one anchored annotation, in input order. */
  documents: ExportDocument[];
  orphans: Orphan[];
  anchored: number;
  methods: AnchorMethodCounts;
  /** Annotations given more than once (same id): the latest `modified` was kept. */
  duplicates: number;
}

export function recordToSourceText(r: ArticleRecord): SourceText {
  return {
    id: r.id,
    url: r.url,
    text: r.body,
    title: r.title,
    publicationDate: r.publicationDate.value,
    province: r.province,
    sourceId: r.sourceId,
  };
}

/** Same id given twice (two exports of one database): keep the latest edit. */
export function latestById(annotations: readonly Annotation[]): { kept: Annotation[]; duplicates: number } {
  const byId = new Map<string, Annotation>();
  for (const a of annotations) {
    const seen = byId.get(a.id);
    if (!seen || a.modified > seen.modified) byId.set(a.id, a);
  }
  return { kept: [...byId.values()], duplicates: annotations.length - byId.size };
}

/** Another tool may have written NFD; records are NFC, so compare in NFC. */
function nfcSelectors(selectors: readonly Selector[]): Selector[] {
  return selectors.map((s) =>
    s.type === "TextQuoteSelector"
      ? {
          ...s,
          exact: s.exact.normalize("NFC"),
          ...(s.prefix !== undefined ? { prefix: s.prefix.normalize("NFC") } : {}),
          ...(s.suffix !== undefined ? { suffix: s.suffix.normalize("NFC") } : {}),
        }
      : s,
  );
}

function occurrences(text: string, quote: string, limit: number): number {
  let n = 0;
  for (let at = text.indexOf(quote); at !== -1 && n < limit; at = text.indexOf(quote, at + 1)) n++;
  return n;
}

/** A bare quote (no context, no position) that occurs more than once cannot be placed: refuse to guess. */
function isAmbiguous(text: string, selectors: readonly Selector[]): boolean {
  const quote = selectors.find((s) => s.type === "TextQuoteSelector");
  const hasPosition = selectors.some((s) => s.type === "TextPositionSelector");
  if (!quote || hasPosition || quote.prefix || quote.suffix) return false;
  return occurrences(text, quote.exact, 2) > 1;
}

function spanOf(a: Annotation, text: string, start: number, end: number): ExportSpan {
  return {
    start,
    end,
    text: text.slice(start, end),
    tag: a.tag,
    status: a.status,
    value: a.value,
    note: a.note,
    author: a.author,
    provenance: a.provenance,
    annotationId: a.id,
  };
}

export function joinAnnotations(
  texts: readonly SourceText[],
  annotations: readonly Annotation[],
): JoinResult {
  const byUrl = new Map<string, SourceText>();
  for (const t of texts) byUrl.set(canonicalUrl(t.url), t);
  const { kept, duplicates } = latestById(annotations);

  const spansByText = new Map<SourceText, ExportSpan[]>();
  const orphans: Orphan[] = [];
  const methods: AnchorMethodCounts = { position: 0, quote: 0, fuzzy: 0 };
  const urlCache = new Map<string, string>();
  for (const a of kept) {
    let url = urlCache.get(a.target.source);
    if (url === undefined) {
      url = canonicalUrl(a.target.source);
      urlCache.set(a.target.source, url);
    }
    const source = byUrl.get(url);
    if (!source) {
      orphans.push({ annotation: a, reason: "no-record", detail: `no record for ${url}` });
      continue;
    }
    const selectors = nfcSelectors(a.target.selector);
    const exact = selectors.find((s) => s.type === "TextQuoteSelector")?.exact ?? "";
    if (isAmbiguous(source.text, selectors)) {
      orphans.push({
        annotation: a,
        reason: "ambiguous-quote",
        detail: `"${exact}" occurs more than once and the annotation has no context or position`,
      });
      continue;
    }
    const anchor = anchorSelectors(source.text, selectors);
    if (!anchor) {
      orphans.push({
        annotation: a,
        reason: "quote-not-found",
        detail: `"${exact}" is not in record ${source.id}`,
      });
      continue;
    }
    methods[anchor.method]++;
    const list = spansByText.get(source) ?? [];
    list.push(spanOf(a, source.text, anchor.start, anchor.end));
    spansByText.set(source, list);
  }

  const documents: ExportDocument[] = [];
  for (const t of texts) {
    const spans = spansByText.get(t);
    if (!spans) continue;
    spans.sort((x, y) => x.start - y.start || x.end - y.end);
    documents.push({
      id: t.id,
      url: t.url,
      text: t.text,
      title: t.title ?? null,
      publicationDate: t.publicationDate ?? null,
      province: t.province ?? null,
      sourceId: t.sourceId ?? null,
      spans,
    });
  }
  const anchored = documents.reduce((n, d) => n + d.spans.length, 0);
  return { documents, orphans, anchored, methods, duplicates };
}

/** The dataset join: annotations onto crawled records' bodies. */
export function buildDataset(
  records: readonly ArticleRecord[],
  annotations: readonly Annotation[],
): JoinResult {
  return joinAnnotations(records.map(recordToSourceText), annotations);
}
