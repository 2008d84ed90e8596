import { parseColor, themeOfLayers, type PageTheme } from './page-theme';

/**
 * The theme of the background behind `node` (a text node of the article, or its container): the
 * computed background colours from its element up to the root, decided by page-theme.ts.
 */
export function pageThemeAt(node: Node, view: Window | null = node.ownerDocument?.defaultView ?? null): PageTheme {
  let element: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!view || !element) return 'light';
  const textColor = view.getComputedStyle(element).color;
  const layers: string[] = [];
  for (; element; element = element.parentElement) {
    const background = view.getComputedStyle(element).backgroundColor;
    layers.push(background);
    // Ancestors behind an opaque layer cannot show through it: no need to ask for their styles.
    if (parseColor(background)?.a === 1) break;
  }
  return themeOfLayers(layers, textColor);
}
