import { db } from "../../lib/db/instance.ts";
import { annotationsForPage, getSettings } from "../../lib/db/repository.ts";
import { suggestionsForPage } from "../../lib/suggestions/for-page.ts";
import { handlerFor } from "../../messages/handler.ts";

export default handlerFor("page-suggestions", async ({ url, text }) => {
  if (!(await getSettings(db)).suggestions) return { source: "off", suggestions: [] };
  return suggestionsForPage(db, url, text, {
    now: new Date(),
    decided: (await annotationsForPage(db, url)).flatMap((a) => (a.suggestionId ? [a.suggestionId] : [])),
  });
});
