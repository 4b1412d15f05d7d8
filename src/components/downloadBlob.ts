/**
 * Saves a file through the browser's download: a blob: address of this page, no network. The one way every export
 * (draft files, raw records, Word, web page, Excel) reaches the officer's disk.
 */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by then; the address can go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
