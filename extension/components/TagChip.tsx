import { tagById } from "@vnfacts/shared";
import { type Language, tagLabel } from "../lib/settings.ts";

export function TagChip({ tag, language }: { tag: string; language: Language }) {
  const t = tagById(tag);
  return (
    <span className="chip" style={{ borderColor: t?.color ?? "#999" }}>
      <span className="dot" style={{ background: t?.color ?? "#999" }} />
      {t ? tagLabel(t, language) : tag}
    </span>
  );
}
