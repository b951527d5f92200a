import * as z from "zod";
import { HttpUrl, IsoDate, IsoDateTime, Topic } from "./common.ts";
import { Fact, factSpanErrors } from "./fact.ts";

/**
 * The article's own publication date. `value` is a date (`YYYY-MM-DD`) or a date-time with offset;
 * `precision` says how much of it the page gave; `approximate` dates come from relative strings
 * ("1 giờ trước") resolved against the fetch time. `raw` is the string it was read from.
 */
export const PublicationDate = z.object({
  value: z.union([IsoDate, IsoDateTime]).nullable(),
  precision: z.enum(["second", "minute", "hour", "day", "approximate", "unknown"]),
  raw: z.string().nullable(),
  /** Where it was read: the article's date line, a relative string, feed, sitemap, URL, or nowhere. */
  origin: z.enum(["page", "relative", "feed", "sitemap", "url", "none"]),
});
export type PublicationDate = z.infer<typeof PublicationDate>;

export const TopicScore = z.object({
  topic: Topic,
  score: z.number().min(0),
  /** The words that decided it. */
  evidence: z.array(z.string()),
});
export type TopicScore = z.infer<typeof TopicScore>;

const HEX_ID = /^[0-9a-f]{16}$/;

export const ArticleRecord = z
  .object({
    /** First 16 hex digits of SHA-256 of the canonical URL (see `recordIdFor`). */
    id: z.string().regex(HEX_ID, "16 lowercase hex digits"),
    url: HttpUrl,
    sourceId: z.string().min(1),
    /** Province of the source (post-2025 name), for datasets and exports. */
    province: z.string().nullable().default(null),
    title: z.string().min(1),
    lead: z.string().nullable(),
    /** Clean body text, NFC, paragraphs separated by "\n\n"; all fact offsets point into it. */
    body: z.string().min(1),
    publicationDate: PublicationDate,
    section: z.string().nullable(),
    authors: z.array(z.string().min(1)),
    topics: z.array(TopicScore),
    /** SHA-256 (hex) of title + body: changes when the article changed. */
    contentHash: z.string().regex(/^[0-9a-f]{64}$/),
    fetchedAt: IsoDateTime,
    extractorVersion: z.string().min(1),
    facts: z.array(Fact),
  })
  .superRefine((record, ctx) => {
    for (const message of factSpanErrors(record.body, record.facts)) {
      const [path, ...rest] = message.split(": ");
      ctx.addIssue({
        code: "custom",
        message: rest.join(": "),
        path: path!.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
      });
    }
  });
export type ArticleRecord = z.infer<typeof ArticleRecord>;

/** What cleaning a page (HTML or a text dump) yields, before relevance and fact extraction. */
export const CleanArticle = z.object({
  title: z.string().min(1),
  lead: z.string().nullable(),
  body: z.string(),
  section: z.string().nullable(),
  authors: z.array(z.string().min(1)),
  publicationDate: PublicationDate,
  /** Lines removed as portal clutter (clocks, counters, related-news lists…), for audits and tests. */
  boilerplate: z.array(z.string()),
});
export type CleanArticle = z.infer<typeof CleanArticle>;
