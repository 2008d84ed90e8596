import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The sample page kept in the repo (the CLI's default input). */
const SAMPLE_PAGE = 'tests/fixtures/seed/article.html';
const dir = mkdtempSync(join(tmpdir(), 'quotelens-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  stdout: string;
  stderr: string;
  code: number;
}

const analyze = (args: string[]) =>
  new Promise<Run>((resolve) => {
    execFile('npx', ['tsx', 'lib/cli/analyze.ts', ...args], { maxBuffer: 1 << 28 }, (error, stdout, stderr) =>
      resolve({ stdout, stderr, code: error ? (error.code as number) : 0 }),
    );
  });

const records = (stdout: string) => stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line));

let plain: Run;
let gzipped: Run;
let binary: Run;
let directory: Run;
let walked: Run;

/** The sample page as it is, gzipped, next to binary files, in a folder tree; each run as a user would. */
beforeAll(async () => {
  copyFileSync(SAMPLE_PAGE, join(dir, 'article.html'));
  writeFileSync(join(dir, 'article.html.gz'), gzipSync(readFileSync(SAMPLE_PAGE)));
  writeFileSync(join(dir, 'photo.html'), Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]));
  mkdirSync(join(dir, 'tree/deeper'), { recursive: true });
  writeFileSync(join(dir, 'tree/deeper/article.html.gz'), gzipSync(readFileSync(SAMPLE_PAGE)));
  writeFileSync(join(dir, 'tree/nul.html'), '<p>a\u0000b</p>');
  [plain, gzipped, binary, directory, walked] = await Promise.all([
    analyze([join(dir, 'article.html'), '--jsonl']),
    analyze([join(dir, 'article.html.gz'), '--jsonl']),
    analyze([join(dir, 'photo.html')]),
    analyze([join(dir, 'tree')]),
    analyze([join(dir, 'tree'), '--recursive', '--jsonl']),
  ]);
}, 120_000);

describe('the CLI on gzipped, binary and directory inputs', () => {
  it('analyses a gzipped page exactly as the page itself', () => {
    expect(gzipped.code).toBe(0);
    const [fromGzip] = records(gzipped.stdout);
    const [fromPlain] = records(plain.stdout);
    expect(fromGzip.quotes.length).toBeGreaterThan(0);
    // Everything but the source and the measured time is the same.
    const comparable = (record: Record<string, unknown>) => ({ ...record, source: '', timing: null });
    expect(comparable(fromGzip)).toEqual(comparable(fromPlain));
  });

  it('refuses a binary file with one line and a non-zero exit', () => {
    expect(binary.code).toBe(1);
    expect(binary.stdout).toBe('');
    expect(binary.stderr).toBe(`quotelens: ${join(dir, 'photo.html')}: not an HTML or text file (JPEG data)\n`);
  });

  it('refuses a directory without --recursive, naming the option', () => {
    expect(directory.code).toBe(1);
    expect(directory.stderr).toBe(`quotelens: ${join(dir, 'tree')} is a directory; pass --recursive to analyse the pages in it\n`);
  });

  it('walks a directory with --recursive: an analysis per page, an error record for the binary file', () => {
    const [deep, nul] = records(walked.stdout);
    expect(deep.source).toBe(join(dir, 'tree/deeper/article.html.gz'));
    expect(deep.quotes.length).toBeGreaterThan(0);
    expect(nul).toEqual({ source: join(dir, 'tree/nul.html'), error: `${join(dir, 'tree/nul.html')}: not an HTML or text file (binary data)`, kind: 'failed' });
    expect(walked.code).toBe(1);
  });
});
