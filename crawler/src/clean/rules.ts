// Extraction with a family's selectors, on the page's parsed tree.
import { attr, blockTexts, contains, type Document, metaValue, SelectorIndex, textOf } from "./dom.ts";
import type { PageParts } from "./extraction.ts";
import type { FamilyRules } from "./families/types.ts";

const PUBLISHED_META = ["article:published_time", "og:published_time", "pubdate", "publishdate", "date"];
const META = "meta";
const TIME = "time[datetime]";

/** Every selector a family's rules ask, in one list (the index's single walk), computed once per family. */
const selectorsOf = new WeakMap<FamilyRules, string[]>();
function allSelectors(rules: FamilyRules): string[] {
  let list = selectorsOf.get(rules);
  if (!list) {
    const { body, title, date, section, byline, lead, clutter } = rules;
    list = [...new Set([...body, ...title, ...date, ...section, ...byline, ...lead, ...clutter, META, TIME])];
    selectorsOf.set(rules, list);
  }
  return list;
}

/** Reads a page with a family's selectors; null when the page does not have that family's body. */
export function extractWithRules(doc: Document, rules: FamilyRules): PageParts | null {
  const index = new SelectorIndex(doc, allSelectors(rules));
  const body = index.first(rules.body);
  const titleEl = index.first(rules.title);
  if (!body || !titleEl) return null;
  const clutter = new Set(index.all(rules.clutter));
  const bylineEl = index.first(rules.byline, body) ?? index.first(rules.byline);
  const exclude = new Set(clutter);
  if (bylineEl) exclude.add(bylineEl);
  // Every date element, best selector first (a page may print the date line twice).
  const dateEls = rules.date.flatMap((s) => index.matching(s).slice(0, 1));
  for (const el of dateEls) if (contains(body, el)) exclude.add(el);
  const removed = [...clutter]
    .filter((el) => !bylineEl || !contains(el, bylineEl))
    .flatMap((el) => blockTexts(el));
  const section = index.first(rules.section);
  const lead = index.first(rules.lead, body);
  return {
    title: textOf(titleEl),
    dateCandidates: [
      ...dateEls.map(textOf),
      ...[metaValue(index.matching(META), PUBLISHED_META)].filter((v): v is string => !!v),
      ...index.matching(TIME).map((t) => attr(t, "datetime") ?? ""),
    ],
    section: section ? textOf(section) : null,
    lead: lead ? textOf(lead) : null,
    byline: bylineEl ? textOf(bylineEl) : null,
    lines: blockTexts(body, exclude),
    removed,
    via: rules.family,
  };
}
