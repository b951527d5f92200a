import * as cheerio from "cheerio";
import { newestFirst, toIsoDate } from "./dates.ts";
import { resolve } from "./sitemap.ts";
import type { DiscoveredArticle } from "./types.ts";

/** Parses an RSS 2.0 or Atom feed into its items' links, newest first. */
export function parseFeed(xml: string, feedUrl: string): DiscoveredArticle[] {
  const $ = cheerio.load(xml, { xml: true });
  const out: DiscoveredArticle[] = [];
  $("rss item, rdf\\:RDF item, channel > item").each((_, element) => {
    const item = $(element);
    const href = item.children("link").first().text().trim() || item.children("guid").first().text().trim();
    const url = resolve(href, feedUrl);
    const date =
      item.children("pubDate").first().text() ||
      item.children("dc\\:date").first().text() ||
      item.children("updated").first().text();
    if (url) out.push({ url, lastmod: toIsoDate(date) });
  });
  $("feed > entry").each((_, element) => {
    const entry = $(element);
    const links = entry.children("link");
    const alternate = links.filter((_, l) => ($(l).attr("rel") ?? "alternate") === "alternate").first();
    const url = resolve((alternate.length ? alternate : links.first()).attr("href") ?? "", feedUrl);
    const date = entry.children("updated").first().text() || entry.children("published").first().text();
    if (url) out.push({ url, lastmod: toIsoDate(date) });
  });
  const seen = new Set<string>();
  return newestFirst(out.filter((e) => !seen.has(e.url) && seen.add(e.url)));
}
