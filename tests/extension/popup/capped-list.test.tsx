import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { CappedList } from '@/components/CappedList';
import { LIST_FIRST, LIST_STEP, nextShown, stepSize } from '@/lib/panel/list-cap';
import { click } from './render';

let root: Root | null = null;
let container: HTMLElement | null = null;
afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
  root = container = null;
});

const quotes = (n: number) => Array.from({ length: n }, (_, i) => `“The ferry will run on Sunday ${i},” the harbour master said.`);

async function renderList(items: string[]) {
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    root = createRoot(container!);
    root.render(
      <CappedList
        items={items}
        className="quotes"
        aria-label="Harbour master"
        render={(text, i) => (
          <li key={i}>
            <button type="button">{text}</button>
          </li>
        )}
      />,
    );
  });
  const list = container.querySelector('ul')!;
  return { list, more: () => container!.querySelector<HTMLButtonElement>('button.show-more') };
}

describe('list steps', () => {
  it.each([
    // shown, total, next, step size
    [20, 8000, 70, 50],
    [20, 45, 45, 25],
    [20, 20, 20, 0],
    [0, 3, 3, 3],
  ])('from %i of %i shows %i next (adds %i)', (shown, total, next, adds) => {
    expect(nextShown(shown, total)).toBe(next);
    expect(stepSize(shown, total)).toBe(adds);
  });
});

describe('CappedList', () => {
  it('shows a short list whole, with no button', async () => {
    const { list, more } = await renderList(quotes(LIST_FIRST));
    expect(list.children).toHaveLength(LIST_FIRST);
    expect(more()).toBeNull();
  });

  it('shows the first items of a long list and adds a step per click, focus on the first new item', async () => {
    const total = LIST_FIRST + LIST_STEP + 7;
    const { list, more } = await renderList(quotes(total));
    expect(list.children).toHaveLength(LIST_FIRST);
    expect(list.getAttribute('aria-label')).toBe('Harbour master');
    expect(more()!.textContent).toBe(`Show ${LIST_STEP} more (${LIST_FIRST} of ${total} shown)`);
    expect(more()!.getAttribute('aria-controls')).toBe(list.id);
    await click(more());
    expect(list.children).toHaveLength(LIST_FIRST + LIST_STEP);
    expect(document.activeElement).toBe(list.children[LIST_FIRST].querySelector('button'));
    expect(more()!.textContent).toBe(`Show all ${total}`);
    await click(more());
    expect(list.children).toHaveLength(total);
    expect(document.activeElement).toBe(list.children[LIST_FIRST + LIST_STEP].querySelector('button'));
    expect(more()).toBeNull();
  });

  it('renders item text as text', async () => {
    const { list } = await renderList(['<img src=x onerror=alert(1)> said the clerk']);
    expect(list.querySelector('img')).toBeNull();
    expect(list.textContent).toBe('<img src=x onerror=alert(1)> said the clerk');
  });
});
