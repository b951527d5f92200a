import type { TagId, TaxonomyTag } from "@vnfacts/shared";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { strings } from "../lib/i18n.ts";
import { parseValueInput } from "../lib/new-annotation.ts";
import { type Language, tagLabel } from "../lib/settings.ts";

export interface ToolbarChoice {
  tag: TagId;
  note: string | null;
  value: string | number | null;
}

export interface ToolbarProps {
  /** `suggestion`: a machine suggestion — accept, reject, or pick a tag / edit the value to correct it. */
  mode: "new" | "edit" | "suggestion";
  /** Viewport coordinates of the selection or highlight the toolbar belongs to. */
  anchorRect: { top: number; bottom: number; left: number };
  quote: string;
  tags: readonly TaxonomyTag[];
  language: Language;
  currentTag?: TagId | undefined;
  initialNote?: string | null | undefined;
  initialValue?: string | number | null | undefined;
  error?: string | null | undefined;
  onChoose: (choice: ToolbarChoice) => void;
  onDelete?: (() => void) | undefined;
  onAccept?: (() => void) | undefined;
  onReject?: (() => void) | undefined;
  onDismiss: () => void;
}

const WIDTH = 420;

function isTextInput(target: EventTarget | undefined): boolean {
  const el = target as HTMLElement | undefined;
  return !!el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.isContentEditable);
}

