/**
 * Whether a font family is installed, told by measuring: text set in "family, generic" is as wide as text set
 * in the generic family alone only when the family is missing. No browser API says it without a permission
 * prompt (document.fonts.check answers true for any font it does not manage). Latin letters and digits differ
 * between fonts where CJK characters, all one em wide, do not.
 */
const SAMPLE = 'mmmmmmmmmwwwwwlli1234567890OQ@';
const SIZE = '72px';
const GENERICS = ['monospace', 'serif', 'sans-serif'] as const;

export function createFontProbe(): (family: string) => boolean {
  const context = document.createElement('canvas').getContext('2d');
  // Without a canvas nothing can be told: say installed, so that no false notice is shown.
  if (!context) return () => true;
  const widthIn = (font: string) => {
    context.font = font;
    return context.measureText(SAMPLE).width;
  };
  const baseline = new Map(GENERICS.map((generic) => [generic, widthIn(`${SIZE} ${generic}`)]));
  const known = new Map<string, boolean>();
  return (family) => {
    const cached = known.get(family);
    if (cached !== undefined) return cached;
    const quoted = `"${family.replace(/["\\]/g, '')}"`;
    const installed = GENERICS.some((generic) => widthIn(`${SIZE} ${quoted}, ${generic}`) !== baseline.get(generic));
    known.set(family, installed);
    return installed;
  };
}
