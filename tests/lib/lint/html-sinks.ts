import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Issue 6, "text stays text": the places where a string becomes markup or code. Page text must
 * never reach one, so none may appear in the extension's source at all.
 */
export const HTML_SINKS: { name: string; pattern: RegExp }[] = [
  { name: 'innerHTML', pattern: /\binnerHTML\b/ },
  { name: 'outerHTML assignment', pattern: /\bouterHTML\s*(?:\+?=)(?!=)/ },
  { name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\b/ },
  { name: 'dangerouslySetInnerHTML', pattern: /\bdangerouslySetInnerHTML\b/ },
  { name: 'document.write', pattern: /\bdocument\s*\.\s*write(?:ln)?\s*\(/ },
  { name: 'eval', pattern: /(?<![\w.$])eval\s*\(/ },
  { name: 'new Function', pattern: /\bnew\s+Function\s*\(/ },
  { name: 'string timer', pattern: /\bset(?:Timeout|Interval)\s*\(\s*['"`]/ },
  // A URL with code after the scheme; the bare scheme string ('javascript:') is how a block list of
  // schemes names it, and carries no code.
  { name: 'javascript: URL', pattern: /javascript\s*:(?!['"`])/i },
  { name: 'createContextualFragment', pattern: /\bcreateContextualFragment\b/ },
  { name: 'srcdoc', pattern: /\bsrcdoc\b/ },
];

export interface SinkHit {
  file: string;
  line: number;
  sink: string;
  text: string;
}

/** Every sink in one file's source, with its line number. */
export function findSinks(source: string, file: string): SinkHit[] {
  const hits: SinkHit[] = [];
  source.split('\n').forEach((text, i) => {
    for (const { name, pattern } of HTML_SINKS) {
      if (pattern.test(text)) hits.push({ file, line: i + 1, sink: name, text: text.trim() });
    }
  });
  return hits;
}

const SOURCE = /\.(?:ts|tsx|js|jsx|mjs|html)$/;

/** Source files under `dirs` (relative to `root`), recursively. */
export function sourceFiles(root: string, dirs: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (SOURCE.test(name)) out.push(relative(root, path));
    }
  };
  for (const dir of dirs) walk(join(root, dir));
  return out.sort();
}

export function scanSources(root: string, dirs: string[]): SinkHit[] {
  return sourceFiles(root, dirs).flatMap((file) => findSinks(readFileSync(join(root, file), 'utf8'), file));
}

export const describeHits = (hits: SinkHit[]) => hits.map((h) => `${h.file}:${h.line}: ${h.sink}: ${h.text}`).join('\n');
