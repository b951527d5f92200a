import { tagById } from "@vnfacts/shared";
import { anchorSelectors } from "@vnfacts/shared/anchor";
import { Highlighter, SUGGESTION_TAG } from "../dom/highlighter.ts";
import { buildTextIndex } from "../dom/text-index.ts";
import type { Suggestion } from "./suggestion.ts";

export interface PlacedSuggestion {
  suggestion: Suggestion;
  /** Offsets in the page's text. */
  start: number;
  end: number;
}

type Range = { start: number; end: number };

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

/**
 * The machine's suggestions on a page, drawn dashed in their own `<vnfacts-sg>` elements. A suggestion whose
 * text a reviewer already tagged is not drawn (the reviewer's highlight wins), so the two kinds of highlight
 * never nest. Redrawn as a whole after the reviewer's highlights change.
 */
export class SuggestionLayer {
  readonly highlighter = new Highlighter(SUGGESTION_TAG);
  private list: Suggestion[] = [];
  private placed = new Map<string, PlacedSuggestion>();

  constructor(private readonly root: Node) {}

  /** Replaces the pending suggestions (positions are already in the page's text). */
  set(list: readonly Suggestion[]): void {
    this.list = [...list];
  }

  /** Drops decided suggestions. */
  drop(ids: Iterable<string>): void {
    const gone = new Set(ids);
    this.list = this.list.filter((s) => !gone.has(s.suggestionId));
    for (const id of gone) {
      this.highlighter.remove(id);
      this.placed.delete(id);
    }
  }

  clear(): void {
    for (const id of this.highlighter.ids()) this.highlighter.remove(id);
    this.placed.clear();
  }

  /** Anchors and draws every pending suggestion that does not overlap a reviewer's highlight. */
  redraw(taken: readonly Range[]): void {
    this.clear();
    if (!this.list.length) return;
    const index = buildTextIndex(this.root);
    for (const s of this.list) {
      const found = anchorSelectors(index.text, { quote: s.quote, position: s.position });
      if (!found || taken.some((r) => overlaps(r, found))) continue;
      const color = tagById(s.tag)?.color ?? "#f4b400";
      if (this.highlighter.draw(index, s.suggestionId, found.start, found.end, { color, dashed: true }))
        this.placed.set(s.suggestionId, { suggestion: s, start: found.start, end: found.end });
    }
  }

  /** The suggestions drawn on the page, in page order. */
  shown(): PlacedSuggestion[] {
    return [...this.placed.values()].sort((a, b) => a.start - b.start);
  }

  get(id: string): PlacedSuggestion | undefined {
    return this.placed.get(id);
  }
}
