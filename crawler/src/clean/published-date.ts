// Chooses the article's own publication date among candidate strings; the portal clock never qualifies.
import type { PublicationDate } from "@vnfacts/shared";
import { isoDate, isPortalClock, parsePublicationDate } from "@vnfacts/shared/text";

export const UNKNOWN_DATE: PublicationDate = { value: null, precision: "unknown", raw: null, origin: "none" };

/** The first candidate that reads as a date and is not a portal clock; candidates come best-first. */
export function choosePublicationDate(candidates: readonly string[], fetchedAt: Date): PublicationDate {
  for (const candidate of candidates) {
    const raw = candidate.trim();
    if (!raw || raw.length > 120 || isPortalClock(raw)) continue;
    const parsed = parsePublicationDate(raw, { fetchedAt });
    if (parsed) return parsed;
  }
  return UNKNOWN_DATE;
}

/** A short line that is only a date line ("Ngày đăng: 23/02/2020 09:32", "1 giờ trước"), not body text. */
export function isDateLine(line: string, fetchedAt: Date): boolean {
  if (line.length > 60) return false;
  if (isPortalClock(line)) return true;
  if (!parsePublicationDate(line, { fetchedAt })) return false;
  // Body sentences that merely contain a date have many more words than a date line.
  const words = line
    .replace(/[\d/:.,|[\]()+-]+/g, " ")
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  return words.length <= 5;
}

/** `/2025/07/23/` or `/20250723` in an article URL (many CMSs file articles by day). */
const URL_DATE = /\/(20\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=[/_-]|\.html?$|$)/;

/** When the page gave no date, the day in its URL (origin "url"); a date read from the page always wins. */
export function withUrlDate(date: PublicationDate, url: string | undefined): PublicationDate {
  if (date.value !== null || !url) return date;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return date;
  }
  const m = URL_DATE.exec(path);
  if (!m) return date;
  return {
    value: isoDate(Number(m[1]), Number(m[2]), Number(m[3])),
    precision: "day",
    raw: m[0],
    origin: "url",
  };
}
