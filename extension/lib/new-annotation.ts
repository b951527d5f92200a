import {
  Annotation,
  canonicalUrl,
  parseOrThrow,
  type TagId,
  type TextPositionSelector,
  type TextQuoteSelector,
} from "@vnfacts/shared";

export interface NewAnnotationInput {
  /** The page URL as the browser shows it; stored canonical. */
  pageUrl: string;
  pageTitle: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  tag: TagId;
  note: string | null;
  value: string | number | null;
  author: string;
  now: string;
  /** Injected so tests are deterministic; `crypto.randomUUID()` otherwise. */
  uuid?: string;
}

/** A reviewer's own tag: status `tagged`, provenance `human`. */
export function newAnnotation(input: NewAnnotationInput): Annotation {
  const title = input.pageTitle.trim();
  return parseOrThrow(
    Annotation,
    {
      id: `urn:uuid:${input.uuid ?? globalThis.crypto.randomUUID()}`,
      target: { source: canonicalUrl(input.pageUrl), selector: [input.quote, input.position] },
      ...(title ? { pageTitle: title } : {}),
      tag: input.tag,
      value: input.value,
      note: input.note?.trim() ? input.note.trim() : null,
      author: input.author,
      created: input.now,
      modified: input.now,
      status: "tagged",
      provenance: "human",
    },
    "new annotation",
  );
}

/**
 * The value field as typed: empty → null, a plain number (digits, optional decimal point) → number,
 * anything else (an ISO date, a canonical name) → trimmed string.
 */
export function parseValueInput(raw: string): string | number | null {
  const v = raw.trim();
  if (!v) return null;
  return /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
}
