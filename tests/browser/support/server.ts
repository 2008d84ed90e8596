import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript' };

export interface PageServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Extra response headers for HTML files, e.g. a CSP that keeps a saved page's own scripts from running. */
  htmlHeaders?: Record<string, string>;
}

/** Serves files under `root` from 127.0.0.1 on a random port; nothing else is ever contacted. */
export async function servePages(root: string, options: ServeOptions = {}): Promise<PageServer> {
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      const extra = extname(file) === '.html' ? options.htmlHeaders : undefined;
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...extra }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return listenOnLoopback(server, requests);
}

/** Starts `server` on 127.0.0.1 at a random port (never any other address): every test server ends here. */
export async function listenOnLoopback(server: Server, requests: string[]): Promise<PageServer> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
