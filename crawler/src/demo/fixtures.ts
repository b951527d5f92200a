import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { FixtureManifest, type FixtureManifest as FixtureManifestType, parseOrThrow } from "@vnfacts/shared";

/** The five demo families, in port order (family i listens on basePort + 1 + i). */
export const DEMO_FAMILIES = ["newspaper", "broadcaster", "liferay", "cityportal", "spa"] as const;
export type DemoFamily = (typeof DEMO_FAMILIES)[number];

/** `<repo>/test/fixtures/portals`, found from this file's location. */
export const DEFAULT_FIXTURES_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "../../../test/fixtures/portals",
);

/** A family's manifest with every article body read from disk. */
export interface LoadedFixtures {
  manifest: FixtureManifestType;
  /** Article id → body text as stored (paragraphs separated by a blank line). */
  bodies: Map<string, string>;
}

/** Reads and validates `<dir>/<family>/manifest.json`; a bad field fails with its path named. */
export function loadFamilyFixtures(fixturesDir: string, family: DemoFamily): LoadedFixtures {
  const manifestPath = join(fixturesDir, family, "manifest.json");
  const raw: unknown = JSON.parse(readFileSync(manifestPath, "utf8"));
  const manifest = parseOrThrow(FixtureManifest, raw, manifestPath);
  if (manifest.family !== family)
    throw new Error(`${manifestPath}: family: expected ${family}, found ${manifest.family}`);
  const bodies = new Map<string, string>();
  for (const article of manifest.articles)
    bodies.set(article.id, readFileSync(join(fixturesDir, family, article.file), "utf8"));
  return { manifest, bodies };
}

/** Splits a body file into paragraphs: blank lines separate them; surrounding spaces are not text. */
export function paragraphsOf(body: string): string[] {
  return body
    .replace(/^\uFEFF/, "")
    .split(/\r?\n[ \t]*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
