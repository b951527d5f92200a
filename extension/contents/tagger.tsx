import type { Annotation, TagId } from "@vnfacts/shared";
import { describeTextRange } from "@vnfacts/shared/anchor";
import type { PlasmoCSConfig, PlasmoGetShadowHostId, PlasmoGetStyle } from "plasmo";
import { useCallback, useEffect, useRef, useState } from "react";
import { TOOLBAR_CSS, Toolbar, type ToolbarChoice } from "../components/Toolbar.tsx";
import { ext } from "../lib/browser-api.ts";
import { mainTextOf } from "../lib/dom/main-text.ts";
import { PageAnnotator } from "../lib/dom/page-annotator.ts";
import { buildTextIndex, offsetsOfRange, trimOffsets } from "../lib/dom/text-index.ts";
import { DEFAULT_SETTINGS, type Settings, visibleTags } from "../lib/settings.ts";
import type { Decision } from "../lib/suggestions/decide.ts";
import { type PlacedSuggestion, SuggestionLayer } from "../lib/suggestions/layer.ts";
import { callBackground } from "../messages/client.ts";
import { type RequestOf, type ShownSuggestions, TabMessage } from "../messages/schemas.ts";

// The content script: a toolbar (React, in Plasmo's shadow root so page CSS cannot reach it) and the page's
// highlights. It holds no database: every read and write is a validated message to the background.

export const config: PlasmoCSConfig = { matches: ["http://*/*", "https://*/*"], run_at: "document_idle" };

export const getShadowHostId: PlasmoGetShadowHostId = () => "vnfacts-tagger";

export const getStyle: PlasmoGetStyle = () => {
  const style = document.createElement("style");
  style.textContent = TOOLBAR_CSS;
  return style;
};

/** How long after a load we keep re-anchoring on page changes (late content, re-rendering). */
const OBSERVE_MS = 30_000;
/** At most one check per this interval, however often the page mutates. */
const MUTATION_THROTTLE_MS = 300;

type Rect = { top: number; bottom: number; left: number };
type Pending =
  | { kind: "new"; selection: Pick<RequestOf<"save-annotation">, "quote" | "position">; rect: Rect }
  | { kind: "edit"; id: string; rect: Rect }
  | { kind: "suggestion"; id: string; rect: Rect };

function rectOf(r: DOMRect): Rect {
  return { top: r.top, bottom: r.bottom, left: r.left };
}

/** The current page selection as selectors, or null when it is empty or outside the page's text. */
function readSelection(): Extract<Pending, { kind: "new" }> | null {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  if (!document.body.contains(range.commonAncestorContainer)) return null;
  const index = buildTextIndex(document.body);
  const raw = offsetsOfRange(index, range);
  const offsets = raw && trimOffsets(index.text, raw.start, raw.end);
  if (!offsets) return null;
  const { quote, position } = describeTextRange(index.text, offsets.start, offsets.end);
  return { kind: "new", selection: { quote, position }, rect: rectOf(range.getBoundingClientRect()) };
}

const fromOurUi = (e: Event) => e.composedPath().some((n) => (n as Element).id === "vnfacts-tagger");

/** Rejected suggestions stay in the database (the dataset needs them) but are not drawn on the page. */
const drawn = (list: readonly Annotation[]) => list.filter((a) => a.status !== "rejected");

