/**
 * 复制网页版 (issue 13): the report on the clipboard as HTML (a rich-text editor keeps the tables) and as plain
 * text. First through a copy event whose clipboardData this page fills, started by document.execCommand('copy'):
 * it works on the plain-http intranet address too (the async clipboard API exists only in a secure context), and
 * the HTML goes on the clipboard exactly as built. The async API comes second, for a browser that refuses the
 * copy command: it runs the HTML through a sanitiser inside this page, whose CSP forbids the inline styles a CMS
 * keeps (console errors, styles lost), so it is not the first choice and gets the markup without styles.
 */

export interface ClipboardContent {
  /** The HTML as built, inline styles and all. */
  readonly html: string;
  /** The same without style attributes, for the async API's sanitiser. */
  readonly plainHtml: string;
  readonly text: string;
}

/** Puts the report on the clipboard; false when the browser let neither way write it. */
export async function copyHtmlAndText({ html, plainHtml, text }: ClipboardContent): Promise<boolean> {
  if (copyThroughCopyEvent(html, text)) return true;
  if (!window.isSecureContext || typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) return false;
  try {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/html': new Blob([plainHtml], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      }),
    ]);
    return true;
  } catch {
    return false;
  }
}

function copyThroughCopyEvent(html: string, text: string): boolean {
  let written = false;
  const fill = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/html', html);
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
    written = true;
  };
  document.addEventListener('copy', fill, true);
  try {
    // Deprecated, but the one clipboard write plain http allows; the page's selection is not touched.
    return document.execCommand('copy') && written;
  } catch {
    return false;
  } finally {
    document.removeEventListener('copy', fill, true);
  }
}
