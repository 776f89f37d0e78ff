import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { cli, ROOT, tempDir } from '../cli/run-cli.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../fake-openai/server.ts';
import { RUBRIC, TEST_API_KEY } from './helpers.ts';

const TRANSCRIPT = join(ROOT, 'transcripts/01-backend-senior-alex-rivera.txt');
const servers: FakeOpenAI[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A fake endpoint that records the Authorization header and the text of every request. */
async function endpoint() {
  const seen = { auth: [] as string[], text: [] as string[] };
  const server = await startFakeOpenAI({
    policy: ({ authorization, info }) => {
      seen.auth.push(authorization ?? '');
      seen.text.push(info.messages.map((m) => m.content).join('\n'));
      return { kind: 'verdict', rating: 3 };
    },
  });
  servers.push(server);
  return { server, seen };
}

function workDir(config: Record<string, unknown>): string {
  const dir = tempDir('rubricate-trust-');
  const base = { retryBaseMs: 10, retryMaxMs: 50, timeoutMs: 2000, cacheDir: join(dir, 'cache') };
  writeFileSync(join(dir, 'rubricate.config.yaml'), stringify({ ...base, ...config }));
  return dir;
}

const score = (dir: string, args: readonly string[], env: Record<string, string> = {}) =>
  cli(['score', TRANSCRIPT, '--rubric', RUBRIC, '--out', join(dir, 'run'), '--judge', 'openai', ...args], {
    cwd: dir,
    env: { OPENAI_API_KEY: TEST_API_KEY, ...env },
  });

describe('a config file cannot pick the endpoint or turn redaction off on its own', () => {
  it('refuses a baseUrl from the config file: exit 2, no call, no key sent, no run directory', async () => {
    const evil = await endpoint();
    const dir = workDir({ baseUrl: evil.server.baseUrl });
    const { code, stderr } = await score(dir, []);
    expect(code).toBe(2);
    expect(stderr).toContain('rubricate.config.yaml sets `baseUrl: ');
    expect(stderr).toContain('127.0.0.1');
    expect(stderr).toContain('--trust-config');
    expect(stderr).toContain('RUBRICATE_TRUST_CONFIG=1');
    expect(stderr).toContain('--base-url');
    expect(evil.server.log).toHaveLength(0);
    expect(existsSync(join(dir, 'run'))).toBe(false);
  });

  it.each<[string, readonly string[], Record<string, string>]>([
    ['--trust-config', ['--trust-config'], {}],
    ['RUBRICATE_TRUST_CONFIG=1', [], { RUBRICATE_TRUST_CONFIG: '1' }],
  ])('accepts it with %s, and says so on stderr before any call', async (_, args, env) => {
    const target = await endpoint();
    const dir = workDir({ baseUrl: target.server.baseUrl });
    const { code, stderr } = await score(dir, args, env);
    expect(code, stderr).toBe(0);
    expect(target.server.log.length).toBeGreaterThan(0);
    expect(stderr).toMatch(
      /^rubricate: rubricate\.config\.yaml sets `baseUrl: .*accepted by --trust-config/m,
    );
  });

  it('a host named by flag or environment wins over the file, which then receives nothing', async () => {
    const evil = await endpoint();
    const good = await endpoint();
    const dir = workDir({ baseUrl: evil.server.baseUrl });
    const byFlag = await score(dir, ['--base-url', good.server.baseUrl]);
    expect(byFlag.code, byFlag.stderr).toBe(0);
    const byEnv = await cli(
      ['score', TRANSCRIPT, '--rubric', RUBRIC, '--out', join(dir, 'run2'), '--judge', 'openai'],
      { cwd: dir, env: { OPENAI_API_KEY: TEST_API_KEY, OPENAI_BASE_URL: good.server.baseUrl } },
    );
    expect(byEnv.code, byEnv.stderr).toBe(0);
    expect(evil.server.log).toHaveLength(0);
    expect(good.seen.auth.length).toBeGreaterThan(0);
    expect(good.seen.auth.every((a) => a === `Bearer ${TEST_API_KEY}`)).toBe(true);
    expect(`${byFlag.stderr}${byEnv.stderr}`).not.toContain('--trust-config');
  });

  it('refuses `redact: false` from the file; with trust, announces it', async () => {
    const target = await endpoint();
    const dir = workDir({ redact: false });
    const refused = await score(dir, ['--base-url', target.server.baseUrl]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('sets `redact: false`');
    expect(target.server.log).toHaveLength(0);
    const accepted = await score(dir, ['--base-url', target.server.baseUrl, '--trust-config']);
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(accepted.stderr).toMatch(/redact: false.*accepted by --trust-config/);
    // `--no-redact` on the command line is the user's own word: no refusal.
    const byFlag = await cli(
      ['score', TRANSCRIPT, '--rubric', RUBRIC, '--out', join(dir, 'run3'), '--no-redact'],
      { cwd: dir, env: { OPENAI_API_KEY: TEST_API_KEY, OPENAI_BASE_URL: target.server.baseUrl } },
    );
    expect(byFlag.code, byFlag.stderr).toBe(0);
  });

  it('the offline judge sends nothing, so a file baseUrl needs no trust there', async () => {
    const dir = workDir({ baseUrl: 'https://evil.example/v1' });
    const { code, stderr } = await cli(
      ['score', TRANSCRIPT, '--rubric', RUBRIC, '--out', join(dir, 'run'), '--judge', 'heuristic'],
      { cwd: dir, env: { OPENAI_API_KEY: TEST_API_KEY } },
    );
    expect(code, stderr).toBe(0);
  });
});

describe('an eval suite.yaml is a file too', () => {
  function suite(lines: readonly string[]): string {
    const dir = tempDir('rubricate-suite-');
    mkdirSync(join(dir, 'suite'));
    copyFileSync(RUBRIC, join(dir, 'suite', 'rubric.md'));
    copyFileSync(TRANSCRIPT, join(dir, 'suite', 'alex.txt'));
    mkdirSync(join(dir, 'outside'));
    writeFileSync(
      join(dir, 'outside', 'secret.txt'),
      'Interviewer: what is the root password?\nCandidate: hunter2\n',
    );
    writeFileSync(join(dir, 'suite', 'suite.yaml'), `${lines.join('\n')}\n`);
    writeFileSync(join(dir, 'suite', 'labels.csv'), 'transcript,question,rating\nalex,q1,3\n');
    return dir;
  }

  it('refuses a suite baseUrl without trust, and sends nothing', async () => {
    const evil = await endpoint();
    const dir = suite([
      'rubric: rubric.md',
      'transcripts: alex.txt',
      'judge: openai',
      `baseUrl: ${evil.server.baseUrl}`,
    ]);
    const { code, stderr } = await cli(['eval', 'suite', '--out', 'out', '--quiet'], {
      cwd: dir,
      env: { OPENAI_API_KEY: TEST_API_KEY },
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/suite\/suite\.yaml sets `baseUrl: /);
    expect(evil.server.log).toHaveLength(0);
    const trusted = await cli(['eval', 'suite', '--out', 'out2', '--quiet', '--trust-config'], {
      cwd: dir,
      env: { OPENAI_API_KEY: TEST_API_KEY },
    });
    expect(trusted.stderr).toMatch(/accepted by --trust-config/);
    expect(evil.server.log.length).toBeGreaterThan(0);
  });

  it.each([
    ['a glob climbing out', ['transcripts:', '  - alex.txt', '  - ../outside/*.txt']],
    ['an absolute transcript path', ['transcripts:', '  - alex.txt', '  - OUTSIDE/secret.txt']],
    ['a rubric outside', ['transcripts: alex.txt'], '../outside/secret.txt'],
  ])('refuses %s, reading nothing of it', async (_, transcripts, rubric = 'rubric.md') => {
    const dir = suite([]);
    const lines = [`rubric: ${rubric}`, ...transcripts, 'judge: heuristic'].map((l) =>
      l.replace('OUTSIDE', join(dir, 'outside')),
    );
    writeFileSync(join(dir, 'suite', 'suite.yaml'), `${lines.join('\n')}\n`);
    const { code, stdout, stderr } = await cli(['eval', 'suite', '--out', 'out', '--quiet'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/outside the suite directory/);
    expect(stderr).toContain('--trust-config');
    expect(`${stdout}${stderr}`).not.toContain('hunter2');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('reads outside paths once trusted, and says so', async () => {
    const dir = suite([
      'rubric: rubric.md',
      'transcripts:',
      '  - alex.txt',
      '  - ../outside/*.txt',
      'judge: heuristic',
    ]);
    const { stderr } = await cli(['eval', 'suite', '--out', 'out', '--quiet', '--trust-config'], {
      cwd: dir,
    });
    expect(stderr).toMatch(
      /\.\.\/outside\/\*\.txt` reach outside the suite directory \(accepted by --trust-config\)/,
    );
    expect(readFileSync(join(dir, 'out', 'run', 'run.json'), 'utf8')).toContain('outside/secret.txt');
  });
});
