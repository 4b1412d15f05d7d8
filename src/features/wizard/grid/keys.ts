/** Which key moves where in a grid (issue 3 item 4), from a key event's facts and the caret. */
import type { Direction } from './layout';

export interface KeyFacts {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly isComposing: boolean;
}

export interface Caret {
  readonly start: number | null;
  readonly end: number | null;
  readonly length: number;
}

// A cell reached by the keys has its text selected (typing replaces it, as in a spreadsheet): a whole
// selection counts as being at both edges, so ← → keep moving across cells.
const wholeSelected = (caret: Caret) => caret.start === 0 && caret.end === caret.length;
const atStart = (caret: Caret) => caret.start === 0 && (caret.end === 0 || wholeSelected(caret));
const atEnd = (caret: Caret) => caret.end === caret.length && (caret.start === caret.length || wholeSelected(caret));

/**
 * The direction a key moves the focus, or undefined when the key belongs to the input: Enter and ↓ go
 * down, Shift+Enter and ↑ up, ← → only from the edge of the text. Never while an IME is composing.
 */
export function directionOfKey(event: KeyFacts, caret: Caret): Direction | undefined {
  if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return undefined;
  switch (event.key) {
    case 'Enter':
      return event.shiftKey ? 'up' : 'down';
    case 'ArrowDown':
      return 'down';
    case 'ArrowUp':
      return 'up';
    case 'ArrowLeft':
      return !event.shiftKey && atStart(caret) ? 'left' : undefined;
    case 'ArrowRight':
      return !event.shiftKey && atEnd(caret) ? 'right' : undefined;
    default:
      return undefined;
  }
}
