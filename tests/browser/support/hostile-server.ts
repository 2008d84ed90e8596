import { createServer, type Server } from 'node:http';
import type { HostileCase } from '../../support/hostile-pages';
import { listenOnLoopback, type PageServer } from './server';

export type HostileServer = PageServer;

/**
 * Serves the generated hostile cases from memory on 127.0.0.1 (random port). Byte cases go out as
 * plain `text/html` with no charset, so the browser sniffs them as it would a careless site's page;
 * string cases are UTF-8 and say so.
 */
export async function serveHostile(cases: HostileCase[]): Promise<HostileServer> {
  const byPath = new Map(cases.map((c) => [`/${c.file}`, c]));
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    const found = byPath.get(path);
    // No favicon: a 404 would show up as a console error and hide the ones we look for.
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    if (!found) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    const raw = typeof found.content !== 'string';
    const body = raw ? Buffer.from(found.content as Uint8Array) : Buffer.from(found.content as string, 'utf8');
    res.writeHead(200, { 'content-type': raw ? 'text/html' : 'text/html; charset=utf-8', 'content-length': body.length }).end(body);
  });
  return listenOnLoopback(server, requests);
}
