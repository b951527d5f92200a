import { VnfactsDb } from "./schema.ts";

/** The database of this extension's origin: opened by the background and by extension pages, never by pages. */
export const db = new VnfactsDb();
