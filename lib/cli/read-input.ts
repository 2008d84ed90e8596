import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { InputError } from './input-error';

/** A saved page's bytes once any gzip layer is gone, and the name that says what kind of file it is. */
export interface InputBytes {
  bytes: Uint8Array;
  /** The path without a trailing `.gz`: `page.txt.gz` is a text file, `page.html.gz` a page. */
  innerName: string;
}

/** How far into a file we look for signs of binary content: a page's head says enough. */
const SNIFF_BYTES = 65536;

/**
 * Share of control bytes (NUL and the other C0 codes text never uses) above which a file is binary.
 * Real pages carry a few stray NULs (one German page of trafilatura's set has 22 in its first 64 KiB,
 * 0.03 %), which browsers render as nothing; binary formats are full of them (random bytes: 1 in 8).
 */
const CONTROL_SHARE_BINARY = 0.01;

/**
 * Magic numbers of the binary formats a user is likely to hand over by mistake (a PDF, an image, an
 * archive, an office document). They are checked even without NUL bytes in the first bytes.
 */
const BINARY_SIGNATURES: [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP', [0x50, 0x4b, 0x03, 0x04]],
  ['bzip2', [0x42, 0x5a, 0x68]],
  ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['zstd', [0x28, 0xb5, 0x2f, 0xfd]],
  ['ELF', [0x7f, 0x45, 0x4c, 0x46]],
];

const GZIP_MAGIC = [0x1f, 0x8b];

/**
 * Reads a file for the analyser: gunzips it when it is gzip (by its magic number, whatever its name:
 * crawls often store `.html` files compressed), and refuses bytes that are not text, which would
 * otherwise be "read" as a page of mojibake full of false quotes.
 */
export async function readInputBytes(path: string): Promise<InputBytes> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`no such file: ${path}`);
    if (code === 'EISDIR') throw new InputError(`${path} is a directory; pass --recursive to analyse the pages in it`);
    throw new InputError(`cannot read ${path} (${code ?? (error as Error).message})`);
  }
  const innerName = path.replace(/\.gz$/i, '');
  if (startsWith(bytes, GZIP_MAGIC)) {
    try {
      bytes = gunzipSync(bytes);
    } catch (error) {
      throw new InputError(`${path}: not an HTML or text file (damaged gzip: ${(error as Error).message.split('\n')[0]})`);
    }
  }
  const binary = binaryKind(bytes);
  if (binary) throw new InputError(`${path}: not an HTML or text file (${binary})`);
  return { bytes, innerName };
}

/**
 * Names the binary format of the bytes, or null for text. UTF-16 text (which a byte-order mark
 * announces) is full of NUL bytes and is text all the same.
 */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [name, signature] of BINARY_SIGNATURES) if (startsWith(bytes, signature)) return `${name} data`;
  if (startsWith(bytes, GZIP_MAGIC)) return 'gzip inside gzip';
  if (startsWith(bytes, [0xfe, 0xff]) || startsWith(bytes, [0xff, 0xfe])) return null;
  const end = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < end; i++) if (isControlByte(bytes[i])) control++;
  return control > 0 && control >= end * CONTROL_SHARE_BINARY ? 'binary data' : null;
}

/** C0 control codes other than tab, newline, form feed, carriage return and escape. */
function isControlByte(byte: number): boolean {
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}
