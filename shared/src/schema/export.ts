import * as z from "zod";
import { AnnotationStatus } from "./annotation.ts";
import { HttpUrl, IsoDateTime } from "./common.ts";
import { TagIdSchema } from "./taxonomy.ts";

// The shapes vnfacts writes out. Exporters build these; tests parse their output with them, so a format
// drifting from its documented consumer shape fails loudly.

/** The JSON-LD context every vnfacts W3C document carries. */
export const W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

/** vnfacts' own fields on a W3C annotation, under the key `vnfacts:meta` (an absolute IRI key, kept by JSON-LD). */
export const W3CVnfactsMeta = z.object({
  status: AnnotationStatus,
  provenance: z.enum(["human", "machine"]),
  value: z.union([z.string(), z.number()]).nullable(),
  suggestionId: z.string().optional(),
  pageTitle: z.string().optional(),
});
export type W3CVnfactsMeta = z.infer<typeof W3CVnfactsMeta>;

export const W3CTextualBody = z.object({
  type: z.literal("TextualBody"),
  purpose: z.enum(["tagging", "describing"]),
  value: z.string(),
  format: z.literal("text/plain").optional(),
  language: z.string().optional(),
});
export type W3CTextualBody = z.infer<typeof W3CTextualBody>;

export const W3CAnnotationOut = z.object({
  "@context": z.literal(W3C_CONTEXT),
  id: z.string().regex(/^urn:uuid:/),
  type: z.literal("Annotation"),
  motivation: z.literal("tagging"),
  body: z.array(W3CTextualBody).min(1),
  creator: z.object({ type: z.literal("Person"), name: z.string().min(1) }),
  created: IsoDateTime,
  modified: IsoDateTime,
  target: z.object({
    source: HttpUrl,
    selector: z.array(
      z.union([
        z.object({
          type: z.literal("TextQuoteSelector"),
          exact: z.string().min(1),
          prefix: z.string().optional(),
          suffix: z.string().optional(),
        }),
        z.object({ type: z.literal("TextPositionSelector"), start: z.number().int(), end: z.number().int() }),
      ]),
    ),
  }),
  "vnfacts:meta": W3CVnfactsMeta,
});
export type W3CAnnotation = z.infer<typeof W3CAnnotationOut>;
/** An annotation embedded in a collection page carries no `@context` of its own. */
export type W3CEmbeddedAnnotation = Omit<W3CAnnotation, "@context">;

export type W3CAnnotationCollection = {
  "@context": typeof W3C_CONTEXT;
  id: string;
  type: "AnnotationCollection";
  label?: string;
  total: number;
  first: { type: "AnnotationPage"; startIndex: 0; items: W3CEmbeddedAnnotation[] };
};

/** One span of a document, doccano / spaCy style: `text === document.text.slice(start, end)`. */
export const SpanRow = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  label: TagIdSchema,
  text: z.string().min(1),
  status: AnnotationStatus,
  value: z.union([z.string(), z.number()]).nullable(),
});
export type SpanRow = z.infer<typeof SpanRow>;

/** One line of the span JSONL export. */
export const SpanDocument = z.object({
  id: z.string().min(1),
  url: HttpUrl,
  text: z.string(),
  spans: z.array(SpanRow),
});
export type SpanDocument = z.infer<typeof SpanDocument>;

/** One line of the Hugging Face token-classification export (`ner_tags` index into the label list). */
export const Iob2Row = z
  .object({
    id: z.string().min(1),
    tokens: z.array(z.string().min(1)),
    ner_tags: z.array(z.number().int().min(0)),
  })
  .refine((r) => r.tokens.length === r.ner_tags.length, {
    message: "tokens and ner_tags differ in length",
    path: ["ner_tags"],
  });
export type Iob2Row = z.infer<typeof Iob2Row>;

/** One region of a Label Studio pre-annotation. */
export const LabelStudioResult = z.object({
  id: z.string().min(1),
  from_name: z.string().min(1),
  to_name: z.string().min(1),
  type: z.literal("labels"),
  value: z.object({
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    text: z.string().min(1),
    labels: z.array(z.string().min(1)).length(1),
  }),
  meta: z.object({ text: z.array(z.string()) }).optional(),
});

/** A Label Studio import task with its predictions (pre-annotations). */
export const LabelStudioTask = z.object({
  id: z.number().int().positive().optional(),
  data: z.object({ text: z.string(), url: HttpUrl, recordId: z.string().min(1) }),
  predictions: z.array(
    z.object({
      model_version: z.string().min(1),
      score: z.number().optional(),
      result: z.array(LabelStudioResult),
    }),
  ),
});
export type LabelStudioTask = z.infer<typeof LabelStudioTask>;

/** The CSV columns, in order. */
export const FACT_CSV_COLUMNS = [
  "article_url",
  "record_id",
  "publication_date",
  "province",
  "tag",
  "text",
  "value",
  "status",
  "provenance",
  "reviewer",
  "start",
  "end",
  "annotation_id",
] as const;
export const FactCsvRow = z.object({
  article_url: HttpUrl,
  record_id: z.string(),
  publication_date: z.string(),
  province: z.string(),
  tag: TagIdSchema,
  text: z.string().min(1),
  value: z.string(),
  status: AnnotationStatus,
  provenance: z.enum(["human", "machine"]),
  reviewer: z.string(),
  start: z.string().regex(/^\d*$/),
  end: z.string().regex(/^\d*$/),
  annotation_id: z.string(),
});
export type FactCsvRow = z.infer<typeof FactCsvRow>;
