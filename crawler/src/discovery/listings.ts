import { type CheerioAPI, load } from "cheerio/slim";
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

export function parseListing(html: string, pageUrl: string, options: ListingOptions): ParsedListing {
  // htmlparser2 (cheerio/slim), not parse5: links need no spec-exact tree, and parse5 allocated 2.8 MB per
  // 50-link listing page, the largest share of a crawl's garbage.
  const $ = load(html);
  const host = new URL(pageUrl).host;
  const pattern = options.articlePattern ? new RegExp(options.articlePattern) : null;
  const articles: string[] = [];
  const seen = new Set<string>();
  let nextFromLink: string | null = null;

  $("a[href]").each((_, element) => {
    const anchor = $(element);
    const url = resolve(anchor.attr("href") ?? "", pageUrl);
    if (!url) return;
    const text = anchor.text().trim();
    const rel = (anchor.attr("rel") ?? "").toLowerCase();
    if (!nextFromLink && (rel.split(/\s+/).includes("next") || NEXT_TEXT.test(text))) {
      nextFromLink = url;
      return;
    }
    const parsed = new URL(url);
    if (parsed.host !== host) return;
    parsed.hash = "";
    const clean = parsed.toString();
    const isArticle = pattern ? pattern.test(clean) : ARTICLE_GUESS.test(parsed.pathname);
    if (isArticle && !seen.has(clean)) {
      seen.add(clean);
      articles.push(clean);
    }
  });
  if (!nextFromLink) {
    const linkNext = $('link[rel="next"]').attr("href");
    nextFromLink = linkNext ? resolve(linkNext, pageUrl) : null;
  }
  // A template names page N+1, but only a page that links to it (or has a "next" link) has one.
  const templated = options.pageTemplate
    ? resolve(options.pageTemplate.replaceAll("{page}", String(options.page + 1)), pageUrl)
    : null;
  const linked = templated !== null && linksTo($, pageUrl, templated);
  const next = templated && (linked || nextFromLink) ? templated : nextFromLink;
  return { articles, next: next === pageUrl ? null : next };
}

function linksTo($: CheerioAPI, pageUrl: string, target: string): boolean {
  let found = false;
  $("a[href]").each((_, element) => {
    if (resolve($(element).attr("href") ?? "", pageUrl) === target) found = true;
    return !found;
  });
  return found;
}
