// Small DOM helpers over a cheerio (htmlparser2) tree: parse once, read text the way a reader sees it
// (blocks → lines). linkedom is loaded only for Readability (generic layouts), which needs a browser-like DOM.
import { nfc } from "@vnfacts/shared/text";
import { type CheerioAPI, load } from "cheerio/slim";
import { compile, is, selectAll } from "css-select";
import type { AnyNode, Document, Element } from "domhandler";
import { parseHTML } from "linkedom";

export type { CheerioAPI } from "cheerio/slim";
export type { Element } from "domhandler";

/**
 * htmlparser2 in HTML mode with the options linkedom gives it: the same tree (implied end tags, entities,
 * attribute names as written), so the family rules read exactly what they read on linkedom.
 */
export function loadPage(html: string): CheerioAPI {
  return load(html, { xml: { xmlMode: false, decodeEntities: true, lowerCaseAttributeNames: false } });
}

/** A browser-like DOM for Readability (the one reader that needs one). */
export function parseBrowserDocument(html: string): globalThis.Document {
  return parseHTML(html).document as unknown as globalThis.Document;
}

/** The document node of a loaded page. */
export const documentOf = ($: CheerioAPI): Document => $.root()[0] as Document;

/** Elements in domhandler: script and style have their own node types. */
export const isElement = (node: AnyNode): node is Element =>
  node.type === "tag" || node.type === "script" || node.type === "style";

/** The upper-case tag name, as the DOM reports it. */
const tagOf = (el: Element) => el.name.toUpperCase();

/** Concatenated text of every text node below `node` (the DOM's `textContent`). */
export function textContent(node: AnyNode): string {
  if (node.type === "text") return node.data;
  if (!("children" in node)) return "";
  let out = "";
  for (const child of node.children) out += textContent(child);
  return out;
}

/** Collapsed, trimmed, NFC text of a node. */
export function textOf(node: AnyNode | null | undefined): string {
  if (!node) return "";
  return nfc(
    textContent(node)
      .replace(/[\s\u00a0\u200b]+/g, " ")
      .trim(),
  );
}

export const attr = (el: Element, name: string): string | null => el.attribs[name] ?? null;

/** Compiled selectors: the family rules ask the same few dozen on every page. */
const compiled = new Map<string, ReturnType<typeof compile<AnyNode, Element>>>();
function compiledOf(selector: string) {
  let query = compiled.get(selector);
  if (!query) {
    query = compile<AnyNode, Element>(selector, { xmlMode: false });
    compiled.set(selector, query);
  }
  return query;
}

/** Every element below `root` matching `selector`, in document order. */
export function select(root: AnyNode, selector: string): Element[] {
  return selectAll<AnyNode, Element>(compiledOf(selector), root);
}

export const matches = (el: Element, selector: string): boolean => is(el, compiledOf(selector));

/** Whether `inner` is `outer` or below it. */
export function contains(outer: AnyNode, inner: AnyNode): boolean {
  for (let node: AnyNode | null = inner; node; node = node.parent) if (node === outer) return true;
  return false;
}

/**
 * The first element, by selector priority, that matches one of `selectors` and has text. One combined query
 * (each query walks the whole tree, so a query per selector multiplies the cost).
 */
export function first(root: AnyNode, selectors: readonly string[]): Element | null {
  if (selectors.length === 0) return null;
  const found = select(root, selectors.join(", "));
  if (found.length === 0) return null;
  for (const selector of selectors)
    for (const el of found) if (matches(el, selector) && hasText(el)) return el;
  return null;
}

/** Whether any text node below `node` has a visible character (stops at the first; no string building). */
export function hasText(node: AnyNode): boolean {
  if (!("children" in node)) return false;
  for (const child of node.children) {
    if (child.type === "text") {
      if (/[^\s\u00a0\u200b]/.test(child.data)) return true;
    } else if (isElement(child) && !SKIP.has(tagOf(child)) && hasText(child)) return true;
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
  for (const child of el.children) {
    if (!isElement(child)) continue;
    const tag = tagOf(child);
    if (BLOCK_TEXT.has(tag) || (CONTAINER.has(tag) && tag !== "SPAN")) return true;
    if (tag === "BR") return true;
  }
  return false;
}

/** Whether an element has a `<br>` anywhere below it. */
function hasBr(el: Element): boolean {
  for (const child of el.children) if (isElement(child) && (child.name === "br" || hasBr(child))) return true;
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
  const walk = (node: Element) => {
    for (const child of node.children) {
      if (child.type === "text") current += child.data;
      else if (isElement(child)) {
        const tag = tagOf(child);
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
    const tag = tagOf(el);
    if (exclude.has(el) || SKIP.has(tag)) return;
    if (BLOCK_TEXT.has(tag) && !hasBlockChild(el)) {
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
      for (const child of el.children) {
        if (child.type === "text") inline += child.data;
        else if (isElement(child)) {
          const childTag = tagOf(child);
          if (exclude.has(child) || SKIP.has(childTag)) continue;
          if (childTag === "BR") flushInline();
          else if (BLOCK_TEXT.has(childTag) || CONTAINER.has(childTag)) {
            flushInline();
            visit(child);
          } else if (hasBr(child)) {
            flushInline();
            out.push(...brLines(child));
          } else inline += textContent(child);
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
export function all(root: AnyNode, selectors: readonly string[]): Element[] {
  return selectors.length ? select(root, selectors.join(", ")) : [];
}

/** The first non-empty `<meta property|name=…>` content among `names`, in the order of `names`. */
export function metaContent(doc: Document, names: readonly string[]): string | null {
  const metas = select(doc, "meta");
  for (const name of names) {
    for (const el of metas) {
      if (attr(el, "property") !== name && attr(el, "name") !== name) continue;
      const value = attr(el, "content")?.trim();
      if (value) return nfc(value);
    }
  }
  return null;
}
