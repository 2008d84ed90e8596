import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '@/components/Popup';
import type { HighlightState } from '@/lib/messaging/protocol';
import type { PanelDeps } from '@/lib/panel/deps';
import { createPanelStore, type PanelState } from '@/lib/panel/store';
import { strings } from '@/lib/panel/strings';
import { UNATTRIBUTED_COLOR } from '@/lib/speaker-colors';
import { click, renderWithStore, type Rendered } from './render';
import { emptyAnalysis, sampleAnalysis } from './sample-analysis';

const painted: HighlightState = { enabled: true, painted: 9, unanchored: 0, method: 'highlight-api' };

let rendered: Rendered | null = null;
afterEach(() => {
  rendered?.unmount();
  rendered = null;
});

async function renderPopup(state: Partial<PanelState>, send: (...args: never[]) => Promise<unknown> = vi.fn(async () => true)) {
  const deps = { send, highlightsSetting: { setValue: vi.fn(async () => {}) } } as unknown as PanelDeps;
  rendered = await renderWithStore(createPanelStore(deps, state), <Popup />);
  return { root: rendered.container, send };
}

const texts = (root: Element, selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent);

describe('Popup summary', () => {
  const ready: Partial<PanelState> = { view: { kind: 'ready', analysis: sampleAnalysis }, tabId: 3, highlights: painted };

  it('shows the article title, site and counts as chips', async () => {
    const { root } = await renderPopup(ready);
    expect(root.querySelector('h1')?.textContent).toBe(sampleAnalysis.title);
    expect(root.querySelector('.article__site')?.textContent).toBe('The Harbour Gazette');
    expect(texts(root, '[aria-label="Counts"] li')).toEqual(['7 quotes', '4 speakers', '2 officials', '1 duplicate', '1 boilerplate line']);
  });

  it('groups quotes by speaker with name, title, kind, quote types, cues and uncertain marks', async () => {
    const { root } = await renderPopup(ready);
    expect(texts(root, '.speaker__name')).toEqual(['Elena Varga', 'The Port Authority', 'Tomas Okafor', 'a resident', 'Unattributed']);
    expect(texts(root, '.speaker__head .badge')).toEqual(['person', 'organisation', 'person', 'unnamed']);
    expect(texts(root, '.speaker__title')).toEqual(['Harbour Mayor', 'Transport Minister']);
    const first = root.querySelector('.speaker')!;
    expect(texts(first, '.quote__text')).toEqual(['“keeps the island connected all winter”', '“We listened to every complaint,”', '“Nobody should wait two hours for a boat.”']);
    expect(texts(first, '.quote__meta .badge')).toEqual(['partial', 'direct', 'direct']);
    expect(texts(first, '.quote__cue')).toEqual(['cue: said', 'cue: added', 'cue: added']);
    // Indirect speech is a paraphrase: no quotation marks around it.
    expect(texts(root, '.quote__text--indirect')).toEqual(['the ministry would pay for one extra crossing']);
    // Only the two quotes under 0.5 confidence are marked.
    expect(texts(root, '.badge--uncertain')).toEqual(['uncertain', 'uncertain']);
    expect(root.querySelectorAll('.speaker')[3].querySelector('.badge--uncertain')).not.toBeNull();
  });

  it('gives each speaker the colour the page uses for them', async () => {
    const { root } = await renderPopup(ready);
    const colours = [...root.querySelectorAll<HTMLElement>('.speaker')].map((e) => e.style.getPropertyValue('--speaker-color'));
    expect(colours).toEqual(['#E69F00', '#56B4E9', '#009E73', '#F0E442', UNATTRIBUTED_COLOR.solid]);
  });

  it('lists officials, duplicates with their count and boilerplate with its reason', async () => {
    const { root } = await renderPopup(ready);
    expect(texts(root, '.row .row__main').slice(0, 2)).toEqual(['Elena Varga', 'Tomas Okafor']);
    expect(root.querySelector('.duplicate .chip')?.textContent).toBe('2×');
    expect(texts(root, '.occurrence')).toEqual(['Occurrence 1', 'Occurrence 2']);
    expect(root.textContent).toContain('subscription prompt');
  });

  it('sends reveal with the span of a clicked quote, official, occurrence or boilerplate line', async () => {
    const { root, send } = await renderPopup(ready);
    const q = sampleAnalysis.quotes[4];
    await click([...root.querySelectorAll('.quote__button')].find((b) => b.textContent?.includes(q.text))!);
    expect(send).toHaveBeenLastCalledWith('reveal', { start: q.start, end: q.end }, 3);

    const official = sampleAnalysis.entities[2];
    await click([...root.querySelectorAll('.row button')].find((b) => b.textContent?.includes(official.name))!);
    expect(send).toHaveBeenLastCalledWith('reveal', official.mentions[0], 3);

    await click(root.querySelectorAll('.occurrence')[1]);
    expect(send).toHaveBeenLastCalledWith('reveal', sampleAnalysis.duplicates[0].occurrences[1], 3);

    const line = sampleAnalysis.boilerplate[0];
    await click([...root.querySelectorAll('.row button')].find((b) => b.textContent?.includes(line.text))!);
    expect(send).toHaveBeenLastCalledWith('reveal', { start: line.start, end: line.end }, 3);
  });

  it('collapses and expands a section from its heading button', async () => {
    const { root } = await renderPopup(ready);
    const toggle = [...root.querySelectorAll('.section__toggle')].find((b) => b.textContent?.includes(strings.sections.duplicates))!;
    const body = root.querySelector(`#${CSS.escape(toggle.getAttribute('aria-controls')!)}`) as HTMLElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(body.hidden).toBe(true);
    await click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(body.hidden).toBe(false);
  });

  it('shows a highlights switch that sends setHighlights when flipped', async () => {
    const send = vi.fn(async () => ({ ...painted, enabled: false }));
    const { root } = await renderPopup(ready, send);
    const toggle = root.querySelector('[role="switch"]')!;
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    expect(toggle.textContent).toBe(strings.highlights);
    await click(toggle);
    expect(send).toHaveBeenCalledWith('setHighlights', { enabled: false }, 3);
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    // The duplicate and boilerplate checkboxes sit under it and only apply while it is on.
    const marks = [...root.querySelectorAll<HTMLInputElement>('.marks input[type="checkbox"]')];
    expect(marks.map((m) => m.parentElement!.textContent)).toEqual([strings.marksDuplicates, strings.marksBoilerplate]);
    expect(marks.every((m) => m.disabled)).toBe(true);
  });

  it('renders page text as text, never as markup', async () => {
    const hostile = { ...sampleAnalysis, title: '<img src=x onerror="alert(1)">Title', quotes: [{ ...sampleAnalysis.quotes[0], text: '<script>alert(2)</script>' }] };
    const { root } = await renderPopup({ ...ready, view: { kind: 'ready', analysis: hostile } });
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.querySelector('h1')?.textContent).toBe(hostile.title);
    expect(root.querySelector('.quote__text')?.textContent).toContain('<script>alert(2)</script>');
  });

  it('says so in each section when nothing was found', async () => {
    const { root } = await renderPopup({ ...ready, view: { kind: 'ready', analysis: emptyAnalysis } });
    expect(texts(root, '.empty')).toEqual(Object.values(strings.empty));
    expect(root.querySelectorAll('.chip--zero')).toHaveLength(5);
  });
});

describe('Popup states', () => {
  it.each([
    [{ kind: 'loading' }, 'status', strings.loading],
    [{ kind: 'no-article', message: 'No article text found.' }, 'status', strings.noArticleTitle],
    [{ kind: 'restricted', reason: 'browser-page' }, 'status', strings.restrictedReason['browser-page']],
    [{ kind: 'restricted', reason: 'web-store' }, 'status', strings.restrictedReason['web-store']],
    [{ kind: 'restricted', reason: 'file-access' }, 'status', strings.restrictedTitle],
    [{ kind: 'error', message: 'Analysis failed: out of memory' }, 'alert', 'Analysis failed: out of memory'],
  ] as const)('%j is shown with role %s', async (view, role, text) => {
    const { root } = await renderPopup({ view });
    const region = root.querySelector(`[role="${role}"]`);
    expect(region?.textContent).toContain(text);
    expect(root.querySelector('[role="switch"]')).toBeNull();
  });
});
