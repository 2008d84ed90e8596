import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { listenOnLoopback } from './server';

/**
 * The saved pages' own scripts must not run: they would mutate the DOM between the snapshot and the
 * comparison, and their errors would drown ours. A CSP blocks them in both browsers alike, while
 * extension content scripts (exempt from page CSP) and the test's own DevTools/BiDi evaluation still run.
 * Frames go too: their remote documents can never load here, and in Chromium each failed one became an
 * error page in a process of its own that stalled every trace stop by 5 s.
 */
export const PAGE_CSP = "script-src 'none'; object-src 'none'; frame-src 'none'";

export interface CorpusServer {
  origin: string;
  /** Every path asked of this server, in order. */
  requests: string[];
  urlOf(slug: string): string;
  close(): Promise<void>;
}

/**
 * Serves `<root>/<slug>/source.html` from 127.0.0.1 on a random port; every other path is a 404 (the
 * pages' relative images and stylesheets were not saved). No charset in the content type: the browser
 * finds the page's own declaration, late or not, as it would on the web.
 */
export async function serveCorpus(root: string): Promise<CorpusServer> {
  const requests: string[] = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep) || !file.endsWith(`${sep}source.html`)) return void res.writeHead(404).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': PAGE_CSP, 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  const listening = await listenOnLoopback(server, requests);
  return { ...listening, urlOf: (slug) => `${listening.origin}/${encodeURIComponent(slug)}/source.html` };
}
