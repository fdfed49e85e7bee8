// Excel on Chinese Windows saves "CSV" in GBK (GB18030's subset) without a byte-order mark;
// Excel's "CSV UTF-8" and most other tools write UTF-8, often with one. A strict UTF-8 decode
// fails on GBK bytes (their lead bytes are not valid UTF-8 sequences for Chinese text), so it
// tells the two apart; GB18030 decodes every GBK file. Notepad's .txt files come in the same two
// encodings ("ANSI" is GBK on Chinese Windows), so report imports use it too.
export type DecodedText = { text: string; encoding: "UTF-8" | "GB18030" };

export function decodeCsvBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "UTF-8" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "UTF-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "GB18030" };
  }
}
