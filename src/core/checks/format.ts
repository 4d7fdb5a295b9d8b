// Numbers for the arithmetic shown to the editor: one digit more than the report wrote, no float noise.

export function formatNumber(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed = value.toFixed(Math.min(Math.max(decimals, 0), 6));
  return fixed.includes('.') ? fixed.replace(/\.?0+$/u, '') || '0' : fixed;
}

/** The computed value, shown with one digit more than the stated figure has. */
export function formatComputed(value: number, statedDecimals: number): string {
  return formatNumber(value, statedDecimals + 1);
}

/** A unit for display after a number: "%" and "‰" tight, words spaced. */
export function withUnit(number: string, unit: string): string {
  if (!unit) return number;
  return unit === '%' || unit === '‰' ? `${number} ${unit}` : `${number}${unit}`;
}

export function verdict(arithmetic: string, stated: string, consistent: boolean): string {
  return `${arithmetic}; the report says ${stated}: ${consistent ? 'consistent' : 'inconsistent'}`;
}
