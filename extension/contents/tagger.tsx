import type { Annotation, TagId } from "@vnfacts/shared";
import { describeTextRange } from "@vnfacts/shared/anchor";
import type { PlasmoCSConfig, PlasmoGetShadowHostId, PlasmoGetStyle } from "plasmo";
import { useCallback, useEffect, useRef, useState } from "react";
import { TOOLBAR_CSS, Toolbar, type ToolbarChoice } from "../components/Toolbar.tsx";
import { ext } from "../lib/browser-api.ts";
import { PageAnnotator } from "../lib/dom/page-annotator.ts";
import { buildTextIndex, offsetsOfRange, trimOffsets } from "../lib/dom/text-index.ts";
import { DEFAULT_SETTINGS, type Settings, visibleTags } from "../lib/settings.ts";
import { callBackground } from "../messages/client.ts";
import { type RequestOf, TabMessage } from "../messages/schemas.ts";

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
  | { kind: "edit"; id: string; rect: Rect };

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

export default function Tagger() {
  const annotator = useRef<PageAnnotator | null>(null);
  const observer = useRef<MutationObserver | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [annotations, setAnnotations] = useState<Annotation[]>([]);
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<string | null>(null);
  const pendingRef = useRef(pending);
  pendingRef.current = pending;

  const report = useCallback(() => {
    const a = annotator.current;
    const outcomes = a?.report() ?? [];
    if (!outcomes.length) return; // most pages have no annotations: no message
    callBackground("report-anchoring", { url: location.href, outcomes }).catch(() => {});
  }, []);

  /** Runs a highlight change and drops the mutation records it caused, so we do not react to ourselves. */
  const quietly = useCallback((change: (a: PageAnnotator) => void) => {
    annotator.current ??= new PageAnnotator(document.body);
    change(annotator.current);
    observer.current?.takeRecords();
  }, []);

  const show = useCallback(
    (list: Annotation[]) => {
      setAnnotations(list);
      quietly((a) => a.sync(list));
      report();
    },
    [quietly, report],
  );

  const load = useCallback(async () => {
    const answer = await callBackground("page-annotations", { url: location.href });
    setSettings(answer.settings);
    show(answer.annotations);
  }, [show]);

  // Load, then watch the page: for a while after each load, content that arrives late or re-rendered nodes
  // get re-anchored; at any time, a single-page app changing its URL gets that page's annotations.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let loadedUrl = location.href;
    let loadedAt = Date.now();
    const reload = () => {
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
      if (changed) report();
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
  }, [load, quietly, report]);

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
      if (!id) return;
      e.preventDefault(); // a highlight inside a link edits the tag instead of navigating
      setError(null);
      setPending({ kind: "edit", id, rect: rectOf((e.target as Element).getBoundingClientRect()) });
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
        const el = annotator.current?.highlighter.firstElement(msg.data.id);
        el?.scrollIntoView({ block: "center", behavior: "smooth" });
        reply({ found: !!el });
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
      if (p.kind === "new") {
        const { annotation } = await callBackground("save-annotation", {
          url: location.href,
          pageTitle: document.title.slice(0, 1000),
          ...p.selection,
          ...choice,
        });
        window.getSelection()?.removeAllRanges();
        show([...annotations, annotation]);
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
  const quote =
    pending.kind === "new"
      ? pending.selection.quote.exact
      : editing?.target.selector.find((s) => s.type === "TextQuoteSelector")?.exact;
  return (
    <Toolbar
      key={pending.kind === "new" ? `new:${pending.selection.position.start}` : `edit:${pending.id}`}
      mode={pending.kind}
      anchorRect={pending.rect}
      quote={quote ?? ""}
      tags={visibleTags(settings)}
      language={settings.language}
      currentTag={editing?.tag as TagId | undefined}
      initialNote={editing?.note}
      initialValue={editing?.value}
      error={error}
      onChoose={(c) => void choose(c)}
      onDelete={pending.kind === "edit" ? () => void remove(pending.id) : undefined}
      onDismiss={dismiss}
    />
  );
}
