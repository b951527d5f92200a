import { readFile } from "node:fs/promises";
import type { Annotation, ArticleRecord } from "@vnfacts/shared";
import { parseAnnotationFile, parseRecordsJsonl } from "@vnfacts/shared/import";
import { openStore } from "../store/index.ts";

// Node-side reading for `vnfacts dataset`: annotation files and records (from the store or records.jsonl).

export interface LoadedAnnotations {
  annotations: Annotation[];
  files: Array<{ path: string; format: string; count: number }>;
}

export async function readAnnotationFiles(paths: readonly string[]): Promise<LoadedAnnotations> {
  const annotations: Annotation[] = [];
  const files: LoadedAnnotations["files"] = [];
  for (const path of paths) {
    const parsed = parseAnnotationFile(await readFile(path, "utf8"), path);
    // Not push(...list): a spread of more than ~125,000 arguments overflows the stack.
    for (const a of parsed.annotations) annotations.push(a);
    files.push({ path, format: parsed.format, count: parsed.annotations.length });
  }
  return { annotations, files };
}

/** Records from `--records` files when given, else from the store in `--data`. */
export async function loadRecords(opts: {
  data?: string;
  records?: readonly string[];
}): Promise<ArticleRecord[]> {
  if (opts.records?.length) {
    const out: ArticleRecord[] = [];
    for (const path of opts.records) {
      try {
        for (const r of parseRecordsJsonl(await readFile(path, "utf8"))) out.push(r);
      } catch (error) {
        throw new Error(`${path}: ${(error as Error).message}`);
      }
    }
    return out;
  }
  if (!opts.data) throw new Error("records: pass --data DIR (the crawler's store) or --records FILE.jsonl");
  const store = await openStore(opts.data);
  try {
    const out: ArticleRecord[] = [];
    for await (const r of store.iterateRecords()) out.push(r);
    return out;
  } finally {
    await store.close();
  }
}
