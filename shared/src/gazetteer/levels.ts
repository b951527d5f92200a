import type { AdminLevel } from "../schema/common.ts";

/** Level order used by the compact data file (indexes into this array). */
export const LEVELS = [
  "tỉnh",
  "thành phố",
  "phường",
  "xã",
  "đặc khu",
  "huyện",
  "quận",
  "thị xã",
  "thị trấn",
] as const satisfies readonly AdminLevel[];

const PREFIXES: readonly [string, AdminLevel][] = [
  ["thành phố ", "thành phố"],
  ["thị xã ", "thị xã"],
  ["thị trấn ", "thị trấn"],
  ["đặc khu ", "đặc khu"],
  ["tỉnh ", "tỉnh"],
  ["phường ", "phường"],
  ["xã ", "xã"],
  ["huyện ", "huyện"],
  ["quận ", "quận"],
];

/** "Thành phố Kon Tum" → { level: "thành phố", name: "Kon Tum" }; a name with no prefix gets `fallback`. */
export function splitLevel(full: string, fallback: AdminLevel): { level: AdminLevel; name: string } {
  const s = full.normalize("NFC").trim();
  const lower = s.toLowerCase();
  for (const [prefix, level] of PREFIXES) {
    if (lower.startsWith(prefix)) return { level, name: s.slice(prefix.length).trim() };
  }
  return { level: fallback, name: s };
}
