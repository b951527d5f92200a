// Vietnamese text handling: normalization, numbers, dates, portal clutter.
export * from "./boilerplate.ts";
export * from "./dates.ts";
export * from "./normalize.ts";
export * from "./numbers.ts";
