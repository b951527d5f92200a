// Extraction with a family's selectors, on the page's cheerio tree.
import {
  all,
  attr,
  blockTexts,
  type CheerioAPI,
  contains,
  documentOf,
  first,
  matches,
  metaContent,
  select,
  textOf,
} from "./dom.ts";
import type { PageParts } from "./extraction.ts";
import type { FamilyRules } from "./families/types.ts";

const PUBLISHED_META = ["article:published_time", "og:published_time", "pubdate", "publishdate", "date"];

/** Reads a page with a family's selectors; null when the page does not have that family's body. */
export function extractWithRules($: CheerioAPI, rules: FamilyRules): PageParts | null {
  const doc = documentOf($);
  const body = first(doc, rules.body);
  const titleEl = first(doc, rules.title);
  if (!body || !titleEl) return null;
  const clutter = new Set(all(doc, rules.clutter));
  const bylineEl = first(body, rules.byline) ?? first(doc, rules.byline);
  const exclude = new Set(clutter);
  if (bylineEl) exclude.add(bylineEl);
  // Every date element, best selector first (a page may print the date line twice).
  const dateFound = all(doc, rules.date);
  const dateEls = rules.date.flatMap((s) => dateFound.filter((el) => matches(el, s)).slice(0, 1));
  for (const el of dateEls) if (contains(body, el)) exclude.add(el);
  const removed = [...clutter]
    .filter((el) => !bylineEl || !contains(el, bylineEl))
    .flatMap((el) => blockTexts(el));
  const section = first(doc, rules.section);
  const lead = first(body, rules.lead);
  return {
    title: textOf(titleEl),
    dateCandidates: [
      ...dateEls.map(textOf),
      ...[metaContent(doc, PUBLISHED_META)].filter((v): v is string => !!v),
      ...select(doc, "time[datetime]").map((t) => attr(t, "datetime") ?? ""),
    ],
    section: section ? textOf(section) : null,
    lead: lead ? textOf(lead) : null,
    byline: bylineEl ? textOf(bylineEl) : null,
    lines: blockTexts(body, exclude),
    removed,
    via: rules.family,
  };
}
