import { describe, expect, it } from 'vitest';
import { lineFingerprint } from '@/lib/analysis/boilerplate/fingerprint';

describe('lineFingerprint', () => {
  it.each([
    ['© 2024 Harbour Media. All rights reserved.', '© 2025 Harbour Media — all rights reserved'],
    ['Sign up for our newsletter!', '  sign up for our NEWSLETTER  '],
    ['Read more: flood defences', 'Read more — flood defences'],
  ])('same line: %s', (a, b) => {
    expect(lineFingerprint(a)).toBe(lineFingerprint(b));
  });

  it.each([
    ['Sign up for our newsletter', 'Sign up for our podcast'],
    ['The bridge opened in May.', 'The bridge closed in May.'],
  ])('different lines: %s', (a, b) => {
    expect(lineFingerprint(a)).not.toBe(lineFingerprint(b));
  });

  it('is a short hex key', () => {
    expect(lineFingerprint('Advertisement')).toMatch(/^[0-9a-f]{16}$/);
  });
});
