import { AT_SIGN, type Detector, DIGIT } from './pii-class.ts';

/** Sites where a path names a person: a profile, or a repository under someone's account. */
const PROFILE_HOSTS =
  /^(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|linkedin\.com|[a-z]{2}\.linkedin\.com|twitter\.com|x\.com|mastodon\.[a-z.]+|[a-z0-9-]+\.social|bsky\.app|instagram\.com|facebook\.com|medium\.com|dev\.to|stackoverflow\.com|t\.me|keybase\.io|about\.me|behance\.net|dribbble\.com|kaggle\.com|leetcode\.com|hackerrank\.com|codepen\.io|npmjs\.com|gist\.github\.com)$/i;

/** Platforms people give handles on; near an `@name` they make it a handle, not a decorator. */
const PLATFORMS = String.raw`github|gitlab|twitter|x|linkedin|mastodon|bluesky|bsky|instagram|telegram|discord|threads|tiktok|stack\s?overflow|keybase|kaggle|leetcode`;
const PLATFORM_NEAR = new RegExp(
  String.raw`\b(?:${PLATFORMS}|x\.com|handle|follow(?:ed)?|dm|username)\b`,
  'i',
);

/** "my site is …", "find me at …", "I blog at …": the speaker's own page follows. */
const SELF_CUE =
  /\b(?:my\s+(?:own\s+|personal\s+)?(?:site|website|web\s?site|blog|portfolio|homepage|home\s?page|page|domain|profile|link|resume|cv)|(?:find|reach|see|contact|follow)\s+me|i\s+(?:blog|write|post|publish)\s+(?:at|on))\b[^.!?\n]{0,30}$/i;

const HANDLE = String.raw`@?([A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,38}[A-Za-z0-9_])?)`;
/** Words that follow "I'm … on GitHub" without being a handle. */
const NOT_A_HANDLE = new Set(
  'active also always big busy everywhere fairly known mostly not only pretty public quite rarely really there very visible well'.split(
    ' ',
  ),
);

