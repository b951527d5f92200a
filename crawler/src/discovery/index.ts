import { canonicalUrl, type Source } from "@vnfacts/shared";
import { parseFeed } from "./feeds.ts";
import { parseListing } from "./listings.ts";
import { parseSitemap } from "./sitemap.ts";
import type { DiscoveredArticle, DiscoveryPage } from "./types.ts";

export { newestFirst, toIsoDate } from "./dates.ts";
export { parseFeed } from "./feeds.ts";
export { parseListing } from "./listings.ts";
export { parseSitemap } from "./sitemap.ts";
export type { DiscoveredArticle, DiscoveryPage } from "./types.ts";

/** The first discovery pages of a source: every sitemap, feed and the first page of every listing. */
export function seedPages(source: Source): DiscoveryPage[] {
  const { sitemaps, feeds, listings } = source.discovery;
  return [
    ...sitemaps.map((url): DiscoveryPage => ({ url, kind: "sitemap" })),
    ...feeds.map((url): DiscoveryPage => ({ url, kind: "feed" })),
    ...listings.map(
      (listing, index): DiscoveryPage => ({ url: listing.url, kind: "listing", listing: { index, page: 1 } }),
    ),
  ];
}

export interface DiscoveryOutcome {
  /** Article URLs (canonical), newest first. */
  articles: DiscoveredArticle[];
  /** Further discovery pages: child sitemaps, the next listing page. */
  followUps: DiscoveryPage[];
  /** Why a listing stopped paging, for the logs. */
  stoppedBecause?: "known" | "empty" | "max-pages" | "no-next";
}

/**
 * What a fetched discovery page yields. Pure: `known` holds the canonical URLs of the source's articles
 * already fetched, so a listing stops paging once it reaches them.
 */
export function discoverFromPage(
  source: Source,
  page: DiscoveryPage,
  text: string,
  known: Set<string>,
): DiscoveryOutcome {
  const pattern = source.discovery.articlePattern ? new RegExp(source.discovery.articlePattern) : null;
  const isArticle = (url: string) => sameSite(url, source.baseUrl) && (!pattern || pattern.test(url));
  const canonical = (entries: DiscoveredArticle[]) =>
    entries.filter((e) => isArticle(e.url)).map((e) => ({ url: canonicalUrl(e.url), lastmod: e.lastmod }));

  if (page.kind === "sitemap") {
    const parsed = parseSitemap(text, page.url);
    return {
      articles: canonical(parsed.urls),
      followUps: parsed.sitemaps.map((s) => ({ url: s.url, kind: "sitemap" })),
    };
  }
  if (page.kind === "feed") return { articles: canonical(parseFeed(text, page.url)), followUps: [] };

  const { index, page: number } = page.listing ?? { index: 0, page: 1 };
  const hint = source.discovery.listings[index];
  const parsed = parseListing(text, page.url, {
    articlePattern: source.discovery.articlePattern,
    pageTemplate: hint?.pageTemplate,
    page: number,
  });
  const articles = parsed.articles
    .filter(isArticle)
    .map((url) => ({ url: canonicalUrl(url), lastmod: null }));
  const reachedKnown = articles.some((a) => known.has(a.url));
  const fresh = articles.filter((a) => !known.has(a.url));
  let stoppedBecause: DiscoveryOutcome["stoppedBecause"];
  if (articles.length === 0) stoppedBecause = "empty";
  else if (reachedKnown) stoppedBecause = "known";
  else if (number >= (hint?.maxPages ?? 20)) stoppedBecause = "max-pages";
  else if (!parsed.next) stoppedBecause = "no-next";
  const followUps: DiscoveryPage[] =
    stoppedBecause || !parsed.next
      ? []
      : [{ url: parsed.next, kind: "listing", listing: { index, page: number + 1 } }];
  return { articles: fresh, followUps, ...(stoppedBecause ? { stoppedBecause } : {}) };
}

/** Same host as the source, ignoring a leading "www.". */
function sameSite(url: string, baseUrl: string): boolean {
  const strip = (h: string) => h.toLowerCase().replace(/^www\./, "");
  try {
    return strip(new URL(url).host) === strip(new URL(baseUrl).host);
  } catch {
    return false;
  }
}
