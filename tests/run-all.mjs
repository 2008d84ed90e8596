#!/usr/bin/env node
// The project's test command: builds both browser packages (the browser tests load them), runs every
// vitest project (unit + browser) and ends with the one summary line CI reads: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const report = join(root, 'test-results', 'vitest.json');
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: false }).status ?? 1;

mkdirSync(join(root, 'test-results'), { recursive: true });
rmSync(report, { force: true });

const extraArgs = process.argv.slice(2);
const built = run('npm', ['run', '-s', 'build']);
if (built !== 0) {
  console.error('quotelens: the extension did not build; browser tests cannot run');
}
const status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extraArgs]);

let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const result = JSON.parse(readFileSync(report, 'utf8'));
  passed = result.numPassedTests ?? 0;
  failed = (result.numFailedTests ?? 0) + (result.numRuntimeErrorTestSuites ?? 0);
  // A test file that fails to load counts as a failure even though it reports no tests.
  for (const file of result.testResults ?? []) if (file.status === 'failed' && !(file.assertionResults ?? []).length) failed++;
} else {
  failed = 1;
}
if (built !== 0) failed++;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed || status !== 0 ? 1 : 0);
