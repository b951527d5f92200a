import { AdminLevel } from "../schema/common.ts";

/** Level order used by the compact data file (indexes into this array): the schema's order, never resorted. */
export const LEVELS: readonly AdminLevel[] = AdminLevel.options;

// No level's name is the start of another's, so the order of the prefixes does not matter.
const PREFIXES: readonly [string, AdminLevel][] = LEVELS.map((level) => [`${level} `, level]);

/** "Thành phố Kon Tum" → { level: "thành phố", name: "Kon Tum" }; a name with no prefix gets `fallback`. */
export function splitLevel(full: string, fallback: AdminLevel): { level: AdminLevel; name: string } {
  const s = full.normalize("NFC").trim();
  const lower = s.toLowerCase();
  for (const [prefix, level] of PREFIXES) {
    if (lower.startsWith(prefix)) return { level, name: s.slice(prefix.length).trim() };
  }
  return { level: fallback, name: s };
}
