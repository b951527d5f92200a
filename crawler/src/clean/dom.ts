// Small DOM helpers over a cheerio (htmlparser2) tree: parse once, read text the way a reader sees it
// (blocks → lines). linkedom is loaded only for Readability (generic layouts), which needs a browser-like DOM.
import { nfc } from "@vnfacts/shared/text";
import { compile, is, selectAll } from "css-select";
import render from "dom-serializer";
import type { AnyNode, Document, Element } from "domhandler";
import { parseDocument } from "htmlparser2";
import { parseHTML } from "linkedom";

export type { Document, Element } from "domhandler";

/**
 * htmlparser2 in HTML mode with the options linkedom gives it: the same tree (implied end tags, entities,
 * attribute names as written), so the family rules read exactly what they read on linkedom.
 */
const PARSE_OPTIONS = { xmlMode: false, decodeEntities: true, lowerCaseAttributeNames: false } as const;

/**
 * Parses a page into a domhandler tree. htmlparser2 directly, the parser cheerio would call: the readers walk
 * the tree themselves, and cheerio's wrapper objects cost a third of the parse on every page.
 */
export function loadPage(html: string): Document {
  return parseDocument(html, PARSE_OPTIONS);
}

/** The page serialized back to HTML (for Readability when the original text is not at hand). */
export function pageHtml(doc: Document): string {
  return render(doc, PARSE_OPTIONS);
}

/** A browser-like DOM for Readability (the one reader that needs one). */
export function parseBrowserDocument(html: string): globalThis.Document {
  return parseHTML(html).document as unknown as globalThis.Document;
}

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

/** A visible character: text without one is layout whitespace between tags, the commonest text node. */
const VISIBLE = /[^\s\u00a0\u200b]/;
/** Whitespace runs (zero-width spaces included) that are not already a single plain space. */
const SPACE_RUN = /[\s\u200b]{2,}|[^\S ]|\u200b/g;

/**
 * Whitespace runs collapsed to one space, trimmed, NFC; "" for whitespace alone. Builds no new string for
 * text that needs none of it (most paragraphs).
 */
function collapsed(text: string): string {
  if (!VISIBLE.test(text)) return "";
  return nfc(text.replace(SPACE_RUN, " ").trim());
}

/** Collapsed, trimmed, NFC text of a node. */
export function textOf(node: AnyNode | null | undefined): string {
  if (!node) return "";
  return collapsed(textContent(node));
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

/** The selector with its attribute values blanked: they may hold anything (`a[href~=.pdf]`, `[title="a b"]`). */
const withoutAttributeValues = (selector: string) => selector.replace(/\[[^\]]*\]/g, "[]").trim();

/**
 * The key an element must carry to match `selector`, from its rightmost compound: `#id`, `.class` or a tag
 * name, or `*` when the selector is not simple enough to tell (then every element is tested).
 */
