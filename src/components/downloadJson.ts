/**
 * Saves a value as a JSON file through the browser's download (a blob: address of this page; nothing leaves the
 * machine). Used for raw records (issue 12): a record that does not read back may hold what JSON cannot (a cycle,
 * a BigInt), so failure is an answer, not an exception.
 */
import { downloadBlob } from './downloadBlob';

export type DownloadOutcome = { readonly ok: true } | { readonly ok: false; readonly reason: string };

export function downloadJson(fileName: string, value: unknown): DownloadOutcome {
  let text: string;
  try {
    text = `${JSON.stringify(value, null, 1)}\n`;
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  downloadBlob(fileName, new Blob([text], { type: 'application/json' }));
  return { ok: true };
}

/** A file-name part from any text: characters Windows refuses in names become 「_」, and it stays short. */
export function fileNamePart(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
  return text.replace(/[\u0000-\u001f<>:"/\\|?*]/g, '_').slice(0, 60) || '无编号';
}
