import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { MarkSwitches, type MarkSettings } from '@/components/MarkSwitches';
import { strings } from '@/lib/panel/strings';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** An in-memory stored boolean: watchers hear every write, as with browser storage. */
function fakeFlag(initially: boolean, failWrites = false) {
  let value = initially;
  const watchers = new Set<(v: boolean) => void>();
  return {
    writes: [] as boolean[],
    get value() {
      return value;
    },
    getValue: async () => value,
    async setValue(next: boolean) {
      if (failWrites) throw new Error('quota');
      this.writes.push(next);
      value = next;
      watchers.forEach((w) => w(next));
    },
    watch(callback: (v: boolean) => void) {
      watchers.add(callback);
      return () => watchers.delete(callback);
    },
  };
}

async function render(active: boolean, settings: MarkSettings) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(<MarkSwitches active={active} settings={settings} />));
  const box = (label: string) => [...container.querySelectorAll('label')].find((l) => l.textContent === label)!.querySelector('input')!;
  return { container, box, unmount: () => act(() => root.unmount()) };
}

describe('MarkSwitches', () => {
  it.each([
    [true, false],
    [false, true],
  ])('shows the stored choices (duplicates %s, boilerplate %s) as two checkboxes', async (duplicates, boilerplate) => {
    const view = await render(true, { duplicates: fakeFlag(duplicates), boilerplate: fakeFlag(boilerplate) });
    expect(view.box(strings.marksDuplicates).checked).toBe(duplicates);
    expect(view.box(strings.marksBoilerplate).checked).toBe(boilerplate);
    expect(view.container.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe(strings.marksGroup);
    view.unmount();
  });

  it('writes each setting on its own when clicked', async () => {
    const settings = { duplicates: fakeFlag(true), boilerplate: fakeFlag(true) };
    const view = await render(true, settings);
    await act(async () => view.box(strings.marksBoilerplate).click());
    expect(settings.boilerplate.writes).toEqual([false]);
    expect(settings.duplicates.writes).toEqual([]);
    expect(view.box(strings.marksBoilerplate).checked).toBe(false);
    await act(async () => view.box(strings.marksDuplicates).click());
    expect(settings.duplicates.writes).toEqual([false]);
    view.unmount();
  });

  it('is disabled while highlights are off, since the marks only show with them', async () => {
    const view = await render(false, { duplicates: fakeFlag(true), boilerplate: fakeFlag(true) });
    expect(view.box(strings.marksDuplicates).disabled).toBe(true);
    expect(view.box(strings.marksBoilerplate).disabled).toBe(true);
    view.unmount();
  });

  it('follows a change made elsewhere, and says so when a write fails', async () => {
    const settings = { duplicates: fakeFlag(true), boilerplate: fakeFlag(true, true) };
    const view = await render(true, settings);
    await act(async () => settings.duplicates.setValue(false));
    expect(view.box(strings.marksDuplicates).checked).toBe(false);
    await act(async () => view.box(strings.marksBoilerplate).click());
    expect(view.box(strings.marksBoilerplate).checked).toBe(true);
    expect(view.container.textContent).toContain(strings.marksFailed);
    view.unmount();
  });
});
