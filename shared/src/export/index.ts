export * from "./annotations-jsonl.ts";
export * from "./w3c.ts";
