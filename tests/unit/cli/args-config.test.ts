// The command line (src/cli/args.ts) and finding the config file (src/cli/config.ts).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArguments } from '../../../src/cli/args';
import { findConfigFile, loadConfig } from '../../../src/cli/config';

describe('parseArguments', () => {
  it('reads switches, values in both spellings, grouped short switches and -- ', () => {
    expect(parseArguments(['check', '-qh', '--format=json', '--thread', 't.txt', '-', '--', '--literal'])).toEqual({
      options: { quiet: true, help: true, format: 'json', thread: 't.txt' },
      positionals: ['check', '-', '--literal'],
    });
  });

  it("throws Attune's own messages, not node's", () => {
    expect(() => parseArguments(['--foo'])).toThrow('Unknown option --foo.');
    expect(() => parseArguments(['--foo=1'])).toThrow('Unknown option --foo.');
    expect(() => parseArguments(['-z'])).toThrow('Unknown option -z.');
    expect(() => parseArguments(['--thread'])).toThrow('Option --thread needs a value (a file).');
    expect(() => parseArguments(['--config', '--quiet'])).toThrow(/needs a value/);
    expect(() => parseArguments(['--constructor'])).toThrow('Unknown option --constructor.');
  });
});

describe('findConfigFile', () => {
  const root = mkdtempSync(join(tmpdir(), 'attune-config-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('walks up from the directory to the root and takes the nearest .attunerc.json', async () => {
    mkdirSync(join(root, 'a/b/c'), { recursive: true });
    writeFileSync(join(root, '.attunerc.json'), JSON.stringify({ strictness: 'gentle', rules: { 'mi/closed-question': 'off' } }));
    expect(findConfigFile(join(root, 'a/b/c'))).toBe(join(root, '.attunerc.json'));
    writeFileSync(join(root, 'a/.attunerc.json'), JSON.stringify({ register: 'formal' }));
    expect(findConfigFile(join(root, 'a/b/c'))).toBe(join(root, 'a/.attunerc.json'));
    mkdirSync(join(root, 'a/b/.attunerc.json')); // a directory of that name is not a config
    expect(findConfigFile(join(root, 'a/b/c'))).toBe(join(root, 'a/.attunerc.json'));

    const config = await loadConfig(join(root, '.attunerc.json'));
    expect(config.engine).toEqual({ strictness: 'gentle' });
    expect([...config.rules]).toEqual([['mi/closed-question', 'off']]);
  });

  it('finds nothing when no folder up to the root has one', () => {
    const lonely = mkdtempSync(join(tmpdir(), 'attune-no-config-'));
    try {
      const found = findConfigFile(lonely);
      // Only a config placed above the temp folder by someone else could be found.
      if (found) expect(found.startsWith(lonely)).toBe(false);
      else expect(found).toBeNull();
    } finally {
      rmSync(lonely, { recursive: true, force: true });
    }
  });
});
