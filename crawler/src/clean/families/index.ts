import type { PortalFamily } from "@vnfacts/shared";
import { broadcasterRules } from "./broadcaster.ts";
import { cityportalRules } from "./cityportal.ts";
import { liferayRules } from "./liferay.ts";
import { newspaperRules } from "./newspaper.ts";
import { spaRules } from "./spa.ts";
import type { FamilyRules } from "./types.ts";

export type { FamilyRules } from "./types.ts";

export const FAMILY_RULES: Readonly<Record<Exclude<PortalFamily, "generic">, FamilyRules>> = {
  newspaper: newspaperRules,
  broadcaster: broadcasterRules,
  liferay: liferayRules,
  cityportal: cityportalRules,
  spa: spaRules,
};

/** The declared family's rules first, then the others (a portal may have changed its CMS since it was registered). */
export function rulesToTry(family: PortalFamily | undefined): FamilyRules[] {
  const all = Object.values(FAMILY_RULES);
  if (!family || family === "generic") return all;
  const declared = FAMILY_RULES[family];
  return [declared, ...all.filter((r) => r !== declared)];
}
