// The page's text as anchoring sees it: every text node under a root, in document order, concatenated
// (script, style and the like excluded). Highlight elements only wrap text nodes, so drawing highlights
// never changes this text, and offsets stay valid across reloads of the same HTML.

/** Elements whose text is not page text. Our toolbar's shadow host sits outside <body> anyway. */
const SKIPPED = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "IFRAME",
  "OBJECT",
  "SVG",
  "CANVAS",
  "PLASMO-CSUI",
]);

export interface TextIndex {
  text: string;
  nodes: Text[];
  /** `starts[i]`: offset of `nodes[i]` in `text`. */
  starts: number[];
}

export function buildTextIndex(root: Node): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (node) =>
      node.nodeType === 1 && SKIPPED.has((node as Element).tagName.toUpperCase())
        ? 2 /* FILTER_REJECT: skip the subtree */
        : 1 /* FILTER_ACCEPT */,
  });
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType !== 3) continue;
    const data = (n as Text).data;
    if (!data) continue;
    nodes.push(n as Text);
    starts.push(offset);
    parts.push(data);
    offset += data.length;
  }
  return { text: parts.join(""), nodes, starts };
}

/** Index of the first text node that starts at or after the boundary point (container, offset). */
function firstNodeAtOrAfter(index: TextIndex, container: Node, offset: number): number {
  const doc = container.ownerDocument ?? (container as Document);
  const point = doc.createRange();
  point.setStart(container, offset);
  let lo = 0;
  let hi = index.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    // comparePoint: -1 when the node's start is before the point.
    if (point.comparePoint(index.nodes[mid]!, 0) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function offsetOfPoint(
  index: TextIndex,
  container: Node,
  offset: number,
  nodeIndex: Map<Text, number>,
): number {
  if (container.nodeType === 3) {
    const i = nodeIndex.get(container as Text);
    if (i !== undefined) return index.starts[i]! + Math.min(offset, (container as Text).data.length);
    // A text node not in the index (inside a skipped element): use the position just after it.
    const next = firstNodeAtOrAfter(index, container.parentNode ?? container, 0);
    return next < index.nodes.length ? index.starts[next]! : index.text.length;
  }
  const i = firstNodeAtOrAfter(index, container, offset);
  return i < index.nodes.length ? index.starts[i]! : index.text.length;
}

/** Text offsets of a DOM range, or null when it covers no indexed text. */
export function offsetsOfRange(index: TextIndex, range: Range): { start: number; end: number } | null {
  const nodeIndex = new Map(index.nodes.map((n, i) => [n, i] as const));
  const start = offsetOfPoint(index, range.startContainer, range.startOffset, nodeIndex);
  const end = offsetOfPoint(index, range.endContainer, range.endOffset, nodeIndex);
  return end > start ? { start, end } : null;
}

/** Shrinks offsets so they neither start nor end on whitespace (double-click and drag selections do). */
export function trimOffsets(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return e > s ? { start: s, end: e } : null;
}

/** Node index containing `offset`; `preferEnd` picks the node that ends there rather than the next one. */
export function nodeAt(index: TextIndex, offset: number, preferEnd: boolean): number {
  let lo = 0;
  let hi = index.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = index.starts[mid]!;
    if (preferEnd ? s < offset : s <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A DOM range over `text.slice(start, end)`. */
export function rangeOfOffsets(index: TextIndex, start: number, end: number): Range {
  if (!(start >= 0 && end > start && end <= index.text.length)) {
    throw new RangeError(`rangeOfOffsets: ${start}–${end} outside a text of ${index.text.length}`);
  }
  const a = nodeAt(index, start, false);
  const b = nodeAt(index, end, true);
  const first = index.nodes[a]!;
  const range = first.ownerDocument.createRange();
  range.setStart(first, start - index.starts[a]!);
  range.setEnd(index.nodes[b]!, end - index.starts[b]!);
  return range;
}
