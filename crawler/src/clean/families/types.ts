import type { PortalFamily } from "@vnfacts/shared";

/**
 * Where a portal family puts each part of an article. Selectors are tried in order; the first match with text
 * wins. Real portals of one family share a CMS, so a few alternatives per field cover their variants.
 */
export interface FamilyRules {
  family: PortalFamily;
  /** The article body container. */
  body: readonly string[];
  title: readonly string[];
  /** The article's own date line (never the header clock). */
  date: readonly string[];
  section: readonly string[];
  /** The author line, usually the last paragraph of the body. */
  byline: readonly string[];
  /** The lead (sapo), which stays the body's first paragraph. */
  lead: readonly string[];
  /** Clutter inside or around the body: share bars, related lists, font-size controls, counters. */
  clutter: readonly string[];
}