export default function Tagger() {
  const annotator = useRef<PageAnnotator | null>(null);
  const suggestions = useRef<SuggestionLayer | null>(null);
  const observer = useRef<MutationObserver | null>(null);
  /** Length of the main text the current suggestions were computed on (late content triggers a new run). */
  const suggestedOn = useRef<number | null>(null);
  const suggesting = useRef(false);
  /** The URL whose main text was sent for exports in this load. */
  const textSentFor = useRef<string | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [annotations, setAnnotations] = useState<Annotation[]>([]);
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<string | null>(null);
  const pendingRef = useRef(pending);
  pendingRef.current = pending;
  const annotationsRef = useRef(annotations);
  annotationsRef.current = annotations;
  const [, setShownCount] = useState(0);

  const report = useCallback(() => {
    const a = annotator.current;
    const outcomes = a?.report() ?? [];
    if (!outcomes.length) return; // most pages have no annotations: no message
    callBackground("report-anchoring", { url: location.href, outcomes }).catch(() => {});
  }, []);

  /** Runs a highlight change and drops the mutation records it caused, so we do not react to ourselves. */
  const quietly = useCallback((change: (a: PageAnnotator, s: SuggestionLayer) => void) => {
    annotator.current ??= new PageAnnotator(document.body);
    suggestions.current ??= new SuggestionLayer(document.body);
    change(annotator.current, suggestions.current);
    observer.current?.takeRecords();
  }, []);

  /** Reviewer highlights first, then the suggestions that do not overlap them (so the two never nest). */
  const redraw = useCallback(
    (list: readonly Annotation[] | null) => {
      quietly((a, s) => {
        s.clear();
        if (list) a.sync(drawn(list));
        s.redraw(a.ranges());
        setShownCount(s.shown().length);
      });
    },
    [quietly],
  );

  const show = useCallback(
    (list: Annotation[]) => {
      setAnnotations(list);
      redraw(list);
      report();
    },
    [redraw, report],
  );

  /** The page's main text goes to the background for exports of annotated pages without a record. */
  const sendPageText = useCallback((list: readonly Annotation[]) => {
    if (!list.length || textSentFor.current === location.href) return;
    textSentFor.current = location.href;
    const { text } = mainTextOf(document, buildTextIndex(document.body));
    if (text.trim())
      callBackground("page-text", { url: location.href, text: text.slice(0, 2_000_000) }).catch(() => {});
  }, []);

  /** Asks the background for suggestions (it runs the extractor, off this page's thread) and draws them. */
  const suggest = useCallback(
    async (enabled: boolean) => {
      if (!enabled) {
        quietly((_, s) => s.set([]));
        suggestedOn.current = null;
        redraw(null);
        return;
      }
      if (suggesting.current) return;
      suggesting.current = true;
      try {
        const main = mainTextOf(document, buildTextIndex(document.body));
        suggestedOn.current = main.text.length;
        const answer = await callBackground("page-suggestions", {
          url: location.href,
          text: main.text.slice(0, 2_000_000),
        });
        // Extractor offsets point into the main text; move them into the page's text.
        const shift = answer.source === "extractor" ? main.start : 0;
        const list = answer.suggestions.map((x) => ({
          ...x,
          position: { ...x.position, start: x.position.start + shift, end: x.position.end + shift },
        }));
        quietly((_, s) => s.set(list));
        redraw(null);
      } finally {
        suggesting.current = false;
      }
    },
    [quietly, redraw],
  );

  const load = useCallback(async () => {
    const answer = await callBackground("page-annotations", { url: location.href });
    setSettings(answer.settings);
    show(answer.annotations);
    sendPageText(answer.annotations);
    await suggest(answer.settings.suggestions);
  }, [show, suggest, sendPageText]);

  // Load, then watch the page: for a while after each load, content that arrives late or re-rendered nodes
  // get re-anchored; at any time, a single-page app changing its URL gets that page's annotations.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let loadedUrl = location.href;
    let loadedAt = Date.now();
    const reload = () => {
      textSentFor.current = null;
      loadedUrl = location.href;
      loadedAt = Date.now();
      load().catch((e) => console.warn("vnfacts: could not load annotations", e));
    };
    const check = () => {
      timer = undefined;
      if (location.href !== loadedUrl) return reload();
      if (Date.now() - loadedAt > OBSERVE_MS) return;
      let changed = false;
      quietly((a) => {
        changed = a.retry();
      });
      if (changed) {
        redraw(null);
        report();
      }
      // Content that arrived late (single-page apps): run the suggestions again on the grown main text.
      if (suggestedOn.current !== null) {
        const now = mainTextOf(document, buildTextIndex(document.body)).text.length;
        if (Math.abs(now - suggestedOn.current) > 200) suggest(true).catch(() => {});
      }
    };
    // Throttled, not debounced: a page that never stops changing (a ticker) still gets checked.
    const mo = new MutationObserver(() => {
      timer ??= setTimeout(check, MUTATION_THROTTLE_MS);
    });
    observer.current = mo;
    mo.observe(document.body, { childList: true, subtree: true, characterData: true });
    window.addEventListener("popstate", check);
    reload();
    return () => {
      clearTimeout(timer);
      mo.disconnect();
      window.removeEventListener("popstate", check);
    };
  }, [load, quietly, report, redraw, suggest]);

  // Selection → toolbar; click on a highlight → edit; click elsewhere → close.
  useEffect(() => {
    let mouseDown = false;
    let selectionTimer: ReturnType<typeof setTimeout> | undefined;
    const fromSelection = () => {
      if (pendingRef.current?.kind === "edit") return;
      const next = readSelection();
      if (next) {
        setError(null);
        setPending(next);
      }
    };
    const onMouseDown = (e: MouseEvent) => {
      if (fromOurUi(e)) return;
      mouseDown = true;
      if (pendingRef.current) setPending(null);
    };
    const onMouseUp = (e: MouseEvent) => {
      mouseDown = false;
      if (fromOurUi(e)) return;
      setTimeout(fromSelection, 0);
    };
    const onSelectionChange = () => {
      clearTimeout(selectionTimer);
      if (!mouseDown) selectionTimer = setTimeout(fromSelection, 150);
    };
    const onClick = (e: MouseEvent) => {
      if (fromOurUi(e) || !window.getSelection()?.isCollapsed) return;
      const id = annotator.current?.highlighter.idAt(e.target);
      const suggestionId = id ? undefined : suggestions.current?.highlighter.idAt(e.target);
      if (!id && !suggestionId) return;
      e.preventDefault(); // a highlight inside a link edits the tag instead of navigating
      setError(null);
      const rect = rectOf((e.target as Element).getBoundingClientRect());
      setPending(id ? { kind: "edit", id, rect } : { kind: "suggestion", id: suggestionId!, rect });
    };
    document.addEventListener("mousedown", onMouseDown, true);
    document.addEventListener("mouseup", onMouseUp, true);
    document.addEventListener("selectionchange", onSelectionChange);
    document.addEventListener("click", onClick, true);
    return () => {
      clearTimeout(selectionTimer);
      document.removeEventListener("mousedown", onMouseDown, true);
      document.removeEventListener("mouseup", onMouseUp, true);
      document.removeEventListener("selectionchange", onSelectionChange);
      document.removeEventListener("click", onClick, true);
    };
  }, []);

  // Messages from the side panel: scroll to a highlight, or reload after a change made there.
  useEffect(() => {
    const onMessage = (raw: unknown, _sender: unknown, reply: (answer: unknown) => void) => {
      const msg = TabMessage.safeParse(raw);
      if (!msg.success) return false;
      if (msg.data.type === "vnfacts:scroll-to") {
        const el =
          annotator.current?.highlighter.firstElement(msg.data.id) ??
          suggestions.current?.highlighter.firstElement(msg.data.id);
        el?.scrollIntoView({ block: "center", behavior: "smooth" });
        reply({ found: !!el });
      } else if (msg.data.type === "vnfacts:suggestions") {
        const answer: ShownSuggestions = {
          suggestions: (suggestions.current?.shown() ?? []).map(({ suggestion: x }) => ({
            suggestionId: x.suggestionId,
            tag: x.tag,
            exact: x.quote.exact,
            value: x.value,
          })),
        };
        reply(answer);
      } else if (msg.data.type === "vnfacts:accept-tag") {
        const tag = msg.data.tag;
        const all = (suggestions.current?.shown() ?? []).filter((p) => p.suggestion.tag === tag);
        decideRef.current(all.map((placed) => ({ placed, decision: { kind: "accept" } }))).then(
          (n) => reply({ accepted: n }),
          () => reply({ accepted: 0 }),
        );
        return true;
      } else {
        load().then(
          () => reply({ reloaded: true }),
          () => reply({ reloaded: false }),
        );
        return true;
      }
      return false;
    };
    ext.runtime.onMessage.addListener(onMessage);
    return () => ext.runtime.onMessage.removeListener(onMessage);
  }, [load]);

  // The toolbar is fixed to the viewport: follow the selection or highlight when the page scrolls.
  const toolbarOpen = pending !== null;
  useEffect(() => {
    if (!toolbarOpen) return;
    const follow = () => {
      const p = pendingRef.current;
      if (!p) return;
      const sel = window.getSelection();
      const el = p.kind === "edit" ? annotator.current?.highlighter.firstElement(p.id) : undefined;
      const rect =
        p.kind === "new" && sel && !sel.isCollapsed && sel.rangeCount
          ? sel.getRangeAt(0).getBoundingClientRect()
          : el?.getBoundingClientRect();
      if (rect) setPending({ ...p, rect: rectOf(rect) });
    };
    window.addEventListener("scroll", follow, { capture: true, passive: true });
    return () => window.removeEventListener("scroll", follow, { capture: true });
  }, [toolbarOpen]);

  const dismiss = useCallback(() => setPending(null), []);

  // One save at a time: a second key press while the first save is on its way must not tag twice.
  const saving = useRef(false);
  const choose = async (choice: ToolbarChoice) => {
    const p = pendingRef.current;
    if (!p || saving.current) return;
    saving.current = true;
    try {
      if (p.kind === "suggestion") {
        saving.current = false;
        await decideShown(p.id, { kind: "correct", ...choice });
        return;
      }
      if (p.kind === "new") {
        const { annotation } = await callBackground("save-annotation", {
          url: location.href,
          pageTitle: document.title.slice(0, 1000),
          ...p.selection,
          ...choice,
        });
        window.getSelection()?.removeAllRanges();
        show([...annotations, annotation]);
        sendPageText([annotation]);
      } else {
        const { annotation } = await callBackground("update-annotation", { id: p.id, ...choice });
        show(annotations.map((a) => (a.id === annotation.id ? annotation : a)));
      }
      setPending(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      saving.current = false;
    }
  };

  /** Stores verdicts on shown suggestions; they leave the suggestion layer and, unless rejected, become highlights. */
  const decide = async (items: { placed: PlacedSuggestion; decision: Decision }[]): Promise<number> => {
    if (!items.length) return 0;
    const index = buildTextIndex(document.body);
    const { annotations: saved } = await callBackground("decide-suggestions", {
      url: location.href,
      pageTitle: document.title.slice(0, 1000),
      items: items.map(({ placed, decision }) => {
        // The stored quote is the page's, like a reviewer's own tag (context from this page, not the record).
        const { quote, position } = describeTextRange(index.text, placed.start, placed.end);
        return { suggestion: { ...placed.suggestion, quote }, decision, position };
      }),
    });
    quietly((_, s) => s.drop(items.map((i) => i.placed.suggestion.suggestionId)));
    const ids = new Set(saved.map((a) => a.id));
    const next = [...annotationsRef.current.filter((a) => !ids.has(a.id)), ...saved];
    show(next);
    sendPageText(next);
    return saved.length;
  };
  const decideRef = useRef(decide);
  decideRef.current = decide;

  const decideShown = async (id: string, decision: Decision) => {
    const placed = suggestions.current?.get(id);
    if (!placed || saving.current) return;
    saving.current = true;
    try {
      await decide([{ placed, decision }]);
      setPending(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      saving.current = false;
    }
  };

  const remove = async (id: string) => {
    try {
      await callBackground("delete-annotation", { id });
      show(annotations.filter((a) => a.id !== id));
      setPending(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  if (!pending) return null;
  const editing = pending.kind === "edit" ? annotator.current?.annotation(pending.id) : undefined;
  if (pending.kind === "edit" && !editing) return null;
  const suggested =
    pending.kind === "suggestion" ? suggestions.current?.get(pending.id)?.suggestion : undefined;
  if (pending.kind === "suggestion" && !suggested) return null;
  const quote =
    pending.kind === "new"
      ? pending.selection.quote.exact
      : (suggested?.quote ?? editing?.target.selector.find((s) => s.type === "TextQuoteSelector"))?.exact;
  return (
    <Toolbar
      key={
        pending.kind === "new" ? `new:${pending.selection.position.start}` : `${pending.kind}:${pending.id}`
      }
      mode={pending.kind}
      anchorRect={pending.rect}
      quote={quote ?? ""}
      tags={visibleTags(settings)}
      language={settings.language}
      currentTag={(suggested?.tag ?? editing?.tag) as TagId | undefined}
      initialNote={editing?.note}
      initialValue={suggested ? suggested.value : editing?.value}
      error={error}
      onChoose={(c) => void choose(c)}
      onDelete={pending.kind === "edit" ? () => void remove(pending.id) : undefined}
      onAccept={
        pending.kind === "suggestion" ? () => void decideShown(pending.id, { kind: "accept" }) : undefined
      }
      onReject={
        pending.kind === "suggestion" ? () => void decideShown(pending.id, { kind: "reject" }) : undefined
      }
      onDismiss={dismiss}
    />
  );
}
