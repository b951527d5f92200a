import { buildTextIndex, type TextIndex } from "./text-index.ts";

// Which part of a page the extractor reads. The rule (docs/extension.md, "Suggestions"):
//  1. the container: the first of `[itemprop=articleBody]`, `article`, `main`, `[role=main]` holding at least
//     MIN_CHARS characters of text, else `<body>`;
//  2. inside it, the largest text block: the element whose own paragraphs (direct text and direct children
//     that are paragraphs or leaf blocks) carry the most text — the article body, not menus, related-news
//     lists or footers, which are many short blocks;
//  3. when no block reaches MIN_CHARS, the container itself.

const MIN_CHARS = 200;
const CONTAINERS = ["[itemprop='articleBody']", "article", "main", "[role='main']"];
const PARAGRAPHS = new Set(["P", "BLOCKQUOTE", "H2", "H3", "H4", "H5", "H6", "PRE"]);
/** Blocks that are paragraphs when nothing block-level is inside them (portals write `<div>` paragraphs). */
const LEAF_BLOCKS = new Set(["DIV", "SPAN", "FONT", "SECTION", "STRONG", "B", "EM", "I"]);
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "NAV", "HEADER", "FOOTER", "ASIDE", "FORM"]);

function textLength(el: Element): number {
  return (el.textContent ?? "").replace(/\s+/g, " ").trim().length;
}

/** Text carried by an element's own paragraphs. */
function paragraphScore(el: Element): number {
  let score = 0;
  for (const child of el.childNodes) {
    if (child.nodeType === 3) score += (child.textContent ?? "").trim().length;
    else if (child.nodeType === 1) {
      const c = child as Element;
      if (PARAGRAPHS.has(c.tagName)) score += textLength(c);
      else if (LEAF_BLOCKS.has(c.tagName) && !c.querySelector("p, div, li, table")) score += textLength(c);
    }
  }
  return score;
}

export function mainTextElement(doc: Document): Element {
  const body = doc.body;
  let container: Element = body;
  for (const selector of CONTAINERS) {
    const found = [...body.querySelectorAll(selector)].find((el) => textLength(el) >= MIN_CHARS);
    if (found) {
      container = found;
      break;
    }
  }
  let best: Element = container;
  let bestScore = paragraphScore(container);
  for (const el of container.querySelectorAll("*")) {
    if (SKIP.has(el.tagName)) continue;
    const shell = el.closest("nav, header, footer, aside");
    if (shell && shell !== container && container.contains(shell)) continue;
    const score = paragraphScore(el);
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return bestScore >= MIN_CHARS ? best : container;
}

export interface MainText {
  text: string;
  /** Offset of `text` in the page's text (`buildTextIndex(document.body).text`). */
  start: number;
}

/**
 * The main text and where it sits in the page's text. An element's text nodes are contiguous in document
 * order, so its text is one slice of the page's text.
 */
export function mainTextOf(doc: Document, pageText: TextIndex): MainText {
  const el = mainTextElement(doc);
  const own = buildTextIndex(el);
  const first = own.nodes[0];
  if (!first) return { text: "", start: 0 };
  const i = pageText.nodes.indexOf(first);
  return i < 0 ? { text: own.text, start: 0 } : { text: own.text, start: pageText.starts[i]! };
}
