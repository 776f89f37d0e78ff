import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './run-cli.ts';

describe('rubricate config --print', () => {
  it('shows every key with its source: flag-less precedence env > file > default', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'rubricate.config.yaml'), 'concurrency: 6\nsamples: 2\n');
    const { code, stdout } = await cli(['config', '--print', '--json'], {
      cwd: dir,
      env: { RUBRICATE_SAMPLES: '5', OPENAI_API_KEY: 'sk-secret-value-123' },
    });
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.values.concurrency).toBe(6);
    expect(json.sources.concurrency).toBe('file');
    expect(json.values.samples).toBe(5);
    expect(json.sources.samples).toBe('env');
    expect(json.sources.timeoutMs).toBe('default');
    expect(json.values.judge).toMatch(/^openai/);
    // The key is never shown, not even in part.
    expect(stdout).not.toContain('sk-');
    expect(stdout).not.toContain('123');
  });

  it('an unknown key in the config file is exit 2 naming it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'rubricate.config.yaml'), 'concurency: 6\n');
    const { code, stderr } = await cli(['config'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain('concurency');
  });

  it('an API key in the config file is refused', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'rubricate.config.yaml'), 'apiKey: sk-nope\n');
    const { code, stderr } = await cli(['config'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/OPENAI_API_KEY/);
    expect(stderr).not.toContain('sk-nope');
  });
});
