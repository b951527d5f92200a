import type { PlasmoMessaging } from "@plasmohq/messaging";
import { parseOrThrow } from "@vnfacts/shared";
import type * as z from "zod";
import { MESSAGES, type MessageName, type ResponseOf } from "./schemas.ts";

type RequestData<N extends MessageName> = z.infer<(typeof MESSAGES)[N]["request"]>;

/**
 * Wraps a background handler: parses the request (refusing it with a message naming the field), runs the
 * handler, parses its response, and always answers with an envelope so the sender never hangs.
 */
export function handlerFor<N extends MessageName>(
  name: N,
  handle: (
    request: RequestData<N>,
    sender: chrome.runtime.MessageSender | undefined,
  ) => Promise<ResponseOf<N>>,
): PlasmoMessaging.MessageHandler {
  return async (req, res) => {
    try {
      const request = parseOrThrow(MESSAGES[name].request, req.body, `${name} request`) as RequestData<N>;
      const data = parseOrThrow(
        MESSAGES[name].response,
        await handle(request, req.sender),
        `${name} response`,
      );
      res.send({ ok: true, data });
    } catch (error) {
      res.send({ ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  };
}
