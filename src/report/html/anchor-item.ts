/**
 * A unique, URL-safe element id for an item key: letters, digits and `-` stay, anything else
 * becomes `_<hex>_`, so distinct keys never collide and links need no further escaping.
 */
export function anchorItem(key: string): string {
  return `item-${key.replace(/[^A-Za-z0-9-]/gu, (char) => `_${(char.codePointAt(0) ?? 0).toString(16)}_`)}`;
}
