import * as z from "zod";
import { canonicalUrl, sha256Hex } from "../ids.ts";
import {
  Annotation,
  type AnnotationInput,
  describeZodError,
  SchemaValidationError,
  type Selector,
  TAXONOMY,
  W3C_CONTEXT,
  type W3CAnnotation,
  type W3CAnnotationCollection,
  type W3CEmbeddedAnnotation,
  type W3CTextualBody,
  W3CVnfactsMeta,
} from "../schema/index.ts";

// W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/), both ways.
// Out: motivation `tagging`; the tag id in a TextualBody with purpose `tagging`, the note in one with purpose
// `describing`; status, provenance, normalized value, suggestion id and page title under `vnfacts:meta`.
// In: our own output, and annotations from other W3C tools (single, array, page, or collection with embedded
// pages), which may carry only a TextQuoteSelector.

export type { W3CAnnotation, W3CAnnotationCollection } from "../schema/index.ts";

function selectorsInW3COrder(selectors: readonly Selector[]): W3CAnnotation["target"]["selector"] {
  // Quote first: consumers that read only one selector should read the one that survives page changes.
  const quote = selectors.filter((s) => s.type === "TextQuoteSelector");
  const position = selectors.filter((s) => s.type === "TextPositionSelector");
  return [...quote, ...position].map((s) =>
    s.type === "TextQuoteSelector"
      ? {
          type: s.type,
          exact: s.exact,
          ...(s.prefix !== undefined ? { prefix: s.prefix } : {}),
          ...(s.suffix !== undefined ? { suffix: s.suffix } : {}),
        }
      : { type: s.type, start: s.start, end: s.end },
  );
}

function embedded(
  a: Annotation,
  pageTitle?: string,
  canonical: (url: string) => string = canonicalUrl,
): W3CEmbeddedAnnotation {
  const body: W3CTextualBody[] = [{ type: "TextualBody", purpose: "tagging", value: a.tag }];
  if (a.note) body.push({ type: "TextualBody", purpose: "describing", value: a.note, format: "text/plain" });
  const title = pageTitle ?? a.pageTitle;
  return {
    id: a.id,
    type: "Annotation",
    motivation: "tagging",
    body,
    creator: { type: "Person", name: a.author },
    created: a.created,
    modified: a.modified,
    target: { source: canonical(a.target.source), selector: selectorsInW3COrder(a.target.selector) },
    "vnfacts:meta": {
      status: a.status,
      provenance: a.provenance,
      value: a.value,
      ...(a.suggestionId !== undefined ? { suggestionId: a.suggestionId } : {}),
      ...(title !== undefined ? { pageTitle: title } : {}),
    },
  };
}

/** One annotation as a standalone W3C JSON-LD document. */
export function toW3CAnnotation(a: Annotation, opts: { pageTitle?: string } = {}): W3CAnnotation {
  return { "@context": W3C_CONTEXT, ...embedded(a, opts.pageTitle) };
}

/** Many annotations as an AnnotationCollection whose first (and only) page embeds them all. */
export function toW3CAnnotations(
  as: readonly Annotation[],
  opts: { id?: string; label?: string } = {},
): W3CAnnotationCollection {
  // Many annotations share a page: parse each URL once.
  const seen = new Map<string, string>();
  const canonical = (url: string) => {
    let c = seen.get(url);
    if (c === undefined) {
      c = canonicalUrl(url);
      seen.set(url, c);
    }
    return c;
  };
  return {
    "@context": W3C_CONTEXT,
    id: opts.id ?? `urn:uuid:${globalThis.crypto.randomUUID()}`,
    type: "AnnotationCollection",
    ...(opts.label !== undefined ? { label: opts.label } : {}),
    total: as.length,
    first: { type: "AnnotationPage", startIndex: 0, items: as.map((a) => embedded(a, undefined, canonical)) },
  };
}

// ——— import ———

const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.union([item, z.array(item)]).transform((v) => (Array.isArray(v) ? v : [v]) as z.infer<T>[]);

