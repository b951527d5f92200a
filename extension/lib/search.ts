import type { Annotation } from "@vnfacts/shared";

/** The side panel's filters; empty fields match everything. Dates are `YYYY-MM-DD`, inclusive. */
export interface AnnotationQuery {
  text?: string;
  tag?: string;
  site?: string;
  from?: string;
  to?: string;
}

/** Case- and diacritic-insensitive key, so "bang khen" finds "Bằng khen" (reviewers type both ways). */
export function searchKey(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
}

export function siteOf(a: Annotation): string {
  return new URL(a.target.source).hostname;
}

function quoteOf(a: Annotation): string {
  return a.target.selector.find((s) => s.type === "TextQuoteSelector")?.exact ?? "";
}

export function filterAnnotations(list: readonly Annotation[], q: AnnotationQuery): Annotation[] {
  const needle = q.text?.trim() ? searchKey(q.text.trim()) : "";
  return list.filter((a) => {
    if (q.tag && a.tag !== q.tag) return false;
    if (q.site && siteOf(a) !== q.site) return false;
    const day = a.created.slice(0, 10);
    if (q.from && day < q.from) return false;
    if (q.to && day > q.to) return false;
    if (!needle) return true;
    const hay = [
      quoteOf(a),
      a.note ?? "",
      a.value == null ? "" : String(a.value),
      a.pageTitle ?? "",
      a.target.source,
    ];
    return hay.some((h) => searchKey(h).includes(needle));
  });
}

/** Sites in the list, sorted, for the site filter. */
export function sitesOf(list: readonly Annotation[]): string[] {
  return [...new Set(list.map(siteOf))].sort();
}

/** Count of annotations per tag id. */
export function countByTag(list: readonly Annotation[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of list) counts.set(a.tag, (counts.get(a.tag) ?? 0) + 1);
  return counts;
}

export { quoteOf };
