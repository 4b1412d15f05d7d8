// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyHtmlAndText } from './clipboard';

const content = { html: '<table style="width:100%"></table>', plainHtml: '<table></table>', text: '表' };

/** A browser's copy command: fires a copy event with a clipboardData the page may fill. */
function copyCommand(allowed: boolean) {
  const written = new Map<string, string>();
  document.execCommand = () => {
    if (!allowed) return false;
    const event = new Event('copy', { cancelable: true }) as ClipboardEvent;
    Object.defineProperty(event, 'clipboardData', { value: { setData: (type: string, data: string) => written.set(type, data) } });
    document.dispatchEvent(event);
    return true;
  };
  return written;
}

afterEach(() => vi.unstubAllGlobals());

describe('复制网页版 (issue 13)', () => {
  it('fills the copy event with the HTML as built and the text, on plain http too', async () => {
    vi.stubGlobal('isSecureContext', false);
    const written = copyCommand(true);
    expect(await copyHtmlAndText(content)).toBe(true);
    expect(Object.fromEntries(written)).toEqual({ 'text/html': content.html, 'text/plain': '表' });
  });

  it('falls back to the async clipboard API with the unstyled HTML when the copy command is refused', async () => {
    copyCommand(false);
    const write = vi.fn(async () => undefined);
    vi.stubGlobal('isSecureContext', true);
    vi.stubGlobal('ClipboardItem', class {
      constructor(readonly items: Record<string, Blob>) {}
    });
    Object.defineProperty(navigator, 'clipboard', { value: { write }, configurable: true });
    expect(await copyHtmlAndText(content)).toBe(true);
    const [[items]] = write.mock.calls as unknown as [[{ items: Record<string, Blob> }[]]];
    expect(await items[0]?.items['text/html']?.text()).toBe('<table></table>');
  });

  it('says false when neither way is allowed', async () => {
    copyCommand(false);
    vi.stubGlobal('isSecureContext', false);
    expect(await copyHtmlAndText(content)).toBe(false);
  });
});
