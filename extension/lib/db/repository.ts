import { Annotation, canonicalUrl, parseOrThrow, type TagId } from "@vnfacts/shared";
import type { AnchorMethod } from "@vnfacts/shared/anchor";
import { DEFAULT_SETTINGS, Settings } from "../settings.ts";
import {
  type Decision,
  type DecisionContext,
  decideSuggestion,
  statusAfterEdit,
} from "../suggestions/decide.ts";
import type { Suggestion } from "../suggestions/suggestion.ts";
import type { AnchorStateRow, PageRow, VnfactsDb } from "./schema.ts";

// The only code that writes the database. Every write is parsed first, so a bad row cannot get in.

/** Stores (inserts or replaces) an annotation and keeps its page row up to date. */
export async function saveAnnotation(db: VnfactsDb, input: unknown): Promise<Annotation> {
  const [annotation] = await saveAnnotationsOfPage(db, [input]);
  return annotation!;
}

/** Stores annotations of one page in one transaction (accepting all suggestions of a tag at once). */
async function saveAnnotationsOfPage(db: VnfactsDb, inputs: readonly unknown[]): Promise<Annotation[]> {
  const annotations = inputs.map((input, i) =>
    parseOrThrow(Annotation, input, inputs.length > 1 ? `annotation ${i}` : "annotation"),
  );
  const last = annotations.at(-1);
  if (!last) return [];
  const url = last.target.source;
  if (annotations.some((a) => a.target.source !== url)) throw new Error("annotations of one page expected");
  await db.transaction("rw", db.annotations, db.pages, async () => {
    await db.annotations.bulkPut(annotations);
    const existing = await db.pages.get(url);
    const page: PageRow = {
      url,
      site: new URL(url).hostname,
      title: last.pageTitle || existing?.title || url,
      firstAnnotated: existing?.firstAnnotated ?? annotations.map((a) => a.created).sort()[0] ?? last.created,
      lastAnnotated: last.modified,
    };
    await db.pages.put(page);
  });
  return annotations;
}

export interface DecisionItem {
  suggestion: Suggestion;
  decision: Decision;
  /** Where the suggestion anchored on the page. */
  position: DecisionContext["position"];
}

/**
 * Stores a reviewer's verdicts on suggestions of one page as annotations (provenance `machine`). A suggestion
 * decided before keeps its annotation (same id): the new verdict replaces the old one, never duplicates it.
 */
export async function saveDecisions(
  db: VnfactsDb,
  page: { url: string; title: string },
  items: readonly DecisionItem[],
  ctx: { author: string; now: string },
): Promise<Annotation[]> {
  const stored = new Map(
    (await annotationsForPage(db, page.url)).flatMap((a) =>
      a.suggestionId ? [[a.suggestionId, a] as const] : [],
    ),
  );
  const decided = items.map((item) =>
    decideSuggestion(item.suggestion, item.decision, {
      pageUrl: page.url,
      pageTitle: page.title,
      author: ctx.author,
      now: ctx.now,
      position: item.position,
      existing: stored.get(item.suggestion.suggestionId),
    }),
  );
  return saveAnnotationsOfPage(db, decided);
}

export interface AnnotationPatch {
  tag?: TagId | undefined;
  note?: string | null | undefined;
  value?: string | number | null | undefined;
}

/** Changes tag, note or value of a stored annotation; `modified` becomes `now`. */
export async function updateAnnotation(
  db: VnfactsDb,
  id: string,
  patch: AnnotationPatch,
  now: string,
): Promise<Annotation> {
  const current = await db.annotations.get(id);
  if (!current) throw new Error(`annotation ${id} not found`);
  const next = {
    ...current,
    ...(patch.tag !== undefined ? { tag: patch.tag } : {}),
    ...(patch.note !== undefined ? { note: patch.note } : {}),
    ...(patch.value !== undefined ? { value: patch.value } : {}),
    modified: now,
  };
  return saveAnnotation(db, { ...next, status: statusAfterEdit(current, next) });
}

/** Deletes an annotation, its anchoring state, and its page row when it was the page's last one. */
export async function deleteAnnotation(db: VnfactsDb, id: string): Promise<boolean> {
  return db.transaction("rw", db.annotations, db.pages, db.anchorStates, async () => {
    const current = await db.annotations.get(id);
    if (!current) return false;
    await db.annotations.delete(id);
    await db.anchorStates.delete(id);
    const url = current.target.source;
    if ((await db.annotations.where("target.source").equals(url).count()) === 0) await db.pages.delete(url);
    return true;
  });
}

export function annotationsForPage(db: VnfactsDb, pageUrl: string): Promise<Annotation[]> {
  return db.annotations.where("target.source").equals(canonicalUrl(pageUrl)).sortBy("created");
}

export interface AnchoringOutcome {
  annotationId: string;
  method: AnchorMethod | null;
}

/** Records where each annotation of a page anchored (method) or that it is an orphan (null). */
export async function recordAnchoring(
  db: VnfactsDb,
  pageUrl: string,
  outcomes: readonly AnchoringOutcome[],
  now: string,
): Promise<void> {
  const url = canonicalUrl(pageUrl);
  const known = new Set(
    (await db.annotations.where("target.source").equals(url).primaryKeys()).map((k) => String(k)),
  );
  const rows: AnchorStateRow[] = outcomes
    .filter((o) => known.has(o.annotationId))
    .map((o) => ({
      annotationId: o.annotationId,
      pageUrl: url,
      state: o.method ? "anchored" : "orphan",
      method: o.method,
      checkedAt: now,
    }));
  await db.anchorStates.bulkPut(rows);
}

export async function getSettings(db: VnfactsDb): Promise<Settings> {
  const row = await db.settings.get("settings");
  const parsed = Settings.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function saveSettings(db: VnfactsDb, input: unknown): Promise<Settings> {
  const value = parseOrThrow(Settings, input, "settings");
  await db.settings.put({ key: "settings", value });
  return value;
}

/** The page's main text as the content script last saw it; only kept for pages that have annotations. */
export async function savePageText(
  db: VnfactsDb,
  pageUrl: string,
  text: string,
  now: string,
): Promise<boolean> {
  const url = canonicalUrl(pageUrl);
  return db.transaction("rw", db.pageTexts, db.annotations, async () => {
    if ((await db.annotations.where("target.source").equals(url).count()) === 0) return false;
    await db.pageTexts.put({ url, text, capturedAt: now });
    return true;
  });
}
