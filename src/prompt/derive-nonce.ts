import { createHmac } from 'node:crypto';
import { RubricateError } from '../errors.ts';

/**
 * The answer delimiter's nonce: HMAC-SHA256(secret, `itemKey#sample`), hex, first 16 chars. The
 * candidate cannot predict it (they never see the secret), so text in the answer cannot forge the
 * closing tag; it is stable for the same item and sample, so retries, the cache and `--resume`
 * send byte-identical requests.
 */
export function deriveNonce(secret: string, itemKey: string, sample: number): string {
  if (secret === '') {
    throw new RubricateError(
      'internal',
      'Expected a non-empty nonce secret, got an empty string (the nonce would be predictable)',
    );
  }
  return createHmac('sha256', secret).update(`${itemKey}#${sample}`).digest('hex').slice(0, 16);
}
