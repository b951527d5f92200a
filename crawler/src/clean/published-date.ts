// Chooses the article's own publication date among candidate strings; the portal clock never qualifies.
import type { PublicationDate } from "@vnfacts/shared";
import { isPortalClock, parsePublicationDate } from "@vnfacts/shared/text";

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
