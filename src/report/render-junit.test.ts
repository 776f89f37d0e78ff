import { describe, expect, it } from 'vitest';
import { FIXTURE_REPORT } from '../../test/report/fixture.ts';
import { withNastyItem } from '../../test/report/variants.ts';
import { renderJunit } from './render-junit.ts';

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

describe('renderJunit', () => {
  const xml = renderJunit(FIXTURE_REPORT);

  it('has one testsuite per transcript and one testcase per item', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')).toBe(true);
    expect(xml).toContain(
      '<testsuites name="rubricate interview-rubric" tests="12" failures="6" errors="0" skipped="2">',
    );
    expect(count(xml, /<testsuite /g)).toBe(3);
    expect(count(xml, /<testcase /g)).toBe(12);
    expect(xml).toContain('<testsuite name="bob-okafor" tests="4" failures="3" errors="0" skipped="0">');
  });

  it('fails items needing review with their reasons and skips items not asked', () => {
    expect(count(xml, /<failure /g)).toBe(6);
    expect(count(xml, /<skipped /g)).toBe(2);
    expect(xml).toContain(
      '<failure message="Judge output invalid; Judge failed; Fewer judges than configured" type="judge_output_invalid,judge_failed,panel_reduced">',
    );
    expect(xml).toContain('Quote “we only ever run one instance anyway” does not occur in the answer.');
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    const nasty = renderJunit(withNastyItem());
    expect(nasty).toContain(
      '<testsuite name="x|y\n&lt;b&gt;&amp;&quot;quoted&quot;&apos;&lt;/b&gt; ]]&gt;  =cmd()"',
    );
    expect(nasty).not.toContain('\u0001');
    expect(nasty).not.toContain('<b>');
    // Every `<` that remains opens one of our own elements.
    const tags = new Set([...nasty.matchAll(/<\/?([a-z?-]+)/g)].map((m) => m[1]));
    expect(tags).toEqual(
      new Set(['?xml', 'testsuites', 'testsuite', 'testcase', 'failure', 'skipped', 'system-out']),
    );
  });
});
