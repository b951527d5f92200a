import { readFile } from "node:fs/promises";
import {
  DiscoveryHints,
  ListingHint,
  Politeness,
  type Source,
  SourceRegistryFile,
  Source as SourceSchema,
} from "@vnfacts/shared";

/** A registry file that is unreadable, not JSON, invalid against the schema, or repeats an id. */
export class RegistryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RegistryError";
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Fields the schema does not know. zod drops them silently, so a typo ("validto", "feed") would otherwise
 * lose a setting without a word.
 */
function unknownFields(entry: unknown): string[] {
  if (!isObject(entry)) return [];
  const unknown = (obj: Record<string, unknown>, known: object, prefix: string) =>
    Object.keys(obj)
      .filter((key) => !(key in known))
      .map((key) => `${prefix}${key}`);
  const out = unknown(entry, SourceSchema.shape, "");
  const discovery = entry.discovery;
  if (isObject(discovery)) {
    out.push(...unknown(discovery, DiscoveryHints.shape, "discovery."));
    if (Array.isArray(discovery.listings))
      discovery.listings.forEach((listing, i) => {
        if (isObject(listing)) out.push(...unknown(listing, ListingHint.shape, `discovery.listings.${i}.`));
      });
  }
  if (isObject(entry.politeness)) out.push(...unknown(entry.politeness, Politeness.shape, "politeness."));
  return out;
}

/**
 * Parses one registry file's JSON. Errors name the file, the entry (index and id when it has one) and the
 * field, e.g. `sources/x.json: sources[2] (id "abc"): discovery.feeds.0: Invalid URL`; unknown fields are
 * errors too.
 */
export function parseRegistryFile(text: string, file: string): Source[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new RegistryError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  const result = SourceRegistryFile.safeParse(json);
  const entries = (json as { sources?: unknown })?.sources;
  const describeEntry = (index: number) => {
    const entry = Array.isArray(entries) ? (entries[index] as { id?: unknown } | undefined) : undefined;
    return `sources[${index}]${typeof entry?.id === "string" ? ` (id "${entry.id}")` : ""}`;
  };
  const typos = Array.isArray(entries)
    ? entries.flatMap((entry, index) =>
        unknownFields(entry).map((field) => `${file}: ${describeEntry(index)}: ${field}: unknown field`),
      )
    : [];
  if (result.success && typos.length === 0) return result.data.sources;
  const lines = (result.success ? [] : result.error.issues).map((issue) => {
    const [head, index, ...field] = issue.path.map(String);
    if (head === "sources" && index !== undefined && /^\d+$/.test(index))
      return `${file}: ${describeEntry(Number(index))}: ${field.length ? field.join(".") : "(entry)"}: ${issue.message}`;
    return `${file}: ${issue.path.length ? issue.path.map(String).join(".") : "(root)"}: ${issue.message}`;
  });
  throw new RegistryError([...lines, ...typos].join("\n"));
}

/** Checks what a single file's schema cannot: ids unique across all files, `replacedBy` pointing at a known id. */
export function checkRegistry(entries: Array<{ source: Source; file: string; index: number }>): void {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const { source, file, index } of entries) {
    const where = `${file}: sources[${index}] (id "${source.id}")`;
    const first = seen.get(source.id);
    if (first) problems.push(`${where}: id: duplicate id, first defined in ${first}`);
    else seen.set(source.id, `${file}: sources[${index}]`);
  }
  for (const { source, file, index } of entries) {
    if (source.replacedBy && !seen.has(source.replacedBy))
      problems.push(
        `${file}: sources[${index}] (id "${source.id}"): replacedBy: unknown source id "${source.replacedBy}"`,
      );
  }
  if (problems.length) throw new RegistryError(problems.join("\n"));
}

/** Loads and validates registry files; the sources come back in file order. */
export async function loadRegistry(paths: string[]): Promise<Source[]> {
  const entries: Array<{ source: Source; file: string; index: number }> = [];
  for (const file of paths) {
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      throw new RegistryError(`${file}: cannot read: ${(error as NodeJS.ErrnoException).code ?? error}`);
    }
    parseRegistryFile(text, file).forEach((source, index) => {
      entries.push({ source, file, index });
    });
  }
  checkRegistry(entries);
  return entries.map((e) => e.source);
}

/** The sources that are live on a given day (validFrom ≤ day ≤ validTo, open ends allowed). */
export function activeSources(sources: Source[], day: string): Source[] {
  return sources.filter((s) => (!s.validFrom || s.validFrom <= day) && (!s.validTo || day <= s.validTo));
}
