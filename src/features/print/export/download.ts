/** Saves a file through the browser's download: a blob: address of this page, no network (issue 13). */
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
