import type { Document } from "domhandler";
import { parseDocument } from "htmlparser2";
import { attr, select, textContent } from "../clean/dom.ts";
import { resolve } from "./sitemap.ts";

export interface ParsedListing {
  /** Article URLs in page order (portals list newest first), without duplicates. */
  articles: string[];
  /** The next page: from the source's page template when it has one, else the page's own "next" link. */
  next: string | null;
}

export interface ListingOptions {
  /** Regular expression article URLs match (the source's `discovery.articlePattern`). */
  articlePattern?: string | undefined;
  /** `{page}` template for page N (the source's `pageTemplate`). */
  pageTemplate?: string | undefined;
  /** 1-based number of the page being parsed. */
  page: number;
}

/** Texts of "next page" links on Vietnamese portals. */
const NEXT_TEXT = /^(trang\s+sau|trang\s+tiếp(\s+theo)?|tiếp|sau|next|›|»|>|>>)$/i;
/** Without a pattern, an article link is a same-host page whose path ends in .html/.htm/.aspx or carries a numeric id. */
const ARTICLE_GUESS = /(\.html?|\.aspx)$|[-/]\d{4,}(\/|$)/;

/** A link's target as a URL object, when it is http(s). */
function linkTarget(href: string | null, base: string): URL | null {
  if (!href) return null;
  try {
    const url = new URL(href, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

export function parseListing(html: string, pageUrl: string, options: ListingOptions): ParsedListing {
  // htmlparser2, not parse5: links need no spec-exact tree, and parse5 allocated 2.8 MB per 50-link listing
  // page, the largest share of a crawl's garbage. Its defaults lower-case attribute names (`HREF` is `href`).
  // Each link is parsed as a URL once.
  const doc = parseDocument(html);
  const host = new URL(pageUrl).host;
  const pattern = options.articlePattern ? new RegExp(options.articlePattern) : null;
  const articles: string[] = [];
  const seen = new Set<string>();
  const targets = new Set<string>();
  let nextFromLink: string | null = null;

  for (const anchor of select(doc, "a[href]")) {
    const target = linkTarget(attr(anchor, "href"), pageUrl);
    if (!target) continue;
    const url = target.toString();
    targets.add(url);
    const rel = (attr(anchor, "rel") ?? "").toLowerCase();
    if (!nextFromLink && (rel.split(/\s+/).includes("next") || NEXT_TEXT.test(textContent(anchor).trim()))) {
      nextFromLink = url;
      continue;
    }
    if (target.host !== host) continue;
    // Without the fragment: a serialized URL's first "#" starts it (cheaper than setting hash and serializing).
    const hashAt = url.indexOf("#");
    const clean = hashAt < 0 ? url : url.slice(0, hashAt);
    const isArticle = pattern ? pattern.test(clean) : ARTICLE_GUESS.test(target.pathname);
    if (isArticle && !seen.has(clean)) {
      seen.add(clean);
      articles.push(clean);
    }
  }
  if (!nextFromLink) nextFromLink = linkRelNext(doc, pageUrl);
  // A template names page N+1, but only a page that links to it (or has a "next" link) has one.
  const templated = options.pageTemplate
    ? resolve(options.pageTemplate.replaceAll("{page}", String(options.page + 1)), pageUrl)
    : null;
  const linked = templated !== null && targets.has(templated);
  const next = templated && (linked || nextFromLink) ? templated : nextFromLink;
  return { articles, next: next === pageUrl ? null : next };
}

/** `<link rel="next" href>` of the page head, resolved. */
function linkRelNext(doc: Document, pageUrl: string): string | null {
  const link = select(doc, 'link[rel="next"]')[0];
  const href = link ? attr(link, "href") : null;
  return href ? resolve(href, pageUrl) : null;
}
