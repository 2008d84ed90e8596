/**
 * A download name from the article title: letters and digits of any script kept, everything else
 * (path separators, dots, control characters) folded to single dashes, bounded in length.
 */
export function exportFileName(title: string, date: string, extension: 'json' | 'csv'): string {
  const slug = title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const safeDate = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '';
  return `${['quotelens', slug, safeDate].filter(Boolean).join('-')}.${extension}`;
}
