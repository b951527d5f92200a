import * as z from "zod";
import { IsoDate, IsoDateTime, Topic } from "./common.ts";
import { PublicationDate } from "./record.ts";
import { PortalFamily, SourceLevel } from "./source.ts";

/**
 * The offline demo portals (`test/fixtures/portals/<family>/manifest.json`): what each portal serves and
 * what a correct crawler must extract from it. Bodies live in `articles/<id>.txt` beside the manifest
 * (plain paragraphs separated by a blank line); pages are rendered from them at serve time.
 */

/** How an article's bytes are served: the decoding traps of real portals. */
export const FixtureEncoding = z.enum([
  /** Plain UTF-8 with a correct header. */
  "utf-8",
  /** `charset=windows-1258`, tone marks as combining characters where the code page lacks the letter. */
  "windows-1258",
  /** TCVN3 (ABC) bytes served as `charset=windows-1252` with `<font face=".VnTime">`: mojibake until decoded. */
  "tcvn3",
  /** UTF-8, text in Unicode decomposed form (NFD). */
  "nfd",
  /** UTF-8, old-style tone placement ("hoà", "uỷ", "thuở") as written in the body file. */
  "old-tone-marks",
  /** UTF-8 preceded by a byte order mark. */
  "utf-8-bom",
  /** UTF-8 bytes and `<meta charset="utf-8">`, but the HTTP header claims `charset=iso-8859-1`: meta is right. */
  "meta-charset-mismatch",
]);
export type FixtureEncoding = z.infer<typeof FixtureEncoding>;

/** The publication date a correct crawler extracts: never the portal clock. */
export const FixturePublicationDate = z
  .object({
    /** Null when the page only gives a relative string: resolve it against the fetch time. */
    value: z.union([IsoDate, IsoDateTime]).nullable(),
    precision: PublicationDate.shape.precision,
    /** The date line exactly as the page prints it (null: the page prints none). */
    raw: z.string().min(1).nullable(),
    /** A relative date as printed ("1 giờ trước", "2 ngày trước"); the page shows it whatever the clock. */
    relative: z
      .string()
      .regex(/^\d+ (phút|giờ|ngày) trước$/, "like '1 giờ trước'")
      .optional(),
  })
  .refine((d) => d.value !== null || d.relative !== undefined || d.raw === null, {
    message: "a printed date needs a value unless it is relative",
    path: ["value"],
  });
export type FixturePublicationDate = z.infer<typeof FixturePublicationDate>;

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

export const FixtureArticle = z.object({
  /** Stable id, unique in the family (`<family prefix>-<nn>`), also the body file's name. */
  id: z.string().regex(SLUG, "lowercase letters, digits and dashes"),
  /** URL path (and query) on the portal, e.g. `/tin-tuc?nid=12`. */
  path: z.string().regex(/^\/[^\s#]*$/, "a URL path starting with '/'"),
  /** Body source relative to the manifest: `articles/<id>.txt`. */
  file: z.string().regex(/^articles\/[a-z0-9-]+\.txt$/, "like 'articles/<id>.txt'"),
  title: z.string().min(1),
  publicationDate: FixturePublicationDate,
  /** Which topic the article is about; null when off topic. */
  topic: Topic.nullable(),
  /** Section name a correct crawler reports (null: the page names none). */
  section: z.string().min(1).nullable(),
  /** Slug of the listing that links the article (see `listings`). */
  listing: z.string().regex(SLUG),
  authors: z.array(z.string().min(1)),
  /** The byline as printed (e.g. "Xuân Thu-Trường Giang"); null: no byline. */
  byline: z.string().min(1).nullable(),
  /** The lead (sapo): when set, it is the body's first paragraph. */
  lead: z.string().min(1).nullable(),
  /** Body paragraphs that are photo captions (rendered as `<figcaption>`). */
  captions: z.array(z.string().min(1)).default([]),
  /** Seed file (`../shared/seeds/<seed>`, beside the repository) this article reproduces unchanged. */
  seed: z
    .string()
    .regex(/^\d{3}_[0-9a-f]{16}\.txt$/, "a seed file name like '000_cafc750f5b66a2a3.txt'")
    .nullable()
    .default(null),
  encoding: FixtureEncoding.default("utf-8"),
  /** The body is only visible after client-side JavaScript ran. */
  needsBrowser: z.boolean().default(false),
  /** View counter shown on the page ("5,525 lượt xem"). */
  views: z.number().int().nonnegative().optional(),
  /** Extra related-news lines printed after the byline (seed clutter). */
  related: z.array(z.string().min(1)).default([]),
  /** Why the article is here (hard case, trap …). */
  notes: z.string().optional(),
});
export type FixtureArticle = z.infer<typeof FixtureArticle>;
export type FixtureArticleInput = z.input<typeof FixtureArticle>;

export const FixtureListing = z.object({
  slug: z.string().regex(SLUG),
  /** Heading printed on the listing page. */
  title: z.string().min(1),
});
export type FixtureListing = z.infer<typeof FixtureListing>;

export const FixtureManifest = z
  .object({
    $schema: z.string().optional(),
    /** `generic` only for the generated benchmark portal. */
    family: PortalFamily,
    /** Registry fields of the portal (the server adds the base URL and discovery hints). */
    portal: z.object({
      id: z.string().regex(SLUG),
      name: z.string().min(1),
      province: z.string().min(1),
      level: SourceLevel,
      kind: z.enum(["portal", "newspaper", "broadcaster"]),
    }),
    listings: z.array(FixtureListing).min(1),
    articles: z.array(FixtureArticle).min(1),
  })
  .superRefine((manifest, ctx) => {
    const slugs = new Set(manifest.listings.map((l) => l.slug));
    const ids = new Set<string>();
    const paths = new Set<string>();
    manifest.articles.forEach((article, i) => {
      if (ids.has(article.id))
        ctx.addIssue({ code: "custom", message: `duplicate id ${article.id}`, path: ["articles", i, "id"] });
      if (paths.has(article.path))
        ctx.addIssue({
          code: "custom",
          message: `duplicate path ${article.path}`,
          path: ["articles", i, "path"],
        });
      if (!slugs.has(article.listing))
        ctx.addIssue({
          code: "custom",
          message: `unknown listing ${article.listing}`,
          path: ["articles", i, "listing"],
        });
      if (article.file !== `articles/${article.id}.txt`)
        ctx.addIssue({
          code: "custom",
          message: `must be articles/${article.id}.txt`,
          path: ["articles", i, "file"],
        });
      ids.add(article.id);
      paths.add(article.path);
    });
  });
export type FixtureManifest = z.infer<typeof FixtureManifest>;
export type FixtureManifestInput = z.input<typeof FixtureManifest>;
