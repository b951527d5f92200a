/** What a layout-specific (or generic) pass reads off a page, before line-level cleaning. */
export interface PageParts {
  title: string | null;
  /** Date strings, best first (the family's date line, then metadata, then nearby short lines). */
  dateCandidates: string[];
  section: string | null;
  lead: string | null;
  /** Byline text found by selector (removed from `lines`). */
  byline: string | null;
  /** Body lines in reading order. */
  lines: string[];
  /** Text of clutter elements removed around the body. */
  removed: string[];
  /** Which rules produced it. */
  via: string;
}
