import { sendToBackground } from "@plasmohq/messaging";
import { parseOrThrow } from "@vnfacts/shared";
import { envelopeOf, MESSAGES, type MessageName, type RequestOf, type ResponseOf } from "./schemas.ts";

/** Sends a validated request to the background and returns its validated answer (throws its error). */
export async function callBackground<N extends MessageName>(
  name: N,
  body: RequestOf<N>,
): Promise<ResponseOf<N>> {
  const spec = MESSAGES[name];
  const request = parseOrThrow(spec.request, body, `${name} request`);
  // `name as never`: Plasmo types names from a generated file that tsc does not see; ours are checked above.
  const raw: unknown = await sendToBackground({ name: name as never, body: request });
  const envelope = parseOrThrow(envelopeOf(spec.response), raw, `${name} response`);
  if (!envelope.ok) throw new Error(envelope.error);
  return envelope.data as ResponseOf<N>;
}
