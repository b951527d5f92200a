/** An article URL found by discovery, with the date that says when it last changed (if the source gave one). */
export interface DiscoveredArticle {
  url: string;
  /** ISO date or date-time from sitemap `lastmod`, RSS `pubDate`, Atom `updated`. */
  lastmod: string | null;
}

/** A page of a sitemap/feed/listing to fetch (again) during discovery. */
export interface DiscoveryPage {
  url: string;
  kind: "sitemap" | "feed" | "listing";
  /** For listings: which listing of the source and which page of it (1-based). */
  listing?: { index: number; page: number };
}