function keyOf(selector: string): string {
  if (/["'(),\\]/.test(selector)) return "*";
  const compound =
    withoutAttributeValues(selector)
      .split(/[\s>+~]+/)
      .at(-1) ?? "";
  // A name must end where the compound's next part starts; anything else (`.détail`) is tested everywhere.
  const id = /#([\w-]+)(?=$|[.#[:])/.exec(compound);
  if (id) return `#${id[1]}`;
  const cls = /\.([\w-]+)(?=$|[.#[:])/.exec(compound);
  if (cls) return `.${cls[1]}`;
  const tag = /^([a-zA-Z][\w-]*)(?=$|[.#[:])/.exec(compound);
  return tag ? tag[1]!.toLowerCase() : "*";
}

/**
 * The class an ancestor must carry for `selector` to match, when its leftmost part is a bare class followed by
 * descendant or child combinators only (`.breadcrumb li:last-child a`). An element with no such ancestor is
 * not tested at all: css-select would walk all its ancestors first (every link of a page, for that selector).
 * Null when the selector does not say so plainly (sibling combinators, quotes, lists, functions).
 */
function ancestorClassOf(selector: string): string | null {
  if (/["'(),\\+~]/.test(selector)) return null;
  const compounds = withoutAttributeValues(selector).split(/\s*>\s*|\s+/);
  if (compounds.length < 2) return null;
  return /^\.([\w-]+)$/.exec(compounds[0]!)?.[1] ?? null;
}

interface FiledSelector {
  selector: string;
  query: ReturnType<typeof compiledOf>;
  ancestorClass: string | null;
}

/** Selectors filed by the key their rightmost compound requires, once per list (a family's is the same on every page). */
interface SelectorPlan {
  selectors: string[];
  byTag: Map<string, FiledSelector[]>;
  byId: Map<string, FiledSelector[]>;
  byClass: Map<string, FiledSelector[]>;
  anywhere: FiledSelector[];
}

const plans = new Map<string, SelectorPlan>();
function planOf(selectors: readonly string[]): SelectorPlan {
  const id = selectors.join("\n");
  let plan = plans.get(id);
  if (!plan) {
    const unique = [...new Set(selectors)];
    plan = { selectors: unique, byTag: new Map(), byId: new Map(), byClass: new Map(), anywhere: [] };
    for (const selector of unique) {
      const key = keyOf(selector);
      const filed = { selector, query: compiledOf(selector), ancestorClass: ancestorClassOf(selector) };
      if (key === "*") plan.anywhere.push(filed);
      else {
        const [map, name] =
          key[0] === "#"
            ? [plan.byId, key.slice(1)]
            : key[0] === "."
              ? [plan.byClass, key.slice(1)]
              : [plan.byTag, key];
        map.set(name, [...(map.get(name) ?? []), filed]);
      }
    }
    plans.set(id, plan);
  }
  return plan;
}

const NONE: readonly Element[] = Object.freeze([]);

/**
 * Many selectors answered from one walk of the tree, the way browsers match style rules: each selector is filed
 * under the id, class or tag its rightmost part requires, and an element is tested (css-select's `is`) only
 * against the selectors filed under its own id, classes and tag. A family's rules ask about forty selectors of
 * a page of a few hundred elements; testing every selector on every element cost more than parsing the page.
 * A selector's answer is the same as `select(root, selector)`: css-select matches ancestors anywhere above.
 */
export class SelectorIndex {
  readonly #matched: Element[] = [];
  /** Matches per selector; a selector that matched nothing has no entry. */
  readonly #bySelector = new Map<string, Element[]>();
  readonly #indexed: readonly string[];

  constructor(root: AnyNode, selectors: readonly string[]) {
    const { selectors: unique, byTag, byId, byClass, anywhere } = planOf(selectors);
    this.#indexed = unique;
    let hit = false;
    /** Class names of the ancestors of the element being tested, with how many ancestors carry each. */
    const around = new Map<string, number>();
    const test = (el: Element, filed: readonly FiledSelector[] | undefined) => {
      if (filed)
        for (const { selector, query, ancestorClass } of filed)
          if ((ancestorClass === null || around.get(ancestorClass)) && is(el, query)) {
            const list = this.#bySelector.get(selector);
            if (!list) this.#bySelector.set(selector, [el]);
            else if (list.at(-1) !== el) list.push(el);
            hit = true;
          }
    };
    const visit = (node: AnyNode) => {
      if (!("children" in node)) return;
      for (const child of node.children) {
        if (!isElement(child)) continue;
        hit = false;
        if (anywhere.length) test(child, anywhere);
        test(child, byTag.get(child.name));
        const { id, class: classes } = child.attribs;
        if (id) test(child, byId.get(id));
        // Most elements carry one class or none: no split for them.
        const tokens = !classes ? [] : /\s/.test(classes) ? classes.split(/\s+/).filter(Boolean) : [classes];
        for (const token of tokens) test(child, byClass.get(token));
        if (hit) this.#matched.push(child);
        for (const token of tokens) around.set(token, (around.get(token) ?? 0) + 1);
        visit(child);
        for (const token of tokens) around.set(token, around.get(token)! - 1);
      }
    };
    visit(root);
  }

  /** Elements matching `selector` (one of those given), in document order. */
  matching(selector: string): readonly Element[] {
    const found = this.#bySelector.get(selector);
    if (found) return found;
    if (!this.#indexed.includes(selector)) throw new Error(`SelectorIndex: ${selector} was not indexed`);
    return NONE;
  }

  /** By selector priority, the first match that has text, strictly below `within` when given. */
  first(selectors: readonly string[], within?: Element): Element | null {
    for (const selector of selectors)
      for (const el of this.matching(selector))
        if ((!within || (el !== within && contains(within, el))) && hasText(el)) return el;
    return null;
  }

  /** Every element matching any of `selectors`, in document order. */
  all(selectors: readonly string[]): Element[] {
    if (selectors.length === 0) return [];
    const hits = new Set(selectors.flatMap((s) => this.matching(s)));
    return this.#matched.filter((el) => hits.has(el));
  }
}

/** Whether `inner` is `outer` or below it. */
export function contains(outer: AnyNode, inner: AnyNode): boolean {
  for (let node: AnyNode | null = inner; node; node = node.parent) if (node === outer) return true;
  return false;
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
    const t = collapsed(current);
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
        const t = collapsed(inline);
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

/** The first non-empty `<meta property|name=…>` content among `names`, in the order of `names`. */
export function metaContent(doc: Document, names: readonly string[]): string | null {
  return metaValue(select(doc, "meta"), names);
}

/** `metaContent` over `<meta>` elements already found. */
export function metaValue(metas: readonly Element[], names: readonly string[]): string | null {
  for (const name of names) {
    for (const el of metas) {
      if (attr(el, "property") !== name && attr(el, "name") !== name) continue;
      const value = attr(el, "content")?.trim();
      if (value) return nfc(value);
    }
  }
  return null;
}
