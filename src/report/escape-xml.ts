const XML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** The XML 1.0 `Char` production: what a document may hold at all, even as a reference. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/**
 * Escapes text for XML content and attribute values, dropping characters XML 1.0 cannot hold
 * (C0 controls, lone surrogates, U+FFFE/U+FFFF). Hand-written: five entities and one character
 * class are the whole job, a library would add nothing.
 */
export function escapeXml(text: string): string {
  let out = '';
  // Iterating by code point keeps surrogate pairs together and yields lone ones on their own.
  for (const char of text) {
    if (!isXmlChar(char.codePointAt(0) ?? 0)) continue;
    out += XML_ENTITIES[char] ?? char;
  }
  return out;
}
