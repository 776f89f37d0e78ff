/**
 * Removes an API key from text that may echo it (some endpoints quote the key in a 401 message),
 * plus anything shaped like an OpenAI key, so no error message or record can carry a secret.
 */
export function redactSecret(text: string, secret: string | undefined): string {
  let out = text;
  if (secret !== undefined && secret.length >= 4) out = out.split(secret).join('[REDACTED]');
  return out.replace(/\bsk-[A-Za-z0-9_-]{6,}/g, 'sk-[REDACTED]');
}
