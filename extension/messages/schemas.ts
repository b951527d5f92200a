import { Annotation, TagIdSchema, TextPositionSelector, TextQuoteSelector } from "@vnfacts/shared";
import * as z from "zod";
import { Settings } from "../lib/settings.ts";
import { Decision } from "../lib/suggestions/decide.ts";
import { Suggestion } from "../lib/suggestions/suggestion.ts";

// Every message between a content script and the background, as zod schemas: the sender parses what it
// sends, the background parses what it receives and what it answers, the sender parses the answer.

const PageUrl = z.url({ protocol: /^https?$/ });
const AnnotationId = z.string().regex(/^urn:uuid:[0-9a-f-]{36}$/, "urn:uuid:<uuid>");
const Note = z.string().max(5000).nullable();
const Value = z.union([z.string().max(500), z.number()]).nullable();
const Method = z.enum(["position", "quote", "fuzzy"]);
/** A page's main text: articles are far below this; a page above it is not an article. */
const PageText = z.string().max(2_000_000);

export const MESSAGES = {
  /** The page's annotations and the reviewer's settings, fetched when a page loads. */
  "page-annotations": {
    request: z.object({ url: PageUrl }),
    response: z.object({ annotations: z.array(Annotation), settings: Settings }),
  },
  /** A new tag from the toolbar; the background adds id, author and timestamps. */
  "save-annotation": {
    request: z.object({
      url: PageUrl,
      pageTitle: z.string().max(1000),
      quote: TextQuoteSelector,
      position: TextPositionSelector,
      tag: TagIdSchema,
      note: Note,
      value: Value,
    }),
    response: z.object({ annotation: Annotation }),
  },
  "update-annotation": {
    request: z.object({
      id: AnnotationId,
      tag: TagIdSchema.optional(),
      note: Note.optional(),
      value: Value.optional(),
    }),
    response: z.object({ annotation: Annotation }),
  },
  "delete-annotation": {
    request: z.object({ id: AnnotationId }),
    response: z.object({ deleted: z.boolean() }),
  },
  /** Where each annotation anchored (method) or that it is an orphan (null), for the side panel. */
  "report-anchoring": {
    request: z.object({
      url: PageUrl,
      outcomes: z.array(z.object({ annotationId: AnnotationId, method: Method.nullable() })).max(100_000),
    }),
    response: z.object({ recorded: z.number().int() }),
  },
  /**
   * The machine's suggestions for a page not yet decided: the imported record's facts when the page has one,
   * else the shared extractor's facts over `text` (run here, in the background, off the page's main thread).
   * Extractor positions are offsets into `text`; record positions into the record's body.
   */
  "page-suggestions": {
    request: z.object({ url: PageUrl, text: PageText }),
    response: z.object({
      source: z.enum(["extractor", "record", "off"]),
      suggestions: z.array(Suggestion).max(20_000),
    }),
  },
  /** Accept, reject or correct suggestions (one, or all of a tag); positions are where they sit on the page. */
  "decide-suggestions": {
    request: z.object({
      url: PageUrl,
      pageTitle: z.string().max(1000),
      items: z
        .array(z.object({ suggestion: Suggestion, decision: Decision, position: TextPositionSelector }))
        .min(1)
        .max(20_000),
    }),
    response: z.object({ annotations: z.array(Annotation) }),
  },
  /** The main text of an annotated page, kept for exports of pages without an imported record. */
  "page-text": {
    request: z.object({ url: PageUrl, text: PageText }),
    response: z.object({ stored: z.boolean() }),
  },
} as const;

export type MessageName = keyof typeof MESSAGES;
export type RequestOf<N extends MessageName> = z.input<(typeof MESSAGES)[N]["request"]>;
export type ResponseOf<N extends MessageName> = z.infer<(typeof MESSAGES)[N]["response"]>;

/** What the background answers: the response, or the error's message (naming the field when a parse failed). */
export function envelopeOf<S extends z.ZodType>(data: S) {
  return z.discriminatedUnion("ok", [
    z.object({ ok: z.literal(true), data }),
    z.object({ ok: z.literal(false), error: z.string() }),
  ]);
}

/** Messages from extension pages (side panel) to the content script of a tab. */
export const TabMessage = z.discriminatedUnion("type", [
  z.object({ type: z.literal("vnfacts:scroll-to"), id: AnnotationId }),
  /** The database changed elsewhere (side panel delete, restore): reload the page's annotations. */
  z.object({ type: z.literal("vnfacts:refresh") }),
  /** The suggestions shown on the page (for the side panel's per-tag list). */
  z.object({ type: z.literal("vnfacts:suggestions") }),
  /** Accept every shown suggestion of a tag. */
  z.object({ type: z.literal("vnfacts:accept-tag"), tag: TagIdSchema }),
]);
export type TabMessage = z.infer<typeof TabMessage>;

/** The content script's answer to `vnfacts:suggestions`. */
export const ShownSuggestions = z.object({
  suggestions: z.array(
    z.object({
      suggestionId: z.string(),
      tag: TagIdSchema,
      exact: z.string(),
      value: Suggestion.shape.value,
    }),
  ),
});
export type ShownSuggestions = z.infer<typeof ShownSuggestions>;

/** The content script's answer to `vnfacts:accept-tag`. */
export const AcceptedCount = z.object({ accepted: z.number().int().min(0) });
