import { TAXONOMY, type TagId } from "@vnfacts/shared";
import { useEffect, useState } from "react";
import { db } from "../lib/db/instance.ts";
import { saveSettings } from "../lib/db/repository.ts";
import { strings } from "../lib/i18n.ts";
import { type Settings, tagLabel } from "../lib/settings.ts";

/** Reviewer name, language, shown tags. Saved to the database; content scripts get it with the page's data. */
export function SettingsForm({ settings, onSaved }: { settings: Settings; onSaved?: () => void }) {
  const [draft, setDraft] = useState(settings);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => setDraft(settings), [settings]);
  const t = strings(draft.language);
  const toggle = (id: TagId) =>
    setDraft((d) => ({
      ...d,
      shownTags: d.shownTags.includes(id) ? d.shownTags.filter((x) => x !== id) : [...d.shownTags, id],
    }));
  const save = async () => {
    try {
      await saveSettings(db, draft);
      setStatus(t.saved);
      onSaved?.();
    } catch (e) {
      setStatus(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <form
      className="settings"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        {t.reviewer}
        <input value={draft.reviewer} onChange={(e) => setDraft({ ...draft, reviewer: e.target.value })} />
      </label>
      <label>
        {t.language}
        <select
          value={draft.language}
          onChange={(e) => setDraft({ ...draft, language: e.target.value === "en" ? "en" : "vi" })}
        >
          <option value="vi">Tiếng Việt</option>
          <option value="en">English</option>
        </select>
      </label>
      <label className="check">
        <input
          type="checkbox"
          data-setting="suggestions"
          checked={draft.suggestions}
          onChange={(e) => setDraft({ ...draft, suggestions: e.target.checked })}
        />{" "}
        {t.showSuggestions}
      </label>
      <fieldset>
        <legend>{t.shownTags}</legend>
        {TAXONOMY.map((tag) => (
          <label key={tag.id} className="check">
            <input
              type="checkbox"
              checked={draft.shownTags.includes(tag.id)}
              onChange={() => toggle(tag.id)}
            />
            <span className="dot" style={{ background: tag.color }} /> {tagLabel(tag, draft.language)}
          </label>
        ))}
      </fieldset>
      <button type="submit">{t.save}</button>
      {status ? <span className="status">{status}</span> : null}
    </form>
  );
}
