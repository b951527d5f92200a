import { db } from "../../lib/db/instance.ts";
import { getSettings, saveDecisions } from "../../lib/db/repository.ts";
import { handlerFor } from "../../messages/handler.ts";

export default handlerFor("decide-suggestions", async ({ url, pageTitle, items }) => {
  const settings = await getSettings(db);
  const annotations = await saveDecisions(db, { url, title: pageTitle }, items, {
    author: settings.reviewer,
    now: new Date().toISOString(),
  });
  return { annotations };
});
