/** Word measures in twentieths of a point (twips) and type in half points (issue 13). */

/** Millimetres to twips (1 mm = 72 / 25.4 pt). */
export const twipsOfMm = (mm: number): number => Math.round((mm * 72 * 20) / 25.4);

/** Points to twips. */
export const twipsOfPt = (pt: number): number => Math.round(pt * 20);

/** Points to Word's half-point type sizes. */
export const halfPointsOf = (pt: number): number => Math.round(pt * 2);
