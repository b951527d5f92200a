import { db } from "../../lib/db/instance.ts";
import { getSettings, saveAnnotation } from "../../lib/db/repository.ts";
import { newAnnotation } from "../../lib/new-annotation.ts";
import { handlerFor } from "../../messages/handler.ts";

export default handlerFor("save-annotation", async (req) => {
  const settings = await getSettings(db);
  const annotation = newAnnotation({
    pageUrl: req.url,
    pageTitle: req.pageTitle,
    quote: req.quote,
    position: req.position,
    tag: req.tag,
    note: req.note,
    value: req.value,
    author: settings.reviewer,
    now: new Date().toISOString(),
  });
  return { annotation: await saveAnnotation(db, annotation) };
});
