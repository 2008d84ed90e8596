import { repairWindows1252 } from './windows-1252';

/**
 * Decodes a saved page as a browser would: byte-order mark first, then a charset declared in the
 * first bytes (meta charset or http-equiv, looked for in the first 256 KiB because some pages declare
 * it late), then a declared HTTP header charset, else UTF-8 when the bytes are valid UTF-8, else
 * windows-1252 (what browsers fall back to for legacy Western pages).
 */
export function decodeHtml(bytes: Uint8Array, headerCharset?: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeWith('utf-8', bytes.subarray(3));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2));
  const declared = headerCharset ?? sniffDeclaredCharset(bytes);
  if (declared) {
    const label = normaliseLabel(declared);
    // A page declared UTF-8 with a few stray bytes is still UTF-8 (browsers show a replacement character);
    // only a page that is not UTF-8 at all was mislabelled.
    if (label === 'utf-8') return mostlyUtf8(bytes) ? decodeWith('utf-8', bytes) : decodeWith('windows-1252', bytes);
    const text = tryDecode(label, bytes);
    if (text !== null) return text;
  }
  return mostlyUtf8(bytes) ? decodeWith('utf-8', bytes) : decodeWith('windows-1252', bytes);
}

/** Valid UTF-8, or UTF-8 with stray bytes: at least 10 well-formed non-ASCII characters per bad byte. */
function mostlyUtf8(bytes: Uint8Array): boolean {
  if (isValidUtf8(bytes)) return true;
  const text = new TextDecoder('utf-8').decode(bytes);
  let bad = 0;
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd) bad++;
    else if (code > 0x7f) good++;
  }
  return good >= bad * 10;
}

export function sniffDeclaredCharset(bytes: Uint8Array): string | null {
  // Some pages declare their charset late (after large inline scripts), so look well past the 1 KiB prescan.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 262144));
  const meta =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return meta ? meta[1] : null;
}

function normaliseLabel(label: string): string {
  const lower = label.trim().toLowerCase();
  // Browsers treat these as windows-1252, a superset that also decodes the C1 range sensibly.
  if (lower === 'iso-8859-1' || lower === 'latin1' || lower === 'us-ascii' || lower === 'ascii') return 'windows-1252';
  if (lower === 'utf8') return 'utf-8';
  return lower;
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return decodeWith(label, bytes);
  } catch {
    return null;
  }
}

function decodeWith(label: string, bytes: Uint8Array): string {
  const decoder = new TextDecoder(label);
  const text = decoder.decode(bytes);
  return decoder.encoding === 'windows-1252' ? repairWindows1252(text) : text;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
