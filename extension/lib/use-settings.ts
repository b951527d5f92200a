import { useLiveQuery } from "dexie-react-hooks";
import { db } from "./db/instance.ts";
import { getSettings } from "./db/repository.ts";
import { DEFAULT_SETTINGS, type Settings } from "./settings.ts";

/** The reviewer's settings, live from the database (extension pages only). */
export function useSettings(): Settings {
  return useLiveQuery(() => getSettings(db), [], DEFAULT_SETTINGS);
}
