export * from "./jsonl.ts";
export * from "./records.ts";
