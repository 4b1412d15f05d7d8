import { useCallback, useState } from 'react';

/** Where this machine's choice is kept: it belongs to the office's printer, not to a draft. */
const STORAGE_KEY = 'nianbao.print.bothSides';

function storedChoice(): boolean {
  try {
    // GB/T 9704 prints 公文 on both sides: that is the default until the officer unticks it once.
    return window.localStorage.getItem(STORAGE_KEY) !== 'false';
  } catch {
    return true; // storage refused (a locked-down profile): the default, not an error
  }
}

/** Whether the report is laid out for printing on both sides (even pages with the margins mirrored). */
export function usePrintSides(): [boolean, (bothSides: boolean) => void] {
  const [bothSides, setBothSides] = useState(storedChoice);
  const choose = useCallback((next: boolean) => {
    setBothSides(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, String(next));
    } catch {
      // Not remembered on this machine; the choice still holds for this print.
    }
  }, []);
  return [bothSides, choose];
}
