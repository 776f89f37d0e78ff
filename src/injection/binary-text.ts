/**
 * Text written as bytes in binary ("01010010 01000001 01010100 01000101 …"): six or more groups
 * of eight bits set apart by spaces. A bit mask or a register dump is one or two groups, or
 * decodes to no readable text (`findEncoded` reads only what decodes to words).
 */
export const BINARY_SEEN = /[01]{8}[ \t]{1,3}[01]{8}/;
export const BINARY_RUN = /(?<![01])(?:[01]{8}[ \t]{1,3}){5,}[01]{8}(?![01])/g;

export function decodeBinary(run: string): string {
  return run
    .trim()
    .split(/[ \t]+/)
    .map((bits) => String.fromCharCode(Number.parseInt(bits, 2)))
    .join('');
}
