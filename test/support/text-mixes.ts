/**
 * Every string made of up to `length` pieces, in every order and with repeats: "" included. Tests of text
 * normalization compare a fast path with the plain regex on all of them (13 pieces, length 4: 31k strings).
 */
export function textMixes(pieces: readonly string[], length: number): string[] {
  const texts: string[] = [""];
  let previous = [""];
  for (let n = 0; n < length; n++) {
    previous = previous.flatMap((text) => pieces.map((piece) => text + piece));
    texts.push(...previous);
  }
  return texts;
}
