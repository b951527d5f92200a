import {
  Annotation,
  type AnnotationStatus,
  canonicalUrl,
  parseOrThrow,
  TagIdSchema,
  type TextPositionSelector,
} from "@vnfacts/shared";
import * as z from "zod";
import type { Suggestion } from "./suggestion.ts";

// A reviewer's verdict on a suggestion, as an annotation: accepting keeps the machine's tag and value
// (`accepted`), rejecting keeps them too so the dataset records what the machine got wrong (`rejected`),
// and changing tag, value or note is a correction (`corrected`). All three have provenance `machine`.

export const Decision = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("accept") }),
  z.object({ kind: z.literal("reject") }),
  z.object({
    kind: z.literal("correct"),
    tag: TagIdSchema,
    note: z.string().max(5000).nullable(),
    value: z.union([z.string().max(500), z.number()]).nullable(),
  }),
]);
export type Decision = z.infer<typeof Decision>;

export interface DecisionContext {
  pageUrl: string;
  pageTitle: string;
  author: string;
  now: string;
  /** The suggestion's selectors anchored on the page: the position the annotation stores. */
  position: TextPositionSelector;
  /** Injected so tests are deterministic; `crypto.randomUUID()` otherwise. */
  uuid?: string;
  /** Re-deciding a suggestion already stored keeps its annotation id (and creation time). */
  existing?: Pick<Annotation, "id" | "created"> | undefined;
}

/** What a correction changes; the same tag, value and no note is an acceptance. */
function statusOf(s: Suggestion, d: Decision): AnnotationStatus {
  if (d.kind === "accept") return "accepted";
  if (d.kind === "reject") return "rejected";
  const same = d.tag === s.tag && d.value === s.value && !d.note?.trim();
  return same ? "accepted" : "corrected";
}

export function decideSuggestion(s: Suggestion, d: Decision, ctx: DecisionContext): Annotation {
  const title = ctx.pageTitle.trim();
  const corrected = d.kind === "correct";
  return parseOrThrow(
    Annotation,
    {
      id: ctx.existing?.id ?? `urn:uuid:${ctx.uuid ?? globalThis.crypto.randomUUID()}`,
      target: { source: canonicalUrl(ctx.pageUrl), selector: [s.quote, ctx.position] },
      ...(title ? { pageTitle: title } : {}),
      tag: corrected ? d.tag : s.tag,
      value: corrected ? d.value : s.value,
      note: corrected && d.note?.trim() ? d.note.trim() : null,
      author: ctx.author,
      created: ctx.existing?.created ?? ctx.now,
      modified: ctx.now,
      status: statusOf(s, d),
      provenance: "machine",
      suggestionId: s.suggestionId,
    },
    "decided suggestion",
  );
}

/**
 * The status after a reviewer edits a stored annotation: editing a machine suggestion's tag, value or note
 * (accepted or rejected) makes it `corrected`; a reviewer's own tag stays `tagged`.
 */
export function statusAfterEdit(
  current: Annotation,
  next: Pick<Annotation, "tag" | "value" | "note">,
): AnnotationStatus {
  if (current.provenance !== "machine") return current.status;
  const changed = current.tag !== next.tag || current.value !== next.value || current.note !== next.note;
  return changed ? "corrected" : current.status;
}