/** The tagging toolbar: tags with digit shortcuts, optional note and value, delete when editing. */
export function Toolbar(props: ToolbarProps) {
  const t = strings(props.language);
  const [note, setNote] = useState(props.initialNote ?? "");
  const [value, setValue] = useState(props.initialValue == null ? "" : String(props.initialValue));
  const choose = (tag: TagId) =>
    props.onChoose({ tag, note: note.trim() || null, value: parseValueInput(value) });
  // Placed by its measured height (tags wrap, suggestions add a row), so it never leaves the viewport.
  const box = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(190);
  useLayoutEffect(() => {
    if (box.current?.offsetHeight) setHeight(box.current.offsetHeight);
  });
  const latest = useRef({ choose, props });
  latest.current = { choose, props };

  useEffect(() => {
    // Capture phase on window: digits and Esc work while the page has focus, not while typing a note.
    const onKey = (e: KeyboardEvent) => {
      const { choose: pick, props: p } = latest.current;
      if (e.key === "Escape") {
        e.stopPropagation();
        p.onDismiss();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey || isTextInput(e.composedPath()[0])) return;
      // Suggestions: A or Enter accepts, X or Delete rejects.
      const verdict =
        e.key === "a" || e.key === "A" || e.key === "Enter"
          ? p.onAccept
          : e.key === "x" || e.key === "X" || e.key === "Delete"
            ? p.onReject
            : undefined;
      if (verdict) {
        e.preventDefault();
        e.stopPropagation();
        verdict();
        return;
      }
      const digit = /^[1-9]$/.test(e.key) ? Number(e.key) : 0;
      const tag = digit ? p.tags[digit - 1] : undefined;
      if (tag) {
        e.preventDefault();
        e.stopPropagation();
        pick(tag.id as TagId);
      }
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, []);

  const title = props.mode === "new" ? t.newTag : props.mode === "edit" ? t.editTag : t.suggestion;
  const viewportW = typeof window === "undefined" ? 1024 : window.innerWidth;
  const viewportH = typeof window === "undefined" ? 768 : window.innerHeight;
  const left = Math.max(8, Math.min(props.anchorRect.left, viewportW - WIDTH - 8));
  const below = props.anchorRect.bottom + 8;
  const top = below + height > viewportH ? Math.max(8, props.anchorRect.top - height - 8) : below;

  return (
    <div
      ref={box}
      className="vnf-toolbar"
      role="dialog"
      aria-label={title}
      style={{ top, left, width: WIDTH }}
      // Keep the page's selection while clicking the toolbar.
      onMouseDown={(e) => {
        if (!isTextInput(e.target)) e.preventDefault();
      }}
    >
      <div className="vnf-head">
        <span className="vnf-title">{title}</span>
        <span className="vnf-quote" title={props.quote}>
          “{props.quote.length > 60 ? `${props.quote.slice(0, 57)}…` : props.quote}”
        </span>
        <button
          type="button"
          className="vnf-close"
          title={t.dismiss}
          aria-label={t.dismiss}
          onClick={props.onDismiss}
        >
          ×
        </button>
      </div>
      <div className="vnf-tags">
        {props.tags.map((tag, i) => (
          <button
            key={tag.id}
            type="button"
            className={`vnf-tag${props.currentTag === tag.id ? " vnf-current" : ""}`}
            data-tag={tag.id}
            title={tag.description ?? tagLabel(tag, props.language)}
            style={{ borderColor: tag.color }}
            onClick={() => choose(tag.id as TagId)}
          >
            <span className="vnf-dot" style={{ background: tag.color }} />
            {tagLabel(tag, props.language)}
            {i < 9 ? <kbd>{i + 1}</kbd> : null}
          </button>
        ))}
      </div>
      <div className="vnf-fields">
        <input
          className="vnf-note"
          placeholder={t.note}
          aria-label={t.note}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        <input
          className="vnf-value"
          placeholder={t.value}
          aria-label={t.value}
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
      </div>
      {props.mode === "edit" ? (
        <div className="vnf-actions">
          <button
            type="button"
            className="vnf-save"
            onClick={() => props.currentTag && choose(props.currentTag)}
          >
            {t.save}
          </button>
          <button type="button" className="vnf-delete" onClick={props.onDelete}>
            {t.delete}
          </button>
        </div>
      ) : null}
      {props.mode === "suggestion" ? (
        <div className="vnf-actions">
          <button type="button" className="vnf-accept" onClick={props.onAccept}>
            {t.accept} <kbd>A</kbd>
          </button>
          <button type="button" className="vnf-reject" onClick={props.onReject}>
            {t.reject} <kbd>X</kbd>
          </button>
        </div>
      ) : null}
      {props.error ? <div className="vnf-error">{props.error}</div> : null}
    </div>
  );
}

export const TOOLBAR_CSS = `
:host { all: initial; }
.vnf-toolbar { position: fixed; z-index: 2147483647; box-sizing: border-box; background: #fff; color: #1a1a1a;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; border: 1px solid #c9ccd6;
  border-radius: 10px; box-shadow: 0 8px 28px rgba(20, 24, 60, .22); padding: 8px 10px 10px; }
.vnf-head { display: flex; align-items: center; gap: 8px; margin-bottom: 6px; }
.vnf-title { font-weight: 600; color: #1a237e; white-space: nowrap; }
.vnf-quote { flex: 1; color: #555; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; font-style: italic; }
.vnf-close { border: 0; background: none; font-size: 18px; line-height: 1; cursor: pointer; color: #666; padding: 0 2px; }
.vnf-tags { display: flex; flex-wrap: wrap; gap: 5px; }
.vnf-tag { display: inline-flex; align-items: center; gap: 5px; border: 1px solid; border-radius: 14px; background: #fafafa;
  padding: 3px 8px; font: inherit; cursor: pointer; color: #222; }
.vnf-tag:hover, .vnf-tag:focus-visible { background: #eef1fb; outline: none; }
.vnf-current { background: #e8eaf6; font-weight: 600; }
.vnf-dot { width: 10px; height: 10px; border-radius: 50%; display: inline-block; }
.vnf-tag kbd { font: 11px/1 ui-monospace, monospace; color: #666; border: 1px solid #ccc; border-radius: 3px; padding: 1px 3px; }
.vnf-fields { display: flex; gap: 6px; margin-top: 8px; }
.vnf-fields input { flex: 1; min-width: 0; box-sizing: border-box; font: inherit; padding: 4px 6px; border: 1px solid #c9ccd6; border-radius: 6px; }
.vnf-value { max-width: 150px; }
.vnf-actions { display: flex; gap: 6px; margin-top: 8px; justify-content: flex-end; }
.vnf-actions button { font: inherit; padding: 4px 12px; border-radius: 6px; cursor: pointer; border: 1px solid #c9ccd6; background: #fff; }
.vnf-save { background: #1a237e !important; color: #fff; border-color: #1a237e !important; }
.vnf-delete { color: #b71c1c; }
.vnf-accept { background: #1b5e20 !important; color: #fff; border-color: #1b5e20 !important; }
.vnf-reject { color: #b71c1c; }
.vnf-actions kbd { font: 11px/1 ui-monospace, monospace; border: 1px solid currentColor; border-radius: 3px; padding: 1px 3px; opacity: .8; }
.vnf-error { margin-top: 6px; color: #b71c1c; }
`;
