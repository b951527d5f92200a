import { ArticleRecord } from "../schema/index.ts";
import { parseJsonlWith } from "./jsonl.ts";

/** Parses a `records.jsonl` (from `vnfacts export`); refused whole with `line <n>: <field>: <reason>`. */
export function parseRecordsJsonl(text: string): ArticleRecord[] {
  return parseJsonlWith(ArticleRecord, text);
}
