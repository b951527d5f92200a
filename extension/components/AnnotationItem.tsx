import type { Annotation } from "@vnfacts/shared";
import { strings } from "../lib/i18n.ts";
import { quoteOf } from "../lib/search.ts";
import type { Language } from "../lib/settings.ts";
import { TagChip } from "./TagChip.tsx";

export function AnnotationItem(props: {
  annotation: Annotation;
  language: Language;
  orphan?: boolean;
  /** Anchored by fuzzy matching: the page's text changed there, worth a look. */
  approximate?: boolean;
  showPage?: boolean;
  onOpen?: () => void;
  onDelete?: () => void;
}) {
  const a = props.annotation;
  return (
    <li className={props.orphan ? "orphan" : undefined} data-annotation={a.id} onClick={props.onOpen}>
      <TagChip tag={a.tag} language={props.language} />
      {props.approximate ? (
        <span className="approx" title={strings(props.language).fuzzy}>
          ≈ {strings(props.language).fuzzy}
        </span>
      ) : null}
      <span className="quote">“{quoteOf(a)}”</span>
      <span className="meta">
        {a.note ? `${a.note} · ` : ""}
        {a.value != null ? `= ${a.value} · ` : ""}
        {a.author} · {a.created.slice(0, 10)}
        {props.showPage ? ` · ${a.pageTitle ?? a.target.source}` : ""}
      </span>
      {props.onDelete ? (
        <button
          type="button"
          className="delete"
          aria-label="delete"
          onClick={(e) => {
            e.stopPropagation();
            props.onDelete?.();
          }}
        >
          ×
        </button>
      ) : null}
    </li>
  );
}
