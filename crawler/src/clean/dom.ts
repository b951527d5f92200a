// Small DOM helpers over linkedom: parse once, read text the way a reader sees it (blocks → lines).
import { nfc } from "@vnfacts/shared/text";
import { parseHTML } from "linkedom";

export type Doc = Document;

export function parseDocument(html: string): Doc {
  return parseHTML(html).document as unknown as Doc;
}

/** Collapsed, trimmed, NFC text of a node. */
export function textOf(node: Node | null | undefined): string {
  if (!node) return "";
  return nfc((node.textContent ?? "").replace(/[\s\u00a0\u200b]+/g, " ").trim());
}

/**
 * The first element, by selector priority, that matches one of `selectors` and has text. One combined query
 * (linkedom walks the whole tree per query, so a query per selector multiplies the cost).
 */
export function first(root: ParentNode, selectors: readonly string[]): Element | null {
  if (selectors.length === 0) return null;
  const found = Array.from(root.querySelectorAll(selectors.join(", ")));
  if (found.length === 0) return null;
  for (const selector of selectors)
    for (const el of found) if (el.matches(selector) && hasText(el)) return el;
  return null;
}

/** Whether any text node below `node` has a visible character (stops at the first; no string building). */
export function hasText(node: Node): boolean {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      if (/[^\s\u00a0\u200b]/.test(child.textContent ?? "")) return true;
    } else if (child.nodeType === 1 && !SKIP.has((child as Element).tagName) && hasText(child)) return true;
  }
  return false;
}

const BLOCK_TEXT = new Set([
  "P",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "FIGCAPTION",
  "LI",
  "BLOCKQUOTE",
  "PRE",
  "TD",
  "TH",
  "DD",
  "DT",
  "CAPTION",
]);
const CONTAINER = new Set([
  "DIV",
  "SECTION",
  "ARTICLE",
  "MAIN",
  "FIGURE",
  "FONT",
  "CENTER",
  "UL",
  "OL",
  "TABLE",
  "TBODY",
  "THEAD",
  "TR",
  "DL",
  "SPAN",
  "HEADER",
  "FOOTER",
  "ASIDE",
  "NAV",
]);
const SKIP = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "IFRAME",
  "SVG",
  "BUTTON",
  "SELECT",
  "INPUT",
  "FORM",
  "IMG",
]);

function hasBlockChild(el: Element): boolean {
  for (const child of Array.from(el.children)) {
    if (BLOCK_TEXT.has(child.tagName) || (CONTAINER.has(child.tagName) && child.tagName !== "SPAN"))
      return true;
    if (child.tagName === "BR") return true;
  }
  return false;
}

/** Splits an element with `<br>` line breaks into its lines. */
function brLines(el: Element): string[] {
  const lines: string[] = [];
  let current = "";
  const flush = () => {
    const t = nfc(current.replace(/[\s\u00a0\u200b]+/g, " ").trim());
    if (t) lines.push(t);
    current = "";
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) current += child.textContent ?? "";
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === "BR") flush();
        else if (SKIP.has(tag)) continue;
        else if (BLOCK_TEXT.has(tag) || CONTAINER.has(tag)) {
          flush();
          walk(child);
          flush();
        } else walk(child);
      }
    }
  };
  walk(el);
  flush();
  return lines;
}

/**
 * The text blocks of a container in document order: each paragraph, caption, heading or leaf `div` is one line.
 * Elements in `exclude` (share bars, related lists…) are skipped whole.
 */
export function blockTexts(root: Element, exclude: ReadonlySet<Element> = new Set()): string[] {
  const out: string[] = [];
  const visit = (el: Element) => {
    if (exclude.has(el) || SKIP.has(el.tagName)) return;
    if (BLOCK_TEXT.has(el.tagName) && !hasBlockChild(el)) {
      const t = textOf(el);
      if (t) out.push(t);
      return;
    }
    if (hasBlockChild(el)) {
      // Mixed content: inline runs between blocks are lines too.
      let inline = "";
      const flushInline = () => {
        const t = nfc(inline.replace(/[\s\u00a0\u200b]+/g, " ").trim());
        if (t) out.push(t);
        inline = "";
      };
      for (const child of Array.from(el.childNodes)) {
        if (child.nodeType === 3) inline += child.textContent ?? "";
        else if (child.nodeType === 1) {
          const c = child as Element;
          if (exclude.has(c) || SKIP.has(c.tagName)) continue;
          if (c.tagName === "BR") flushInline();
          else if (BLOCK_TEXT.has(c.tagName) || CONTAINER.has(c.tagName)) {
            flushInline();
            visit(c);
          } else if (c.querySelector("br")) {
            flushInline();
            out.push(...brLines(c));
          } else inline += c.textContent ?? "";
        }
      }
      flushInline();
      return;
    }
    out.push(...brLines(el));
  };
  visit(root);
  return out;
}

/** Every element matching any selector under `root`, in document order. */
export function all(root: ParentNode, selectors: readonly string[]): Element[] {
  return selectors.length ? Array.from(root.querySelectorAll(selectors.join(", "))) : [];
}

/** The first non-empty `<meta property|name=…>` content among `names`, in the order of `names`. */
export function metaContent(doc: Doc, names: readonly string[]): string | null {
  const metas = Array.from(doc.querySelectorAll("meta"));
  for (const name of names) {
    for (const el of metas) {
      if (el.getAttribute("property") !== name && el.getAttribute("name") !== name) continue;
      const value = el.getAttribute("content")?.trim();
      if (value) return nfc(value);
    }
  }
  return null;
}