const Strings = oneOrMany(z.string());

const ForeignBody = z.union([
  z.string(),
  z.looseObject({
    type: Strings.optional(),
    purpose: Strings.optional(),
    value: z.string().optional(),
  }),
]);

const ForeignSelector = z.looseObject({ type: z.string() });

const ForeignTarget = z.union([
  z.string(),
  z.looseObject({
    source: z.string().optional(),
    id: z.string().optional(),
    selector: oneOrMany(ForeignSelector).optional(),
  }),
]);

const ForeignAgent = z.union([
  z.string(),
  z.looseObject({
    name: Strings.optional(),
    nickname: z.string().optional(),
    id: z.string().optional(),
  }),
]);

const ForeignAnnotation = z.looseObject({
  id: z.string().min(1),
  type: Strings.refine((t) => t.includes("Annotation"), "must be or include Annotation"),
  motivation: Strings.optional(),
  body: oneOrMany(ForeignBody).optional(),
  target: oneOrMany(ForeignTarget),
  creator: oneOrMany(ForeignAgent).optional(),
  created: z.string().optional(),
  modified: z.string().optional(),
  "vnfacts:meta": W3CVnfactsMeta.partial().optional(),
});
type ForeignAnnotation = z.infer<typeof ForeignAnnotation>;

/** Fails with the annotation's index and the field, like zod errors elsewhere. */
class W3CImportError extends Error {
  constructor(
    readonly index: number,
    readonly field: string,
    reason: string,
  ) {
    super(`annotation ${index}: ${field}: ${reason}`);
    this.name = "W3CImportError";
  }
}

const TAG_BY_NAME = new Map<string, string>(
  TAXONOMY.flatMap((t) => [
    [t.id, t.id],
    [t.labelEn.toLowerCase(), t.id],
    [t.labelVi.normalize("NFC").toLowerCase(), t.id],
  ]),
);

/** Other tools write "Award" or "Khen thưởng"; vnfacts writes the id. Unknown names pass through to fail validation. */
function tagIdOf(name: string): string {
  return TAG_BY_NAME.get(name.trim().normalize("NFC").toLowerCase()) ?? name.trim();
}

