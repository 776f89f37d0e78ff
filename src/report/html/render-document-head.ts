import { escapeHtml } from '../escape-html.ts';
import { contentSecurityPolicy } from './content-security-policy.ts';

/**
 * The opening of a self-contained, script-free page (the calibration and eval pages): a CSP that
 * forbids every fetch, no referrer, the page's own styles, up to the opening `<body>`.
 */
export function renderDocumentHead(title: string, styles: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(null)}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${styles}</style>
</head>
<body>`;
}
