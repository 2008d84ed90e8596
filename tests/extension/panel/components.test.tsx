import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '@/components/Popup';
import { createPanelStore, type PanelState } from '@/lib/panel/store';
import { strings } from '@/lib/panel/strings';
import { SPEAKER_PALETTE, UNATTRIBUTED_COLOR } from '@/lib/speaker-colors';
import { click, renderWithStore, type Rendered } from '../popup/render';
import { sampleAnalysis } from '../popup/sample-analysis';
import { fakeDeps, painted } from './fake-deps';

let rendered: Rendered | null = null;
afterEach(() => {
  rendered?.unmount();
  rendered = null;
});

async function render(state: Partial<PanelState>, canOpenSidePanel = true) {
  const deps = { ...fakeDeps({ 3: {} }, {}), canOpenSidePanel };
  const store = createPanelStore(deps, { tabId: 3, highlights: painted, ...state });
  rendered = await renderWithStore(store, <Popup />);
  return { root: rendered.container, deps, store };
}

const ready = { view: { kind: 'ready', analysis: sampleAnalysis } } as const;
const texts = (root: Element, selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent);
const button = (root: Element, text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text) ?? null;

async function choose(select: HTMLSelectElement, value: string) {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('surfaces', () => {
  it('labels the side panel and shows the colour legend there, in the page palette', async () => {
    const { root } = await render({ ...ready, surface: 'sidepanel' });
    expect(root.querySelector('main')?.getAttribute('aria-label')).toBe(strings.panelLabel);
    const legend = root.querySelector(`[aria-label="${strings.legendLabel}"]`)!;
    expect(texts(legend, '.legend__name')).toEqual(['Elena Varga', 'The Port Authority', 'Tomas Okafor', 'a resident', strings.legendUnattributed]);
    const swatches = [...legend.querySelectorAll<HTMLElement>('.legend__item')].map((e) => e.style.getPropertyValue('--swatch'));
    expect(swatches).toEqual([...SPEAKER_PALETTE.slice(0, 4).map((c) => c.solid), UNATTRIBUTED_COLOR.solid]);
    expect(button(root, strings.openSidePanel)).toBeNull();
  });

  it('offers the side panel from the popup, without a legend', async () => {
    const { root, deps } = await render({ ...ready, surface: 'popup', windowId: 4 });
    expect(root.querySelector('.legend')).toBeNull();
    await click(button(root, strings.openSidePanel));
    expect(deps.openSidePanel).toHaveBeenCalledWith(4);
  });

  it('hides the side panel button where the browser has none', async () => {
    const { root } = await render({ ...ready, surface: 'popup' }, false);
    expect(button(root, strings.openSidePanel)).toBeNull();
  });

  it('asks for the toolbar click and can try again', async () => {
    const { root, deps } = await render({ view: { kind: 'needs-click' }, surface: 'sidepanel' });
    expect(root.querySelector('[role="status"]')?.textContent).toContain(strings.needsClickTitle);
    await click(button(root, strings.retry));
    expect(deps.send).toHaveBeenCalledWith('getReport', { early: true, lean: true }, 3);
  });
});

describe('corrections in the UI', () => {
  it('reassigns a quote from the keyboard-reachable form and marks it corrected', async () => {
    const { root } = await render({ ...ready, surface: 'sidepanel' });
    const q = sampleAnalysis.quotes[3];
    const item = [...root.querySelectorAll('.quote')].find((li) => li.textContent?.includes(q.text))!;
    const toggle = item.querySelector<HTMLButtonElement>('.correction__toggle')!;
    const form = root.querySelector<HTMLElement>(`#${CSS.escape(toggle.getAttribute('aria-controls')!)}`)!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(form.hidden).toBe(true);
    await click(toggle);
    expect(form.hidden).toBe(false);
    const select = form.querySelector('select')!;
    expect(root.querySelector(`label[for="${select.id}"]`)?.textContent).toBe(strings.speakerLabel);
    expect([...select.options].map((o) => o.textContent)).toEqual([
      strings.unknownSpeaker, 'Elena Varga (Harbour Mayor)', 'The Port Authority', 'Tomas Okafor (Transport Minister)', 'a resident',
    ]);
    await choose(select, 'e3');
    await click(button(form, strings.applySpeaker));
    const okafor = [...root.querySelectorAll('.speaker')].find((s) => s.querySelector('.speaker__name')?.textContent === 'Tomas Okafor')!;
    expect(texts(okafor, '.quote__text')).toContain(`“${q.text}”`);
    expect(texts(okafor, '.badge--corrected')).toEqual([strings.corrected]);
    expect(texts(root, '.speaker__name')).not.toContain('The Port Authority');
  });

  it('dismisses a quote into a restorable list', async () => {
    const { root } = await render({ ...ready, surface: 'popup' });
    const q = sampleAnalysis.quotes[6];
    const item = [...root.querySelectorAll('.quote')].find((li) => li.textContent?.includes(q.text))!;
    await click(item.querySelector('.correction__toggle'));
    await click(button(item, strings.dismissQuote));
    expect(texts(root, '.quote__text')).not.toContain(`“${q.text}”`);
    expect(root.querySelector('.dismissed__title')?.textContent).toBe(strings.dismissedTitle(1));
    const restore = root.querySelector('.dismissed button')!;
    expect(restore.getAttribute('aria-label')).toBe(strings.restoreLabel(q.text));
    await click(restore);
    expect(root.querySelector('.dismissed')).toBeNull();
    expect(texts(root, '.quote__text')).toContain(`“${q.text}”`);
  });

  it('renders markup in entity names as text in the speaker list', async () => {
    const hostile = { ...sampleAnalysis, entities: [{ ...sampleAnalysis.entities[0], name: '<img src=x onerror=alert(1)>' }, ...sampleAnalysis.entities.slice(1)] };
    const { root } = await render({ view: { kind: 'ready', analysis: hostile }, surface: 'sidepanel' });
    expect(root.querySelector('img')).toBeNull();
    expect(texts(root, 'option')).toContain('<img src=x onerror=alert(1)> (Harbour Mayor)');
  });
});

describe('export buttons', () => {
  it.each([
    [strings.exportActions.csv, 'download'],
    [strings.exportActions.json, 'download'],
    [strings.exportActions.markdown, 'copyText'],
  ] as const)('%s uses %s and confirms politely', async (label, channel) => {
    const { root, deps } = await render({ ...ready, surface: 'sidepanel' });
    await click(button(root, label));
    expect(deps[channel]).toHaveBeenCalledTimes(1);
    const status = root.querySelector('.confirmation')!;
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).not.toBe('');
  });
});