/** Foreign ids are IRIs of any kind; ours must be urn:uuid, so derive a stable UUIDv8 from the IRI. */
function uuidUrnFor(id: string): string {
  const lower = id.toLowerCase();
  if (/^urn:uuid:[0-9a-f-]{36}$/.test(lower)) return lower;
  const h = sha256Hex(id);
  const variant = ((Number.parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function bodyHasPurpose(b: z.infer<typeof ForeignBody>, purpose: string): boolean {
  return typeof b !== "string" && (b.purpose ?? []).includes(purpose);
}

function toAnnotationInput(f: ForeignAnnotation, index: number): AnnotationInput {
  const bodies = f.body ?? [];
  let tagBody = bodies.find((b) => bodyHasPurpose(b, "tagging"));
  // A tagging annotation may leave the purpose off its one textual body (model §3.3.5).
  if (!tagBody && f.motivation?.includes("tagging"))
    tagBody = bodies.find((b) => typeof b !== "string" && b.value !== undefined && !b.purpose?.length);
  if (!tagBody || typeof tagBody === "string" || tagBody.value === undefined)
    throw new W3CImportError(index, "body", "no TextualBody with purpose tagging (the tag)");
  const note = bodies
    .filter((b) => bodyHasPurpose(b, "describing") || bodyHasPurpose(b, "commenting"))
    .map((b) => (typeof b === "string" ? "" : (b.value ?? "")))
    .filter(Boolean)
    .join("\n");

  const target = f.target.find(
    (t) => typeof t !== "string" && (t.selector ?? []).some((s) => s.type === "TextQuoteSelector"),
  );
  if (!target || typeof target === "string")
    throw new W3CImportError(index, "target.selector", "no target with a TextQuoteSelector");
  const source = target.source ?? target.id;
  if (!source) throw new W3CImportError(index, "target.source", "missing");
  let canonical: string;
  try {
    canonical = canonicalUrl(source);
  } catch {
    throw new W3CImportError(index, "target.source", `not a URL: ${source}`);
  }
  // Unknown selector kinds (XPath, Range, CSS) are dropped: quote + position are what vnfacts anchors by.
  const selector = (target.selector ?? []).filter(
    (s) => s.type === "TextQuoteSelector" || s.type === "TextPositionSelector",
  );

  const creator = f.creator?.[0];
  const author =
    creator === undefined
      ? "unknown"
      : typeof creator === "string"
        ? creator
        : (creator.name?.[0] ?? creator.nickname ?? creator.id ?? "unknown");
  const created = f.created ?? f.modified;
  if (!created) throw new W3CImportError(index, "created", "missing (and no modified either)");
  const meta = f["vnfacts:meta"] ?? {};
  return {
    id: uuidUrnFor(f.id),
    target: { source: canonical, selector: selector as Selector[] },
    tag: tagIdOf(tagBody.value) as AnnotationInput["tag"],
    value: meta.value ?? null,
    note: note || null,
    author,
    created,
    modified: f.modified ?? created,
    ...(meta.status ? { status: meta.status } : {}),
    ...(meta.provenance ? { provenance: meta.provenance } : {}),
    ...(meta.suggestionId !== undefined ? { suggestionId: meta.suggestionId } : {}),
    ...(meta.pageTitle !== undefined ? { pageTitle: meta.pageTitle } : {}),
  };
}

function typesOf(json: unknown): string[] {
  if (typeof json !== "object" || json === null) return [];
  const t = (json as { type?: unknown }).type;
  return typeof t === "string" ? [t] : Array.isArray(t) ? t.filter((x) => typeof x === "string") : [];
}

/** The annotations of a document: a single one, an array, a page, or a collection with embedded pages. */
function annotationItems(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  const types = typesOf(json);
  if (types.includes("AnnotationCollection")) {
    const items: unknown[] = [];
    let page = (json as { first?: unknown }).first;
    while (page !== undefined) {
      if (typeof page !== "object" || page === null)
        throw new Error("first: the collection's pages must be embedded objects, not links");
      const p = page as { items?: unknown; next?: unknown };
      if (!Array.isArray(p.items)) throw new Error("first.items: an array of annotations is required");
      // Not push(...items): our own export puts every annotation in one page, past the stack's argument limit.
      for (const item of p.items) items.push(item);
      page = typeof p.next === "object" ? p.next : undefined;
    }
    return items;
  }
  if (types.includes("AnnotationPage")) {
    const p = json as { items?: unknown };
    if (!Array.isArray(p.items)) throw new Error("items: an array of annotations is required");
    return p.items;
  }
  return [json];
}

/**
 * Reads W3C annotations into vnfacts annotations. Refused whole: the first bad annotation throws a
 * `SchemaValidationError` whose message starts with `annotation <index>: <field>: …`.
 */
export function fromW3C(json: unknown): Annotation[] {
  let items: unknown[];
  try {
    items = annotationItems(json);
  } catch (error) {
    throw new SchemaValidationError((error as Error).message, []);
  }
  return items.map((item, index) => {
    const foreign = ForeignAnnotation.safeParse(item);
    if (!foreign.success)
      throw new SchemaValidationError(
        describeZodError(foreign.error, `annotation ${index}`),
        foreign.error.issues,
      );
    let input: AnnotationInput;
    try {
      input = toAnnotationInput(foreign.data, index);
    } catch (error) {
      if (error instanceof W3CImportError) throw new SchemaValidationError(error.message, []);
      throw error;
    }
    const parsed = Annotation.safeParse(input);
    if (!parsed.success)
      throw new SchemaValidationError(
        describeZodError(parsed.error, `annotation ${index}`),
        parsed.error.issues,
      );
    return parsed.data;
  });
}