/** Whether a URL or domain is personal: a profile path, a name in the domain, or "my site is". */
export function isPersonalUrl(value: string, text: string, start: number, names: readonly string[]): boolean {
  const withoutScheme = value.replace(/^https?:\/\//i, '');
  const slash = withoutScheme.indexOf('/');
  const host = (slash === -1 ? withoutScheme : withoutScheme.slice(0, slash)).toLowerCase();
  const path = slash === -1 ? '' : withoutScheme.slice(slash);
  if (PROFILE_HOSTS.test(host) && /[A-Za-z0-9]/.test(path)) return true;
  // "/~alice" (a university home page) and "/@alice" (Mastodon, Medium) name a person anywhere.
  if (/^\/(?:~|@)[\w.-]/.test(path)) return true;
  const labels = host
    .replace(/^www\./, '')
    .split('.')
    .slice(0, -1)
    .join('.');
  if (names.some((name) => name.length >= 3 && labels.includes(name))) return true;
  return SELF_CUE.test(text.slice(Math.max(0, start - 60), start));
}

/** Trailing sentence punctuation is not part of a URL. */
function trimUrl(value: string): string {
  return value.replace(/[.,;:!?]+$/, '');
}

/**
 * Contact details: email addresses, phone numbers, personal URLs (with or without a scheme) and
 * social handles. `names` are the transcript's people (lower-case name parts), which make a
 * domain personal ("alexrivera.dev").
 */
export function contactDetectors(names: readonly string[]): Detector[] {
  return [
    {
      cls: 'email',
      // Starts only where a run of address characters starts, so a long run cannot backtrack.
      pattern: /(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/dg,
      requires: AT_SIGN,
      priority: 90,
      key: (value) => value.toLowerCase(),
    },
    {
      cls: 'handle',
      // Mastodon: @user@instance.tld (before email, which would take user@instance).
      pattern: /(?<![\w@.])@[A-Za-z0-9_]{1,30}@(?:[a-z0-9-]{1,63}\.){1,4}[a-z]{2,24}\b/dgi,
      requires: AT_SIGN,
      priority: 95,
      key: (value) => value.toLowerCase(),
    },
    {
      cls: 'url',
      pattern: /(?<![\w@/.-])(?:https?:\/\/|www\.)[^\s<>()"'[\]{}]{1,300}/dgi,
      priority: 80,
      accept: (value, text, start) => isPersonalUrl(trimUrl(value), text, start, names),
      key: (value) => trimUrl(value).toLowerCase().replace(/\/+$/, ''),
    },
    {
      cls: 'url',
      // A bare domain, optionally with a path: only common web TLDs, so `setup.py`, `main.go`,
      // `index.js` and `os.path` are never read as domains.
      pattern:
        /(?<![\w@./-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,4}(?:com|net|org|io|dev|me|co|uk|de|se|dk|fr|es|it|nl|eu|ai|app|blog|page|site|tech|info|xyz|ch|no|fi|be|at|ie|ca|us|au|nz|name|online|codes|design|social)(?![\w-]|\.[a-z0-9])(?:\/[^\s<>()"'[\]{}]{0,200})?/dgi,
      priority: 70,
      accept: (value, text, start) => isPersonalUrl(trimUrl(value), text, start, names),
      key: (value) => trimUrl(value).toLowerCase().replace(/\/+$/, ''),
    },
    {
      cls: 'handle',
      // "@alexr" is a handle near a platform's name; "@Override" or "@app.route(" is code.
      pattern: /(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,38}[A-Za-z0-9_])?(?![\w@(]|\.\w)/dg,
      requires: AT_SIGN,
      priority: 60,
      accept: (_, text, start, end) =>
        PLATFORM_NEAR.test(text.slice(Math.max(0, start - 80), Math.min(text.length, end + 80))),
      key: (value) => value.replace(/^@/, '').toLowerCase(),
    },
    {
      cls: 'handle',
      // "my GitHub is alexr", "my Twitter handle: @alexr", "username: alex_r".
      pattern: new RegExp(
        String.raw`\b(?:my\s{1,3}(?:${PLATFORMS})(?:\s{1,3}(?:handle|username|user\s?name|account|profile|id|name))?|(?:handle|username|user\s?name))\s{0,3}(?:is|:|=|-)\s{0,3}${HANDLE}`,
        'dgi',
      ),
      group: 1,
      priority: 65,
      accept: (value) => !NOT_A_HANDLE.has(value.toLowerCase()),
      key: (value) => value.toLowerCase(),
    },
    {
      cls: 'handle',
      // "I'm alexr on GitHub".
      pattern: new RegExp(
        String.raw`\b(?:I['’]m|I\s+am|find\s+me\s+as|follow\s+me\s+as)\s{1,3}${HANDLE}\s{1,3}on\s{1,3}(?:${PLATFORMS})\b`,
        'dgi',
      ),
      group: 1,
      priority: 65,
      accept: (value) => !NOT_A_HANDLE.has(value.toLowerCase()),
      key: (value) => value.toLowerCase(),
    },
    {
      cls: 'phone',
      // Digits with the separators people write them with, e.g. +1 (415) 555-0132. At least 9
      // digits (checked in `accept`: the pattern counts characters), so dates ("2023-10-01",
      // "2015 - 2018") and figures are not phone numbers; at most 40 characters per match, so
      // the pattern is linear (two numbers run together are still hidden, as two). It may end
      // a sentence ("call 415.555.0132.") but not run into a version string or an IP address.
      pattern: /(?<![\w.])\+?\d[\d\s().-]{7,40}\d(?!\w|\.\d)/dg,
      requires: DIGIT,
      priority: 50,
      accept: (value) =>
        value.replace(/\D/g, '').length >= 9 && !/^\d{1,3}(?:\.\d{1,3}){3}$/.test(value.trim()),
      key: (value) => value.replace(/\D/g, ''),
    },
  ];
}
