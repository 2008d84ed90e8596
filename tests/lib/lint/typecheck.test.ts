import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('the whole project', () => {
  it('type-checks (tsc --noEmit over entrypoints, components, lib and tests)', async () => {
    const output = await new Promise<string>((resolve) => {
      execFile('npx', ['tsc', '--noEmit', '--pretty', 'false'], { maxBuffer: 1 << 26 }, (error, stdout, stderr) =>
        resolve(error ? `${stdout}${stderr}` || String(error) : ''),
      );
    });
    expect(output).toBe('');
  }, 180_000);
});
