// Fallback for unknown layouts: Readability finds the main text; dates and bylines come from the whole page.
// Everything but Readability reads the page's cheerio tree; Readability gets its own browser-like DOM.
import { Readability } from "@mozilla/readability";
import {
  attr,
  blockTexts,
  type Document,
  type Element,
  isElement,
  loadPage,
  metaContent,
  parseBrowserDocument,
  select,
  textOf,
} from "./dom.ts";
import type { PageParts } from "./extraction.ts";

const PUBLISHED_META = [
  "article:published_time",
  "og:published_time",
  "pubdate",
  "publishdate",
  "date",
  "dc.date",
];
/** How many lines on each side of the title may hold the date line. */
const AROUND_TITLE = 4;
const DATE_HINT = /date|time|ngay|publish|posted|thoigian|ngaydang/i;
/** Containers that are never the article (removed before Readability scores the page). */
const CHROME = [
  "header",
  "footer",
  "nav",
  "aside",
  "[class*=share]",
  "[class*=related]",
  "[class*=lien-quan]",
  "[class*=other-news]",
  "[class*=tin-khac]",
  "[class*=font-size]",
  "[class*=counter]",
  "[class*=thong-ke]",
  "[class*=breadcrumb]",
];

const firstOf = (doc: Document, selector: string): Element | undefined => select(doc, selector)[0];

function titleOf(doc: Document): string | null {
  const og = metaContent(doc, ["og:title", "twitter:title"]);
  if (og) return og;
  const h1 = textOf(firstOf(doc, "h1"));
  if (h1) return h1;
  // "<title>Tiêu đề | Báo X</title>": the part before the site name.
  const title = textOf(firstOf(doc, "title"))
    .split(/\s+[|–—-]\s+/)[0]
    ?.trim();
  return title || null;
}

/**
 * Where portals print their clock: a date line found there is the day's date, never the article's
 * ("Thứ Năm, 20/11/2026" alone cannot tell a header clock from a date line under a title; position can).
 */
const PAGE_FURNITURE = "header, footer, nav, aside";

/** Short texts of elements whose class or id says date/time, in document order (outside the page furniture). */
function dateLikeTexts(doc: Document): string[] {
  const out: string[] = [];
  const furniture = new Set<unknown>(select(doc, PAGE_FURNITURE));
  const inFurniture = (el: Element) => {
    for (let node: Element["parent"] = el; node; node = node.parent) if (furniture.has(node)) return true;
    return false;
  };
  for (const el of select(doc, "[class], [id], time")) {
    if (inFurniture(el)) continue;
    const hint = `${attr(el, "class") ?? ""} ${attr(el, "id") ?? ""} ${el.name === "time" ? "time" : ""}`;
    if (!DATE_HINT.test(hint)) continue;
    const text = textOf(el);
    if (text && text.length <= 80) out.push(text);
  }
  return out;
}

/** Short lines just after the title, then just before it: where portals print the article's date line. */
function linesAroundTitle(doc: Document, title: string | null): string[] {
  const body = firstOf(doc, "body");
  if (!title || !body) return [];
  const furniture = new Set(select(doc, PAGE_FURNITURE).flatMap((el) => blockTexts(el)));
  const lines = blockTexts(body).filter((line) => !furniture.has(line) || line === title);
  const at = lines.findIndex((line) => line === title || line.startsWith(title));
  if (at < 0) return [];
  const after = lines.slice(at + 1, at + 1 + AROUND_TITLE);
  const before = lines.slice(Math.max(0, at - AROUND_TITLE), at).reverse();
  return [...after, ...before].filter((line) => line.length <= 80);
}

/** How many `<p>` an element holds, leaving out what was already removed. */
function paragraphCount(el: Element, removed: ReadonlySet<Element>): number {
  let count = 0;
  for (const child of el.children)
    if (isElement(child) && !removed.has(child))
      count += (child.name === "p" ? 1 : 0) + paragraphCount(child, removed);
  return count;
}

const isInside = (el: Element, removed: ReadonlySet<Element>) => {
  for (let node = el.parent; node; node = node.parent) if (removed.has(node as Element)) return true;
  return false;
};

/** A chrome match holding more than three paragraphs is a wrapper around the article, not a widget. */
const WRAPPER_PARAGRAPHS = 3;

/**
 * The page furniture Readability must not score: removed from `work` (Readability's DOM) selector by
 * selector, and the same elements' text read off the cheerio tree (which stays whole for the other readers).
 * Both walks take the same decisions: a match inside an element removed for an earlier selector is gone.
 */
function removeChrome(doc: Document, work: globalThis.Document): string[] {
  const texts: string[] = [];
  const removed = new Set<Element>();
  for (const selector of CHROME) {
    const matches = select(doc, selector).filter((el) => !isInside(el, removed));
    for (const el of matches) {
      if (paragraphCount(el, removed) > WRAPPER_PARAGRAPHS) continue;
      texts.push(...blockTexts(el, removed));
      removed.add(el);
    }
    for (const el of Array.from(work.querySelectorAll(selector)))
      if (el.querySelectorAll("p").length <= WRAPPER_PARAGRAPHS) el.remove();
  }
  return texts;
}

/** Reads an unknown layout; `html` is the page `doc` was parsed from (Readability parses it into its own DOM). */
export function extractGeneric(doc: Document, html: string): PageParts {
  const title = titleOf(doc);
  const dateCandidates = [
    ...dateLikeTexts(doc),
    ...linesAroundTitle(doc, title),
    ...[metaContent(doc, PUBLISHED_META)].filter((v): v is string => !!v),
    ...select(doc, "time[datetime]").map((t) => attr(t, "datetime") ?? ""),
  ];
  const section = metaContent(doc, ["article:section"]);
  const work = parseBrowserDocument(html);
  const removed = removeChrome(doc, work);
  let lines: string[] = [];
  try {
    const article = new Readability(work, { charThreshold: 200 }).parse();
    if (article?.content) {
      const readable = loadPage(
        `<!DOCTYPE html><html><body><div id="vnfacts-main">${article.content}</div></body></html>`,
      );
      const main = select(readable, "#vnfacts-main")[0];
      if (main) lines = blockTexts(main);
    }
  } catch {
    lines = [];
  }
  if (lines.length === 0) {
    const bodyEl = firstOf(doc, "article") ?? firstOf(doc, "main") ?? firstOf(doc, "body");
    if (bodyEl) lines = blockTexts(bodyEl);
  }
  return { title, dateCandidates, section, lead: null, byline: null, lines, removed, via: "generic" };
}
