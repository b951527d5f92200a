/** A sitemap/feed date (W3C datetime, RFC 822, ISO) as ISO 8601 (UTC), or null when unreadable. */
export function toIsoDate(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  // A bare calendar date stays a date: no time zone to invent.
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return trimmed;
  const ms = Date.parse(trimmed);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** Newest first; undated entries keep their order after the dated ones. */
export function newestFirst<T extends { lastmod: string | null }>(entries: T[]): T[] {
  return entries
    .map((entry, index) => ({ entry, index, at: entry.lastmod ? Date.parse(entry.lastmod) : Number.NaN }))
    .sort((a, b) => {
      const aDated = !Number.isNaN(a.at);
      const bDated = !Number.isNaN(b.at);
      if (aDated && bDated && a.at !== b.at) return b.at - a.at;
      if (aDated !== bDated) return aDated ? -1 : 1;
      return a.index - b.index;
    })
    .map(({ entry }) => entry);
}
