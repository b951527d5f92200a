// String-level anchoring: W3C quote + position selectors over a text, exact and fuzzy re-anchoring.
export * from "./anchor.ts";
export * from "./describe.ts";
export * from "./match-quote.ts";
