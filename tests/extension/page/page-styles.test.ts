import { afterEach, describe, expect, it } from 'vitest';
import { contrastRatio, parseColor, type PageTheme } from '@/lib/page/page-theme';
import { FLASH_STYLE, OFFICIAL_STYLE, highlightCss, installStyles } from '@/lib/page/styles';
import { pageThemeAt } from '@/lib/page/theme-at';
import { SPEAKER_PALETTE, UNATTRIBUTED_COLOR } from '@/lib/speaker-colors';

const THEMES: PageTheme[] = ['light', 'dark'];
const rgb = (css: string) => parseColor(css)!;

/** Every ::highlight() rule of the sheet as { name: { property: value } }. */
function rulesOf(css: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  for (const m of css.matchAll(/::highlight\(([\w-]+)\) \{([^}]*)\}/g)) {
    const body: Record<string, string> = {};
    for (const decl of m[2].split(';')) {
      const [prop, ...value] = decl.split(':');
      if (prop.trim()) body[prop.trim()] = value.join(':').trim();
    }
    rules.set(m[1], body);
  }
  return rules;
}

describe('highlightCss: readable on the page it is made for', () => {
  it.each(THEMES)('every filled highlight has text at 4.5:1 or more on its own background (%s page)', (theme) => {
    const filled = [...rulesOf(highlightCss(theme))].filter(([, body]) => body['background-color']);
    expect(filled.length).toBe(SPEAKER_PALETTE.length + 4); // speakers, unattributed, flash, duplicate, boilerplate
    for (const [name, body] of filled) {
      const ratio = contrastRatio(rgb(body.color), rgb(body['background-color']));
      expect(ratio, name).toBeGreaterThanOrEqual(4.5);
    }
  });

  it.each(THEMES)("an official's name inside any quote stays readable (%s page)", (theme) => {
    for (const colour of [...SPEAKER_PALETTE, UNATTRIBUTED_COLOR]) {
      expect(contrastRatio(rgb(OFFICIAL_STYLE[theme].text), rgb(colour[theme].background)), colour.name).toBeGreaterThanOrEqual(4.5);
    }
  });

  it.each([
    ['light', '#FFFFFF'],
    ['light', '#F4F1EA'],
    ['dark', '#121212'],
    ['dark', '#1E293B'],
  ] as const)("officials' text reads on a typical %s page (%s)", (theme, page) => {
    expect(contrastRatio(rgb(OFFICIAL_STYLE[theme].text), rgb(page))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(THEMES)('officials are marked by colour and underline, not by a fill (%s page)', (theme) => {
    const official = rulesOf(highlightCss(theme)).get('quotelens-official')!;
    expect(official.color).toBe(OFFICIAL_STYLE[theme].text);
    expect(official['text-decoration']).toContain('underline');
    expect(official['background-color']).toBeUndefined();
  });

  it('uses different tints on light and dark pages, the same flash on both', () => {
    const light = rulesOf(highlightCss('light')), dark = rulesOf(highlightCss('dark'));
    expect(light.get('quotelens-quote-0')).not.toEqual(dark.get('quotelens-quote-0'));
    expect(light.get('quotelens-flash')!['background-color']).toBe(FLASH_STYLE.background);
    expect(dark.get('quotelens-flash')).toEqual(light.get('quotelens-flash'));
  });

  it('attaches the same rules to the root alone where highlight styles inherit, to every element elsewhere', () => {
    const universal = highlightCss('light', 'universal');
    const root = highlightCss('light', 'root');
    expect(rulesOf(root)).toEqual(rulesOf(universal));
    const origins = (css: string) => new Set([...css.matchAll(/^(.*)::highlight\(/gm)].map((m) => m[1]));
    expect(origins(universal)).toEqual(new Set(['']));
    expect(origins(root)).toEqual(new Set([':root']));
    // The wrapper fallback's class rules do not change.
    expect(root.split('\n').filter((r) => r.startsWith('mark.'))).toEqual(universal.split('\n').filter((r) => r.startsWith('mark.')));
  });

  it('keeps to properties both browsers paint in ::highlight()', () => {
    const allowed = new Set(['background-color', 'color', 'text-decoration', 'text-underline-offset']);
    for (const theme of THEMES) for (const body of rulesOf(highlightCss(theme)).values()) {
      for (const prop of Object.keys(body)) expect(allowed.has(prop), prop).toBe(true);
    }
  });
});

describe('pageThemeAt and installStyles on a live document', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    document.body.removeAttribute('style');
    document.adoptedStyleSheets = [];
  });

  const build = (bodyStyle: string, articleStyle: string) => {
    document.body.setAttribute('style', bodyStyle);
    const article = document.createElement('article');
    article.setAttribute('style', articleStyle);
    const p = document.createElement('p');
    p.textContent = 'The minister said the bridge would open in spring.';
    article.append(p);
    document.body.append(article);
    return p.firstChild!;
  };

  it.each([
    ['a dark page', 'background-color: #111111; color: #eeeeee', '', 'dark'],
    ['a light page', 'background-color: #ffffff; color: #111111', '', 'light'],
    ['a dark article box on a light page', 'background-color: #ffffff', 'background-color: #202830', 'dark'],
    ['a light article box on a dark page', 'background-color: #000000', 'background-color: #fafafa', 'light'],
  ])('reads %s from the text node up', (_why, bodyStyle, articleStyle, theme) => {
    expect(pageThemeAt(build(bodyStyle, articleStyle))).toBe(theme);
  });

  it('installs the dark tints for an article on a dark background, and removes them again', () => {
    const text = build('background-color: #111111; color: #eeeeee', '');
    const installed = installStyles(document, text);
    const sheet = document.adoptedStyleSheets.at(-1)!;
    const css = [...sheet.cssRules].map((r) => r.cssText).join('\n');
    expect(css.toLowerCase()).toContain(SPEAKER_PALETTE[0].dark.background.toLowerCase());
    expect(css.toLowerCase()).not.toContain(SPEAKER_PALETTE[0].light.background.toLowerCase());
    installed.remove();
    expect(document.adoptedStyleSheets).not.toContain(sheet);
  });
});
