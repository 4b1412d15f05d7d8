/**
 * Renders of grid components counted by name, in test runs only (issue 16: a test checks that a keystroke
 * re-renders only the cell, its totals and the cells whose findings changed). In a production build the
 * condition is a constant and the minifier drops the counting.
 */
export const renderCounts = new Map<string, number>();

export function countRender(name: string): void {
  if (import.meta.env.MODE !== 'test') return;
  renderCounts.set(name, (renderCounts.get(name) ?? 0) + 1);
}
