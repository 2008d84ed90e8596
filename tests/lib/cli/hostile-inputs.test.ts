import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '@/lib/analysis/types';
import { contractProblems } from '../../support/contract';
import { hostileCases } from '../../support/hostile-pages';

const cases = hostileCases();
const dir = mkdtempSync(join(tmpdir(), 'quotelens-hostile-'));
let records = new Map<string, Analysis | { error: string }>();
let stderr = '';
let exitCode: number | null = null;

/** One CLI batch over every case, as a researcher would run it. */
beforeAll(async () => {
  for (const c of cases) {
    if (c.file === 'a-directory') mkdirSync(join(dir, c.file));
    else writeFileSync(join(dir, c.file), c.content);
  }
  const files = cases.map((c) => join(dir, c.file));
  const result = await new Promise<{ stdout: string; stderr: string; code: number | null }>((resolve) => {
    execFile('npx', ['tsx', 'lib/cli/analyze.ts', '--jsonl', '--timeout', '60', ...files], { maxBuffer: 1 << 30 }, (error, stdout, stderr) =>
      resolve({ stdout, stderr, code: error ? (error.code as number) : 0 }),
    );
  });
  stderr = result.stderr;
  exitCode = result.code;
  records = new Map(result.stdout.split('\n').filter(Boolean).map((line) => {
    const record = JSON.parse(line);
    return [record.source, record];
  }));
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the CLI on hostile inputs (one batch)', () => {
  it('answers every input with one record, in order, and says in its exit status that some failed', () => {
    expect([...records.keys()]).toEqual(cases.map((c) => join(dir, c.file)));
    // The directory cannot be read at all: a failure, so the batch exits 1 (pages with no article alone would not).
    expect((records.get(join(dir, 'a-directory')) as { kind?: string }).kind).toBe('failed');
    expect(exitCode).toBe(1);
  });

  it('never prints a stack trace', () => {
    expect(stderr).not.toMatch(/^\s+at /m);
    for (const line of stderr.trim().split('\n')) expect(line).toMatch(/^quotelens: /);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const found = records.get(join(dir, c.file));
    expect(found).toBeDefined();
    const record = found!;
    if ('error' in record) {
      expect(c.expect).not.toBe('analysis');
      expect(record.error).not.toContain('\n');
      expect(['no-article', 'failed']).toContain((record as { kind?: string }).kind);
      return;
    }
    expect(c.expect).not.toBe('error');
    expect(contractProblems(record)).toEqual([]);
    c.check?.(record);
  });
});
