/**
 * A base64 or base64url run as the bytes it encodes (one char per byte; UTF-16 of ASCII as that
 * ASCII), or null when it is not base64.
 */
export function decodeBase64(run: string): string | null {
  const standard = run.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (standard.length % 4 === 1) return null;
  try {
    return asciiOfUtf16(atob(standard + '='.repeat((4 - (standard.length % 4)) % 4)));
  } catch {
    return null;
  }
}

/**
 * Bytes that are UTF-16 of ASCII text (PowerShell's `-EncodedCommand`, .NET's `Encoding.Unicode`:
 * every other byte NUL, probe round 132) as that text; any other bytes as they are.
 */
function asciiOfUtf16(bytes: string): string {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return bytes;
  const nulFirst = bytes.charCodeAt(0) === 0;
  for (let i = nulFirst ? 0 : 1; i < bytes.length; i += 2) if (bytes.charCodeAt(i) !== 0) return bytes;
  return bytes.replace(/\0/g, '');
}
