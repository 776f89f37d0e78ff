import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy of our single-file pages: only the page's own inline script may run
 * (allowed by its sha256, so markup that slipped through escaping cannot add one), styles are
 * inline, images only `data:`, and `default-src 'none'` blocks every fetch, so the page stays
 * offline. Pass the exact text placed inside the `<script>` element.
 */
export function contentSecurityPolicy(script: string | null): string {
  const scriptSrc =
    script === null ? "'none'" : `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
  return `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src ${scriptSrc}; base-uri 'none'; form-action 'none'`;
}
