import { useEffect } from 'react';

/**
 * Ctrl+S (⌘S) saves the draft at once, as officers press it out of habit from Word. Without this the browser
 * would offer to save the web page itself, which is of no use to them. Autosave still does the rest.
 */
export function useSaveShortcut(save: () => Promise<void>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 's') return;
      event.preventDefault();
      void save();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [save]);
}
