import { describe, expect, it } from 'vitest';
import { DARK_BELOW, contrastRatio, luminance, parseColor, themeOfBackground, themeOfLayers } from '@/lib/page/page-theme';

const rgb = (css: string) => {
  const colour = parseColor(css);
  if (!colour) throw new Error(`unparsed: ${css}`);
  return colour;
};

describe('parseColor', () => {
  it.each([
    ['rgb(18, 18, 18)', { r: 18, g: 18, b: 18, a: 1 }],
    ['rgba(0, 0, 0, 0)', { r: 0, g: 0, b: 0, a: 0 }],
    ['rgba(255, 255, 255, 0.5)', { r: 255, g: 255, b: 255, a: 0.5 }],
    ['rgb(30 41 59 / 80%)', { r: 30, g: 41, b: 59, a: 0.8 }],
    ['#fff', { r: 255, g: 255, b: 255, a: 1 }],
    ['#1A2B3C', { r: 26, g: 43, b: 60, a: 1 }],
    ['transparent', { r: 0, g: 0, b: 0, a: 0 }],
  ])('reads %s', (css, expected) => {
    expect(parseColor(css)).toEqual(expected);
  });

  it.each(['oklch(0.2 0.01 250)', 'color(srgb 0.1 0.1 0.1)', 'rgb(1, 2)', 'currentcolor', ''])('gives null for %s', (css) => {
    expect(parseColor(css)).toBeNull();
  });
});

describe('luminance and contrast (WCAG 2)', () => {
  it.each([
    ['#000000', 0],
    ['#FFFFFF', 1],
    ['#808080', 0.2159],
  ])('luminance of %s is %d', (css, expected) => {
    expect(luminance(rgb(css))).toBeCloseTo(expected, 3);
  });

  it.each([
    ['#000000', '#FFFFFF', 21],
    ['#777777', '#FFFFFF', 4.48],
    ['#FFFFFF', '#FFFFFF', 1],
  ])('contrast of %s on %s is %d:1', (a, b, expected) => {
    expect(contrastRatio(rgb(a), rgb(b))).toBeCloseTo(expected, 1);
    expect(contrastRatio(rgb(b), rgb(a))).toBeCloseTo(expected, 1);
  });

  it('splits light from dark where black and white text read equally well', () => {
    const grey = { r: 0, g: 0, b: 0, a: 1 };
    // Find the grey at the threshold and check both text colours give the same contrast there.
    for (let v = 0; v <= 255; v++) {
      grey.r = grey.g = grey.b = v;
      if (luminance(grey) >= DARK_BELOW) break;
    }
    const black = contrastRatio(grey, rgb('#000')), white = contrastRatio(grey, rgb('#fff'));
    expect(Math.abs(black - white)).toBeLessThan(0.1);
  });
});

describe('themeOfBackground', () => {
  it.each([
    ['#FFFFFF', 'light'],
    ['#F4F1EA', 'light'], // newsprint cream
    ['#999999', 'light'],
    ['#6E6E6E', 'dark'],
    ['#1E293B', 'dark'], // slate
    ['#121212', 'dark'],
    ['#000000', 'dark'],
    ['#0B3D2E', 'dark'], // deep green
    ['#FFE08A', 'light'], // pale yellow
  ])('%s is a %s background', (css, theme) => {
    expect(themeOfBackground(rgb(css))).toBe(theme);
  });
});

describe('themeOfLayers: computed backgrounds from the article up to the root', () => {
  it.each([
    ['the nearest opaque layer wins', ['rgba(0, 0, 0, 0)', 'rgb(18, 18, 18)', 'rgb(255, 255, 255)'], undefined, 'dark'],
    ['a light card on a dark page', ['rgb(250, 250, 250)', 'rgb(18, 18, 18)'], undefined, 'light'],
    ['a dark card on a light page', ['rgba(0, 0, 0, 0)', 'rgb(30, 30, 36)', 'rgb(255, 255, 255)'], undefined, 'dark'],
    ['a see-through black wash over white stays light', ['rgba(0, 0, 0, 0.1)', 'rgb(255, 255, 255)'], undefined, 'light'],
    ['a strong black wash over white turns dark', ['rgba(0, 0, 0, 0.85)', 'rgb(255, 255, 255)'], undefined, 'dark'],
    ['a white wash over a dark page lifts only a little', ['rgba(255, 255, 255, 0.05)', 'rgb(16, 16, 16)'], undefined, 'dark'],
    ['all transparent, dark text: the white canvas', ['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)'], 'rgb(20, 20, 20)', 'light'],
    ['all transparent, light text: a dark canvas', ['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)'], 'rgb(230, 230, 230)', 'dark'],
    ['nothing known at all: light', [], undefined, 'light'],
    ['unknown colour syntax is skipped', ['oklch(0.2 0 0)', 'rgb(10, 10, 10)'], undefined, 'dark'],
  ] as const)('%s', (_why, layers, text, theme) => {
    expect(themeOfLayers(layers, text)).toBe(theme);
  });
});
