/**
 * Issue 11: on an intranet host over plain http the browser runs no service worker, so the app cannot start
 * offline. Said once, in plain words (not an error), with the one-file version that is offline by nature
 * (nianbao.html, built next to index.html). 知道了 is remembered on this machine.
 */
import { useState } from 'react';
import { servedFrom } from '../storage/servedFrom';
import { strings } from './strings.zh-CN';
import './plainHttpNotice.css';

const SEEN_KEY = 'nianbao.plainHttpNoticeSeen';

function seen(): boolean {
  try {
    return globalThis.localStorage.getItem(SEEN_KEY) === '1';
  } catch {
    return false;
  }
}

export function PlainHttpNotice() {
  const [show, setShow] = useState(() => servedFrom() === 'plainHttp' && !seen());
  if (!show) return null;
  const text = strings.plainHttp;
  const dismiss = () => {
    try {
      globalThis.localStorage.setItem(SEEN_KEY, '1');
    } catch {
      // Storage refused: the notice goes for this visit and comes back next time, which is harmless.
    }
    setShow(false);
  };
  return (
    <aside className="plain-http-notice" aria-labelledby="plain-http-title">
      {/* Not a heading: the page's own headings stay the first ones (it sits above every page). */}
      <p id="plain-http-title" className="plain-http-title">
        {text.title}
      </p>
      <p>{text.body}</p>
      <p>
        {text.singleFile}
        <a href="./nianbao.html" download="nianbao.html">
          {text.download}
        </a>
      </p>
      <button type="button" onClick={dismiss}>
        {text.dismiss}
      </button>
    </aside>
  );
}
