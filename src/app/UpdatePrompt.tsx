/// <reference types="vite-plugin-pwa/react" />
/**
 * Offline readiness and updates (issue 4). The service worker precaches the app; a new version waits until
 * the officer presses 更新, so the page never reloads under someone typing.
 */
import { useRegisterSW } from 'virtual:pwa-register/react';
import { strings } from './updateStrings.zh-CN';
import './updatePrompt.css';

export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    // Registration fails where service workers are off (some locked-down browsers, tests): the app
    // still works online, so this is not an error to shout about.
    onRegisterError: () => undefined,
  });
  if (!needRefresh && !offlineReady) return null;
  return (
    <div className="update-prompt" role="status">
      {needRefresh ? (
        <>
          <span>{strings.updateReady}</span>
          <button type="button" onClick={() => void updateServiceWorker(true)}>
            {strings.update}
          </button>
          <button type="button" onClick={() => setNeedRefresh(false)}>
            {strings.later}
          </button>
        </>
      ) : (
        <>
          <span>{strings.offlineReady}</span>
          <button type="button" onClick={() => setOfflineReady(false)}>
            {strings.dismiss}
          </button>
        </>
      )}
    </div>
  );
}
