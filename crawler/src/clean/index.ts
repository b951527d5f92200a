// HTML page → CleanArticle: family rules when the layout is known, Readability otherwise, then line cleaning.
import {
  type CleanArticle,
  CleanArticle as CleanArticleSchema,
  type PortalFamily,
  parseOrThrow,
} from "@vnfacts/shared";
import { isBoilerplateLine, nfc } from "@vnfacts/shared/text";
import { authorsOf, splitTrailingByline } from "./byline.ts";
import { type Document, loadPage, pageHtml } from "./dom.ts";
import type { PageParts } from "./extraction.ts";
import { rulesToTry } from "./families/index.ts";
import { extractGeneric } from "./generic.ts";
import { choosePublicationDate, isDateLine, withUrlDate } from "./published-date.ts";
import { extractWithRules } from "./rules.ts";

export type { Document } from "./dom.ts";
export { loadPage } from "./dom.ts";
export type { PageParts } from "./extraction.ts";
export { FAMILY_RULES } from "./families/index.ts";

/** The page has no readable article (no title, or nothing that looks like one). */
export class CleanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CleanError";
  }
}

export interface CleanOptions {
  url?: string;
  family?: PortalFamily;
  /** When the page was fetched: relative dates ("1 giờ trước") are resolved against it. */
  fetchedAt?: Date;
}

/**
 * Reads a loaded page with the declared family's rules, then any other family's, then the generic extractor.
 * `html` is the text `doc` was parsed from: Readability (generic layouts only) parses it into its own DOM;
 * without it the tree is serialized back for Readability.
 */
export function extractParts(doc: Document, family?: PortalFamily, html?: string): PageParts {
  for (const rules of rulesToTry(family)) {
    const parts = extractWithRules(doc, rules);
    if (parts && parts.lines.length > 0) return parts;
  }
  return extractGeneric(doc, html ?? pageHtml(doc));
}

const SECTION_PREFIX = /^(?:chuyên mục|danh mục|mục)\s*:\s*/iu;

/**
 * Pages that do not mark their sapo still open with it: a first paragraph of one or two full sentences.
 * Short first lines (captions, datelines) are not leads.
 */
function implicitLead(lines: readonly string[]): string | null {
  const first = lines[0];
  if (!first || lines.length < 2 || first.length < 80 || first.length > 600) return null;
  return /[.!?…]["”»)]?$/u.test(first) ? first : null;
}

/** Turns the parts of a page into a validated CleanArticle (pure: no I/O). */
export function finishArticle(parts: PageParts, fetchedAt: Date, url?: string): CleanArticle {
  const title = parts.title ? nfc(parts.title) : "";
  if (!title) throw new CleanError(`no article title found (${parts.via} layout)`);
  const boilerplate = [...parts.removed];
  const dateCandidates = [...parts.dateCandidates];
  let lines: string[] = [];
  parts.lines.forEach((line, i) => {
    if (line === title) return;
    if (isBoilerplateLine(line)) {
      boilerplate.push(line);
      return;
    }
    // A date line inside the body area (near its start or end) is metadata, not text.
    if ((i < 3 || i >= parts.lines.length - 3) && isDateLine(line, fetchedAt)) {
      dateCandidates.push(line);
      boilerplate.push(line);
      return;
    }
    lines.push(line);
  });

  let authors: string[] = parts.byline ? authorsOf([parts.byline]) : [];
  const tail = splitTrailingByline(lines);
  if (tail.bylines.length > 0) {
    lines = tail.lines;
    boilerplate.push(...tail.trailing);
    if (authors.length === 0) authors = tail.authors;
  }

  // A "Chuyên mục: Thời sự" line names the section when the layout has no section element.
  const sectionLine = boilerplate.find((line) => SECTION_PREFIX.test(line));
  const sectionText = parts.section ?? sectionLine ?? null;
  const section = sectionText ? nfc(sectionText.replace(SECTION_PREFIX, "").trim()) || null : null;
  const lead = parts.lead && lines.includes(parts.lead) ? parts.lead : implicitLead(lines);
  return parseOrThrow(
    CleanArticleSchema,
    {
      title,
      lead,
      body: lines.map(nfc).join("\n\n"),
      section,
      authors,
      publicationDate: withUrlDate(choosePublicationDate(dateCandidates, fetchedAt), url),
      boilerplate: boilerplate.filter((line) => line.length > 0),
    },
    "clean article",
  );
}

/**
 * The main text of an article page without the portal's clutter, with title, lead, section, authors and the
 * article's own publication date. Throws `CleanError` when the page has no recognisable article.
 */
export function cleanArticleHtml(html: string, opts: CleanOptions = {}): CleanArticle {
  return cleanLoadedArticle(loadPage(html), { ...opts, html });
}

/**
 * `cleanArticleHtml` on a page already loaded with `loadPage` (parse once, read many times). Pass the `html`
 * it was loaded from when you have it: a generic layout's Readability pass parses that text itself.
 */
export function cleanLoadedArticle(doc: Document, opts: CleanOptions & { html?: string } = {}): CleanArticle {
  const fetchedAt = opts.fetchedAt ?? new Date();
  return finishArticle(extractParts(doc, opts.family, opts.html), fetchedAt, opts.url);
}
