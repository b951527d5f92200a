// Fallback for unknown layouts: Readability finds the main text; dates and bylines come from the whole page.
import { Readability } from "@mozilla/readability";
import { blockTexts, type Doc, metaContent, parseDocument, textOf } from "./dom.ts";
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

function titleOf(doc: Doc): string | null {
  const og = metaContent(doc, ["og:title", "twitter:title"]);
  if (og) return og;
  const h1 = textOf(doc.querySelector("h1"));
  if (h1) return h1;
  // "<title>Tiêu đề | Báo X</title>": the part before the site name.
  const title = textOf(doc.querySelector("title"))
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
function dateLikeTexts(doc: Doc): string[] {
  const out: string[] = [];
  for (const el of Array.from(doc.querySelectorAll("[class], [id], time"))) {
    if (el.closest(PAGE_FURNITURE)) continue;
    const hint = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""} ${el.tagName === "TIME" ? "time" : ""}`;
    if (!DATE_HINT.test(hint)) continue;
    const text = textOf(el);
    if (text && text.length <= 80) out.push(text);
  }
  return out;
}

/** Short lines just after the title, then just before it: where portals print the article's date line. */
function linesAroundTitle(doc: Doc, title: string | null): string[] {
  if (!title || !doc.body) return [];
  const furniture = new Set(Array.from(doc.querySelectorAll(PAGE_FURNITURE)).flatMap((el) => blockTexts(el)));
  const lines = blockTexts(doc.body).filter((line) => !furniture.has(line) || line === title);
  const at = lines.findIndex((line) => line === title || line.startsWith(title));
  if (at < 0) return [];
  const after = lines.slice(at + 1, at + 1 + AROUND_TITLE);
  const before = lines.slice(Math.max(0, at - AROUND_TITLE), at).reverse();
  return [...after, ...before].filter((line) => line.length <= 80);
}

export function extractGeneric(html: string): PageParts {
  const doc = parseDocument(html);
  const title = titleOf(doc);
  const dateCandidates = [
    ...dateLikeTexts(doc),
    ...linesAroundTitle(doc, title),
    ...[metaContent(doc, PUBLISHED_META)].filter((v): v is string => !!v),
    ...Array.from(doc.querySelectorAll("time[datetime]")).map((t) => t.getAttribute("datetime") ?? ""),
  ];
  const section = metaContent(doc, ["article:section"]);
  const removed: string[] = [];
  const work = parseDocument(html);
  for (const selector of CHROME)
    for (const el of Array.from(work.querySelectorAll(selector))) {
      if (el.querySelector("p") && el.querySelectorAll("p").length > 3) continue; // a wrapper, not a widget
      removed.push(...blockTexts(el));
      el.remove();
    }
  let lines: string[] = [];
  try {
    // Readability's types want a DOM Document; linkedom's is close enough for what it reads.
    const article = new Readability(work as unknown as Document, { charThreshold: 200 }).parse();
    if (article?.content) {
      const readable = parseDocument(
        `<!DOCTYPE html><html><body><div id="vnfacts-main">${article.content}</div></body></html>`,
      );
      lines = blockTexts(readable.getElementById("vnfacts-main")!);
    }
  } catch {
    lines = [];
  }
  if (lines.length === 0) {
    const bodyEl = doc.querySelector("article") ?? doc.querySelector("main") ?? doc.body;
    if (bodyEl) lines = blockTexts(bodyEl);
  }
  return { title, dateCandidates, section, lead: null, byline: null, lines, removed, via: "generic" };
}
