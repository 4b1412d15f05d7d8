/**
 * Exact sums of 万元 / 元 amounts kept as decimal text (issue 15): a county adds up hundreds of units, and
 * binary floats would turn 0.1 + 0.2 into 0.30000000000000004. Each amount becomes a scaled BigInt.
 */

const DECIMAL = /^(\d+)(?:\.(\d*))?$/;

function scaledOf(text: string, places: number): bigint {
  const match = DECIMAL.exec(text.trim());
  if (!match) throw new Error(`not a decimal amount: ${text}`);
  const fraction = (match[2] ?? '').padEnd(places, '0');
  return BigInt(`${match[1] ?? '0'}${fraction}`);
}

function placesOf(text: string): number {
  return text.trim().split('.')[1]?.length ?? 0;
}

/** The sum of decimal amounts ("1.5", "0.2500" → "1.7500"), with as many places as the most precise part. */
export function addDecimals(amounts: readonly string[]): string {
  if (amounts.length === 0) return '0';
  const places = Math.max(...amounts.map(placesOf));
  const total = amounts.reduce((sum, amount) => sum + scaledOf(amount, places), 0n);
  if (places === 0) return total.toString();
  const digits = total.toString().padStart(places + 1, '0');
  return `${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

/** True when two decimal texts are the same amount ("1.50" and "1.5"). */
export function sameDecimal(a: string, b: string): boolean {
  const places = Math.max(placesOf(a), placesOf(b));
  return scaledOf(a, places) === scaledOf(b, places);
}
