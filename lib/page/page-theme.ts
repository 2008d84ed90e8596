/**
 * Is the article on a light or a dark background? Pure colour arithmetic (WCAG 2 relative luminance),
 * so the painter can pick the palette's light or dark tints. No browser globals: the caller reads the
 * computed colours (see theme-at.ts).
 */
export type PageTheme = 'light' | 'dark';

/** sRGB channels 0-255 and alpha 0-1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

/**
 * The luminance at which black and white text have the same contrast ((L + 0.05)² = 1.05 · 0.05):
 * below it light text reads better, so the page counts as dark.
 */
export const DARK_BELOW = Math.sqrt(1.05 * 0.05) - 0.05;

const channel = (s: string): number => (s.endsWith('%') ? (parseFloat(s) * 255) / 100 : parseFloat(s));
const alpha = (s: string | undefined): number => (s == null ? 1 : s.endsWith('%') ? parseFloat(s) / 100 : parseFloat(s));

/**
 * Parses the colour forms getComputedStyle returns (`rgb()`, `rgba()`, space syntax with `/ a`) and
 * hex and `transparent` for convenience. Anything else (`oklch()`, `color()`, ...) gives null: unknown.
 */
export function parseColor(css: string): Rgba | null {
  const text = css.trim().toLowerCase();
  if (text === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(text);
  if (hex) {
    const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1];
    return { r: parseInt(h.slice(0, 2), 16), g: parseInt(h.slice(2, 4), 16), b: parseInt(h.slice(4, 6), 16), a: 1 };
  }
  const fn = /^rgba?\((.*)\)$/.exec(text);
  if (!fn) return null;
  const parts = fn[1].split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 3 || parts.length > 4) return null;
  const [r, g, b] = parts.slice(0, 3).map(channel);
  const a = alpha(parts[3]);
  if ([r, g, b, a].some((n) => !Number.isFinite(n))) return null;
  return { r, g, b, a: Math.min(1, Math.max(0, a)) };
}

/** `top` painted over an opaque `bottom` (source-over). */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, u: number) => t * top.a + u * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/** WCAG 2 relative luminance of an opaque colour, 0 (black) to 1 (white). */
export function luminance({ r, g, b }: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio between two opaque colours, 1 to 21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

export const themeOfBackground = (background: Rgba): PageTheme => (luminance(background) < DARK_BELOW ? 'dark' : 'light');

/**
 * The theme from the computed background colours of an element and its ancestors, nearest first,
 * composited until one is opaque. When every layer is see-through the canvas shows, and its colour
 * is not in any style we can read: the text colour decides then (light text means a dark canvas).
 */
export function themeOfLayers(backgrounds: readonly string[], textColor?: string): PageTheme {
  const stack: Rgba[] = [];
  for (const css of backgrounds) {
    const colour = parseColor(css);
    if (!colour || colour.a === 0) continue;
    stack.push(colour);
    if (colour.a >= 1) break;
  }
  const opaque = stack.length > 0 && stack[stack.length - 1].a >= 1;
  if (!opaque) {
    const text = textColor ? parseColor(textColor) : null;
    if (text && text.a > 0 && stack.length === 0) return luminance(text) >= DARK_BELOW ? 'dark' : 'light';
  }
  const base = opaque ? stack.pop()! : WHITE;
  return themeOfBackground(stack.reduceRight((under, layer) => composite(layer, under), base));
}
