import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findTargetTab, tabIdFromSearch } from '@/lib/panel/active-tab';
import type { PanelDeps } from '@/lib/panel/deps';

// fakeBrowser's tab type predates two optional fields of the real one; the shapes used here match.
const fakeTabs = () => fakeBrowser.tabs as unknown as PanelDeps['tabs'];

describe('tabIdFromSearch', () => {
  it.each([
    ['?tabId=12', 12],
    ['?foo=1&tabId=7', 7],
    ['', null],
    ['?tabId=', null],
    ['?tabId=0', null],
    ['?tabId=-3', null],
    ['?tabId=4.5', null],
    ['?tabId=12abc', null],
    ['?tabid=12', null],
  ])('%s -> %s', (search, expected) => {
    expect(tabIdFromSearch(search)).toBe(expected);
  });
});

describe('findTargetTab', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('asks for the active tab of the current window without a query parameter', async () => {
    // fakeBrowser cannot mark a created tab active, so this one answers the query itself.
    const query = vi.fn(async () => [{ id: 9, url: 'https://news.example/two' }]);
    const tabs = { get: fakeBrowser.tabs.get, query } as unknown as PanelDeps['tabs'];
    expect(await findTargetTab('', tabs)).toEqual({ tabId: 9, url: 'https://news.example/two' });
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });

  it('finds nothing when no tab is active', async () => {
    const tabs = { get: fakeBrowser.tabs.get, query: async () => [] } as unknown as PanelDeps['tabs'];
    expect(await findTargetTab('', tabs)).toBeNull();
  });

  it('prefers an explicit ?tabId= over the active tab', async () => {
    const background = await fakeBrowser.tabs.create({ url: 'http://127.0.0.1:4000/seed.html' });
    await fakeBrowser.tabs.create({ url: 'https://news.example/two' });
    expect(await findTargetTab(`?tabId=${background.id}`, fakeTabs())).toEqual({
      tabId: background.id,
      url: 'http://127.0.0.1:4000/seed.html',
      windowId: background.windowId,
    });
  });
});
