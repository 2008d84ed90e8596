import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { AutorunSwitch } from '@/components/AutorunSwitch';
import { autorunOrigin } from '@/lib/panel/autorun-origin';
import { strings } from '@/lib/panel/strings';
import type { AutorunApi } from '@/lib/panel/use-autorun';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

async function render(pageUrl: string, api: AutorunApi) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(<AutorunSwitch pageUrl={pageUrl} api={api} />));
  return { container, unmount: () => act(() => root.unmount()) };
}

function fakeApi(initially: boolean, grant = true): AutorunApi & { calls: string[] } {
  const calls: string[] = [];
  let enabled = initially;
  return {
    calls,
    isEnabled: vi.fn(async () => enabled),
    enable: vi.fn(async (origin: string) => {
      calls.push(`enable ${origin}`);
      enabled = grant;
      return grant;
    }),
    disable: vi.fn(async (origin: string) => {
      calls.push(`disable ${origin}`);
      enabled = false;
    }),
  };
}

describe('autorunOrigin', () => {
  it.each([
    ['https://news.example.com/world/story?id=1#top', 'https://news.example.com'],
    ['http://127.0.0.1:8080/a.html', 'http://127.0.0.1:8080'],
    ['file:///home/me/page.html', null],
    ['chrome://extensions', null],
    ['not a url', null],
    ['', null],
  ])('%s -> %s', (url, origin) => {
    expect(autorunOrigin(url)).toBe(origin);
  });
});

describe('AutorunSwitch', () => {
  it('shows the current setting and asks for this site only when ticked', async () => {
    const api = fakeApi(false);
    const { container, unmount } = await render('https://news.example.com/a', api);
    const box = container.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(box.checked).toBe(false);
    expect(container.textContent).toContain(strings.autorun);
    await act(async () => box.click());
    expect(api.calls).toEqual(['enable https://news.example.com']);
    expect(box.checked).toBe(true);
    await act(async () => box.click());
    expect(api.calls).toEqual(['enable https://news.example.com', 'disable https://news.example.com']);
    expect(box.checked).toBe(false);
    unmount();
  });

  it('starts the permission request inside the click, before any await', async () => {
    const api = fakeApi(false);
    const { container, unmount } = await render('https://news.example.com/a', api);
    const box = container.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    act(() => box.click());
    // Synchronously after the click, the request has already been made.
    expect(api.enable).toHaveBeenCalledTimes(1);
    await act(async () => {});
    unmount();
  });

  it('says so when the reader declines the permission', async () => {
    const api = fakeApi(false, false);
    const { container, unmount } = await render('https://news.example.com/a', api);
    const box = container.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    await act(async () => box.click());
    expect(box.checked).toBe(false);
    expect(container.textContent).toContain(strings.autorunDeclined);
    unmount();
  });

  it('is not offered on pages that are not ordinary web pages', async () => {
    const { container, unmount } = await render('file:///tmp/page.html', fakeApi(false));
    expect(container.querySelector('input')).toBeNull();
    unmount();
  });
});
