import * as z from "zod";
import { HttpUrl, IsoDateTime } from "./common.ts";
import { TagIdSchema } from "./taxonomy.ts";

/** W3C Web Annotation TextQuoteSelector (https://www.w3.org/TR/annotation-model/#text-quote-selector). */
export const TextQuoteSelector = z.object({
  type: z.literal("TextQuoteSelector"),
  exact: z.string().min(1),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;

/** W3C TextPositionSelector: UTF-16 offsets into the page's rendered text (or a record's body). */
export const TextPositionSelector = z
  .object({
    type: z.literal("TextPositionSelector"),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
  })
  .refine((s) => s.end > s.start, { message: "end must be greater than start", path: ["end"] });
export type TextPositionSelector = z.infer<typeof TextPositionSelector>;

export const Selector = z.discriminatedUnion("type", [TextQuoteSelector, TextPositionSelector]);
export type Selector = z.infer<typeof Selector>;

export const AnnotationTarget = z.object({
  /** Canonical page URL (tracking parameters stripped). */
  source: HttpUrl,
  selector: z
    .array(Selector)
    .min(1)
    .refine((s) => s.some((x) => x.type === "TextQuoteSelector"), "a TextQuoteSelector is required"),
});
export type AnnotationTarget = z.infer<typeof AnnotationTarget>;

/**
 * `tagged`: made by a reviewer. `accepted` / `rejected` / `corrected`: a reviewer's verdict on a machine
 * suggestion (rejected ones are kept so the dataset records what the machine got wrong).
 */
export const AnnotationStatus = z.enum(["tagged", "accepted", "rejected", "corrected"]);
export type AnnotationStatus = z.infer<typeof AnnotationStatus>;

export const Annotation = z.object({
  /** `urn:uuid:…` so it is a valid IRI in W3C exports. */
  id: z.string().regex(/^urn:uuid:[0-9a-f-]{36}$/, "urn:uuid:<uuid>"),
  target: AnnotationTarget,
  pageTitle: z.string().optional(),
  tag: TagIdSchema,
  /** Normalized value: the count of an award, a metric's number, an ISO date, a canonical name. */
  value: z.union([z.string(), z.number()]).nullable().default(null),
  note: z.string().nullable().default(null),
  /** Reviewer name. */
  author: z.string().min(1),
  created: IsoDateTime,
  modified: IsoDateTime,
  status: AnnotationStatus.default("tagged"),
  provenance: z.enum(["human", "machine"]).default("human"),
  /** For reviewed suggestions: the id of the machine fact (record id + index, or a hash). */
  suggestionId: z.string().optional(),
});
export type Annotation = z.infer<typeof Annotation>;
export type AnnotationInput = z.input<typeof Annotation>;
