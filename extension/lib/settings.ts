import { TAG_IDS, TAXONOMY, TagIdSchema, type TaxonomyTag } from "@vnfacts/shared";
import * as z from "zod";

/** The reviewer's settings, stored in the extension's database. */
export const Settings = z.object({
  /** Written as `author` on every annotation. */
  reviewer: z.string().trim().min(1, "reviewer name is required").max(100).default("reviewer"),
  /** Language of tag labels in the toolbar and side panel. */
  language: z.enum(["vi", "en"]).default("vi"),
  /** Tags shown in the toolbar, in taxonomy order. */
  shownTags: z
    .array(TagIdSchema)
    .min(1, "show at least one tag")
    .default([...TAG_IDS]),
  /** Show the machine's suggestions (dashed highlights) on pages. */
  suggestions: z.boolean().default(true),
});
export type Settings = z.infer<typeof Settings>;
export type Language = Settings["language"];

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

export function tagLabel(tag: Pick<TaxonomyTag, "labelVi" | "labelEn">, language: Language): string {
  return language === "en" ? tag.labelEn : tag.labelVi;
}

/** The tags the toolbar shows, in taxonomy order (digits 1–9 pick the first nine of these). */
export function visibleTags(settings: Pick<Settings, "shownTags">): TaxonomyTag[] {
  const shown = new Set<string>(settings.shownTags);
  return TAXONOMY.filter((t) => shown.has(t.id));
}
