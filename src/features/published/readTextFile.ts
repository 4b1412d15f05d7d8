/**
 * A saved .txt or .html as text. Pages saved from older government sites are often GB18030/GBK, not
 * UTF-8: a file that is not valid UTF-8 is read as GB18030.
 */
export async function readTextFile(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
