import * as z from "zod";
import { HttpUrl, IsoDate } from "./common.ts";

/** Portal families whose layout the crawler knows; `generic` falls back to main-text extraction. */
export const PortalFamily = z.enum(["newspaper", "broadcaster", "liferay", "cityportal", "spa", "generic"]);
export type PortalFamily = z.infer<typeof PortalFamily>;

export const SourceLevel = z.enum(["national", "province", "ward", "commune", "special_zone"]);
export type SourceLevel = z.infer<typeof SourceLevel>;

export const ListingHint = z.object({
  /** First page of the listing. */
  url: HttpUrl,
  /**
   * How page N is addressed: a URL template with `{page}` (e.g. `https://x/tin-tuc/trang-{page}.htm`).
   * Absent: follow the page's own "next" link.
   */
  pageTemplate: z.string().includes("{page}").optional(),
  /** Stop after this many pages even when nothing known was met. */
  maxPages: z.number().int().positive().default(20),
});
export type ListingHint = z.infer<typeof ListingHint>;

export const DiscoveryHints = z
  .object({
    sitemaps: z.array(HttpUrl).default([]),
    feeds: z.array(HttpUrl).default([]),
    listings: z.array(ListingHint).default([]),
    /** A regular expression (JS syntax) that article URLs match; links that do not match are not articles. */
    articlePattern: z
      .string()
      .refine((s) => {
        try {
          new RegExp(s);
          return true;
        } catch {
          return false;
        }
      }, "not a valid regular expression")
      .optional(),
  })
  .refine((d) => d.sitemaps.length + d.feeds.length + d.listings.length > 0, {
    message: "at least one sitemap, feed or listing is needed",
  });
export type DiscoveryHints = z.infer<typeof DiscoveryHints>;

export const Politeness = z.object({
  /** Requests in flight at once against this host. */
  maxConcurrency: z.number().int().min(1).max(16).default(1),
  /** Minimum gap between two request starts against this host, in milliseconds. */
  minDelayMs: z.number().int().min(0).default(1000),
});
export type Politeness = z.infer<typeof Politeness>;

/** A portal in the registry. */
export const Source = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "lowercase letters, digits and dashes"),
    name: z.string().min(1),
    /** Province (post-July-2025 name) the portal belongs to. */
    province: z.string().min(1),
    level: SourceLevel,
    kind: z.enum(["portal", "newspaper", "broadcaster"]).default("portal"),
    family: PortalFamily.default("generic"),
    baseUrl: HttpUrl,
    discovery: DiscoveryHints,
    /** Pages need a real browser (the article body is injected by client-side JavaScript). */
    needsBrowser: z.boolean().default(false),
    /** Declared charset when the server lies about it (rare); detection is the default. */
    charset: z.string().optional(),
    politeness: Politeness.partial().optional(),
    /** First day the domain served this portal. */
    validFrom: IsoDate.nullable().default(null),
    /** Last day: the 2025 mergers retired many domains. */
    validTo: IsoDate.nullable().default(null),
    /** The source id that took over when this one was retired. */
    replacedBy: z.string().optional(),
    notes: z.string().optional(),
  })
  .refine((s) => !s.validFrom || !s.validTo || s.validFrom <= s.validTo, {
    message: "validTo is before validFrom",
    path: ["validTo"],
  });
export type Source = z.infer<typeof Source>;
export type SourceInput = z.input<typeof Source>;

/** A registry file: a list of sources. */
export const SourceRegistryFile = z.object({
  $schema: z.string().optional(),
  sources: z.array(Source).min(1),
});
export type SourceRegistryFile = z.infer<typeof SourceRegistryFile>;
