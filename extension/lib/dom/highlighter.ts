// Draws and removes highlights. A highlight is a set of <vnfacts-hl> elements wrapping the text nodes of a
// range: an unknown element is inline and has no page styles, and it carries no data — which annotation
// an element belongs to is kept here, in the content script's isolated world, where page scripts cannot look.

import { nodeAt, type TextIndex } from "./text-index.ts";

export const HIGHLIGHT_TAG = "vnfacts-hl";
/** Machine suggestions get their own element, so counting or styling a reviewer's highlights never sees them. */
export const SUGGESTION_TAG = "vnfacts-sg";

export interface HighlightStyle {
  color: string;
  /** A dashed underline and lighter fill: for machine suggestions awaiting review (issue 6). */
  dashed?: boolean;
}

/** Parent elements where a whitespace text node must not be wrapped (it would break the markup's structure). */
const NO_WRAP_PARENTS = new Set([
  "TABLE",
  "THEAD",
  "TBODY",
  "TFOOT",
  "TR",
  "COLGROUP",
  "UL",
  "OL",
  "DL",
  "SELECT",
  "DATALIST",
]);

/** Makes a text node start at `offset` (splitting one if needed); returns that node's index. */
function ensureBoundary(index: TextIndex, offset: number): number {
  if (offset >= index.text.length) return index.nodes.length;
  const k = nodeAt(index, offset, false);
  const at = offset - index.starts[k]!;
  if (at === 0) return k;
  const right = index.nodes[k]!.splitText(at);
  index.nodes.splice(k + 1, 0, right);
  index.starts.splice(k + 1, 0, offset);
  return k + 1;
}

function styleFor({ color, dashed }: HighlightStyle): string {
  // Translucent fill plus an underline, so overlapping highlights and the page's own colours stay legible.
  return dashed
    ? `background-color:${color}22;border-bottom:2px dashed ${color};color:inherit;cursor:pointer;`
    : `background-color:${color}55;border-bottom:2px solid ${color};color:inherit;cursor:pointer;border-radius:2px;`;
}

export class Highlighter {
  private readonly elements = new Map<string, HTMLElement[]>();
  private readonly owner = new WeakMap<Element, string>();

  constructor(private readonly tagName: string = HIGHLIGHT_TAG) {}

  /**
   * Wraps `text.slice(start, end)` of the index in highlight elements; returns how many were drawn (0: the
   * range holds only structural whitespace). Splits text nodes at the edges and records the splits in the
   * index, so it stays valid for the next highlight without walking the page again.
   */
  draw(index: TextIndex, id: string, start: number, end: number, style: HighlightStyle): number {
    this.remove(id);
    const first = ensureBoundary(index, start);
    const last = ensureBoundary(index, end);
    const drawn: HTMLElement[] = [];
    for (let i = first; i < last; i++) {
      const node = index.nodes[i]!;
      const parent = node.parentNode;
      if (!parent) continue;
      if (!node.data.trim() && NO_WRAP_PARENTS.has(node.parentElement?.tagName ?? "")) continue;
      const el = node.ownerDocument.createElement(this.tagName);
      el.setAttribute("style", styleFor(style));
      parent.insertBefore(el, node);
      el.appendChild(node);
      this.owner.set(el, id);
      drawn.push(el);
    }
    if (drawn.length) this.elements.set(id, drawn);
    return drawn.length;
  }

  /** Unwraps the highlight's elements, leaving the text nodes where they were. */
  remove(id: string): void {
    for (const el of this.elements.get(id) ?? []) {
      const parent = el.parentNode;
      if (!parent) continue;
      while (el.firstChild) parent.insertBefore(el.firstChild, el);
      parent.removeChild(el);
    }
    this.elements.delete(id);
  }

  recolor(id: string, style: HighlightStyle): void {
    for (const el of this.elements.get(id) ?? []) el.setAttribute("style", styleFor(style));
  }

  /** The innermost highlight's annotation id at an event target, if any. */
  idAt(target: EventTarget | null): string | undefined {
    for (let n = target as Node | null; n; n = n.parentNode) {
      if (n.nodeType === 1) {
        const id = this.owner.get(n as Element);
        if (id) return id;
      }
    }
    return undefined;
  }

  /** Ids drawn and still in the document (a page that re-renders can drop our elements). */
  isAttached(id: string): boolean {
    const els = this.elements.get(id);
    return !!els?.length && els.every((el) => el.isConnected);
  }

  firstElement(id: string): HTMLElement | undefined {
    return this.elements.get(id)?.[0];
  }

  ids(): string[] {
    return [...this.elements.keys()];
  }

  /** Forgets highlights whose elements left the document. */
  forget(id: string): void {
    this.elements.delete(id);
  }
}
