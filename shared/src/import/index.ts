export * from "./annotations.ts";
export * from "./jsonl.ts";
export * from "./records.ts";
