/**
 * Two layers of Vietnamese administrative units — before the 2025 reorganisation (province / district /
 * commune) and after July 2025 (province / commune) — keyed by (version, code), since new units reuse
 * old codes. Pre-2025 communes link to the commune they became part of.
 */
import type { AdminLevel } from "../schema/common.ts";
import type { GazetteerVersion } from "../schema/fact.ts";
import { matchKey } from "../text/normalize.ts";
import data from "./data.json";
import { LEVELS } from "./levels.ts";

export type AdminUnit = {
  version: GazetteerVersion;
  code: string;
  name: string;
  level: AdminLevel;
  /** Province name in the same version. */
  province: string;
  /** Pre-2025 communes: code of the 2025 commune they became part of. */
  becameCode: string | null;
};

type Index = {
  byName: Map<string, AdminUnit[]>;
  byKey: Map<string, AdminUnit>;
};

let index: Index | null = null;

const levelAt = (i: number): AdminLevel => LEVELS[i] ?? "xã";
const keyOf = (version: GazetteerVersion, code: string, tier: string) => `${version}:${tier}:${code}`;

function build(): Index {
  const byName = new Map<string, AdminUnit[]>();
  const byKey = new Map<string, AdminUnit>();
  const add = (unit: AdminUnit, tier: string) => {
    const k = matchKey(unit.name);
    const list = byName.get(k);
    if (list) list.push(unit);
    else byName.set(k, [unit]);
    byKey.set(keyOf(unit.version, unit.code, tier), unit);
  };
  const old = data["pre-2025"];
  const oldProvince = new Map<string, string>();
  for (const [code, name, level] of old.provinces as [string, string, number][]) {
    oldProvince.set(code, name);
    add({ version: "pre-2025", code, name, level: levelAt(level), province: name, becameCode: null }, "p");
  }
  const districtProvince = new Map<string, string>();
  for (const [code, name, level, provinceCode] of old.districts as [string, string, number, string][]) {
    const province = oldProvince.get(provinceCode) ?? "";
    districtProvince.set(code, province);
    add({ version: "pre-2025", code, name, level: levelAt(level), province, becameCode: null }, "d");
  }
  for (const [code, name, level, districtCode, to] of old.wards as [
    string,
    string,
    number,
    string,
    string,
  ][]) {
    const province = districtProvince.get(districtCode) ?? "";
    add({ version: "pre-2025", code, name, level: levelAt(level), province, becameCode: to || code }, "w");
  }
  const now = data["2025"];
  const newProvince = new Map<string, string>();
  for (const [code, name, level] of now.provinces as [string, string, number][]) {
    newProvince.set(code, name);
    add({ version: "2025", code, name, level: levelAt(level), province: name, becameCode: null }, "p");
  }
  for (const [code, name, level, provinceCode] of now.wards as [string, string, number, string][]) {
    add(
      {
        version: "2025",
        code,
        name,
        level: levelAt(level),
        province: newProvince.get(provinceCode) ?? "",
        becameCode: null,
      },
      "w",
    );
  }
  return { byName, byKey };
}

function getIndex(): Index {
  index ??= build();
  return index;
}

// Lookups repeat the same few names (every capitalized run is tried): remember their keys.
const keyCache = new Map<string, string>();

/** Every unit with this name (any level, both versions). */
export function unitsNamed(name: string): readonly AdminUnit[] {
  let key = keyCache.get(name);
  if (key === undefined) {
    if (keyCache.size > 50_000) keyCache.clear();
    key = matchKey(name);
    keyCache.set(name, key);
  }
  return getIndex().byName.get(key) ?? [];
}

/** Is there a unit of this name at this level in either version? */
export function isKnownUnit(name: string, level?: AdminLevel): boolean {
  const units = unitsNamed(name);
  return level ? units.some((u) => u.level === level) : units.length > 0;
}

export type Resolution = {
  unit: AdminUnit;
  /** True when several units share name and level in the chosen version: the code is then withheld. */
  ambiguous: boolean;
};

/**
 * Resolves a (name, level) mention. The version follows the article date (from July 2025 the new
 * structure); a province hint narrows homonyms ("Quang Trung" exists in many provinces).
 */
export function resolveUnit(
  name: string,
  level: AdminLevel,
  opts: { date?: string | null; province?: string | null } = {},
): Resolution | null {
  const all = unitsNamed(name).filter((u) => u.level === level);
  if (all.length === 0) return null;
  const preferred: GazetteerVersion = opts.date && opts.date >= "2025-07-01" ? "2025" : "pre-2025";
  const inVersion = all.filter((u) => u.version === preferred);
  let pool = inVersion.length ? inVersion : all;
  if (opts.province) {
    const p = matchKey(opts.province);
    const inProvince = pool.filter((u) => matchKey(u.province) === p);
    if (inProvince.length) pool = inProvince;
  }
  return { unit: pool[0]!, ambiguous: pool.length > 1 };
}

/** The 2025 commune a pre-2025 commune became part of. */
export function successorOf(unit: AdminUnit): AdminUnit | null {
  if (unit.version !== "pre-2025" || !unit.becameCode) return null;
  return getIndex().byKey.get(keyOf("2025", unit.becameCode, "w")) ?? null;
}
