import * as cheerio from "cheerio";
import { newestFirst, toIsoDate } from "./dates.ts";
import type { DiscoveredArticle } from "./types.ts";

export interface ParsedSitemap {
  /** Child sitemaps of a sitemap index, newest first. */
  sitemaps: DiscoveredArticle[];
  /** Page URLs of a urlset, newest `lastmod` first. */
  urls: DiscoveredArticle[];
}

/** Parses a sitemap or sitemap index (sitemaps.org 0.9). Relative `loc`s resolve against the sitemap's URL. */
export function parseSitemap(xml: string, sitemapUrl: string): ParsedSitemap {
  const $ = cheerio.load(xml, { xml: true });
  const read = (selector: string): DiscoveredArticle[] => {
    const out: DiscoveredArticle[] = [];
    $(selector).each((_, element) => {
      const loc = $(element).children("loc").first().text().trim();
      const url = resolve(loc, sitemapUrl);
      if (url) out.push({ url, lastmod: toIsoDate($(element).children("lastmod").first().text()) });
    });
    return newestFirst(out);
  };
  return { sitemaps: read("sitemapindex > sitemap"), urls: read("urlset > url") };
}

export function resolve(href: string, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}
