import { type Annotation, tagById } from "@vnfacts/shared";
import { type AnchorResult, anchorSelectors } from "@vnfacts/shared/anchor";
import { Highlighter, type HighlightStyle } from "./highlighter.ts";
import { buildTextIndex } from "./text-index.ts";

export type AnchorOutcome = AnchorResult | null;

const FALLBACK_COLOR = "#f4b400";

/** A reviewer's annotation in its tag's colour. Suggestions (issue 6) can pass their own, e.g. dashed. */
export function tagStyle(a: Annotation): HighlightStyle {
  return { color: tagById(a.tag)?.color ?? FALLBACK_COLOR };
}

/**
 * Keeps a page's highlights in step with its annotations: anchors each annotation's selectors on the page's
 * text (position, then exact quote, then fuzzy quote — `anchorSelectors` in shared/anchor), draws the anchored
 * ones, and remembers the orphans so they can be retried when the page changes.
 */
export class PageAnnotator {
  readonly highlighter = new Highlighter();
  private readonly annotations = new Map<string, Annotation>();
  private readonly outcomes = new Map<string, AnchorOutcome>();

  constructor(
    private readonly root: Node,
    private readonly styleOf: (a: Annotation) => HighlightStyle = tagStyle,
  ) {}

  /** Replaces the set of annotations: removes deleted ones, recolours re-tagged ones, anchors new ones. */
  sync(list: readonly Annotation[]): void {
    const next = new Map(list.map((a) => [a.id, a] as const));
    for (const id of [...this.annotations.keys()]) {
      if (!next.has(id)) {
        this.highlighter.remove(id);
        this.annotations.delete(id);
        this.outcomes.delete(id);
      }
    }
    const pending: Annotation[] = [];
    for (const a of list) {
      const before = this.annotations.get(a.id);
      this.annotations.set(a.id, a);
      if (!before || !this.outcomes.has(a.id)) pending.push(a);
      else if (before.tag !== a.tag) this.highlighter.recolor(a.id, this.styleOf(a));
    }
    this.anchor(pending);
  }

  /**
   * Retries orphans and annotations whose highlights the page removed (late content, re-rendering).
   * Returns true when an outcome changed.
   */
  retry(): boolean {
    const pending: Annotation[] = [];
    for (const [id, a] of this.annotations) {
      const outcome = this.outcomes.get(id);
      if (outcome && this.highlighter.isAttached(id)) continue;
      this.highlighter.remove(id);
      pending.push(a);
    }
    const before = pending.map((a) => this.outcomes.get(a.id)?.method ?? null);
    this.anchor(pending);
    return pending.some((a, i) => (this.outcomes.get(a.id)?.method ?? null) !== before[i]);
  }

  private anchor(pending: readonly Annotation[]): void {
    if (!pending.length) return;
    const index = buildTextIndex(this.root);
    for (const a of pending) {
      const found = anchorSelectors(index.text, a.target.selector);
      const drawn = found ? this.highlighter.draw(index, a.id, found.start, found.end, this.styleOf(a)) : 0;
      this.outcomes.set(a.id, drawn ? found : null);
    }
  }

  outcome(id: string): AnchorOutcome | undefined {
    return this.outcomes.get(id);
  }

  /** Where the anchored annotations are drawn, in the page's text (suggestions must not overlap them). */
  ranges(): { start: number; end: number }[] {
    return [...this.outcomes.values()].flatMap((o) => (o ? [{ start: o.start, end: o.end }] : []));
  }

  orphans(): Annotation[] {
    return [...this.annotations.values()].filter((a) => this.outcomes.get(a.id) === null);
  }

  /** For the background's record: each annotation's method, or null for an orphan. */
  report(): { annotationId: string; method: AnchorResult["method"] | null }[] {
    return [...this.annotations.keys()].map((id) => ({
      annotationId: id,
      method: this.outcomes.get(id)?.method ?? null,
    }));
  }

  annotation(id: string): Annotation | undefined {
    return this.annotations.get(id);
  }
}
