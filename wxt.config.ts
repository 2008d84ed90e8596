import { defineConfig } from 'wxt';

// Permissions are the fewest that do the job: the content script is injected only when the reader
// clicks the toolbar button (activeTab + scripting); storage keeps settings on this machine.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Readability is CommonJS, which the bundler must assume has side effects: told it has none, it is
  // left out of the bundles that never call it (Chrome's service worker).
  vite: () => ({
    build: { rollupOptions: { treeshake: { moduleSideEffects: (id: string) => !id.includes('@mozilla/readability') } } },
  }),
  hooks: {
    // The toolbar button has no manifest popup, so its click reaches the background first: the page's
    // work starts at the click while the popup loads (issue 11). The background opens the popup itself.
    'build:manifestGenerated': (_wxt, manifest) => {
      delete manifest.action?.default_popup;
      delete manifest.browser_action?.default_popup;
    },
  },
  manifest: ({ browser }) => ({
    name: 'Quotelens',
    description: 'See who said what on a news page: quotes, speakers, officials, duplicates and boilerplate. Nothing leaves your browser.',
    // Chrome only: 'offscreen' lets the service worker (which has no DOMParser) read pages in an
    // offscreen document, off the page's main thread; it grants no host access and shows no warning.
    permissions: ['activeTab', 'scripting', 'storage', ...(browser === 'firefox' ? [] : ['offscreen'])],
    action: { default_title: 'Quotelens: who said what' },
    // Alt+Shift+H toggles highlights (handled in entrypoints/background.ts); a shortcut grants activeTab.
    commands: {
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: 'Turn Quotelens highlights on or off' },
    },
    // "Run automatically on this site": asked for from the popup, per site, only when the reader ticks it.
    ...(browser === 'firefox'
      ? { optional_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'none'"
        : { extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'" },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'quotelens@quotelens.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
