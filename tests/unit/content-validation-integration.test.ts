import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { fileURLToPath } from 'node:url';
import { contentValidation } from '../../src/integrations/content-validation.ts';

const fixture = (name: string) => pathToFileURL(fileURLToPath(new URL(`../fixtures/${name}/`, import.meta.url)));

/** Calls the integration's config hook the way Astro does, collecting what it logs. */
function runHook(root: URL, command: 'build' | 'dev') {
  const logged: string[] = [];
  const logger = { error: (m: string) => logged.push(m), warn: (m: string) => logged.push(m), info: () => {}, debug: () => {} };
  const hook = contentValidation().hooks['astro:config:setup'] as (options: unknown) => void;
  const run = () => hook({ config: { root }, command, logger });
  return { run, logged };
}

describe('the build runs the editors’ validator', () => {
  it('fails `astro build` on broken content, logging every problem in the validator format', () => {
    const { run, logged } = runHook(fixture('broken'), 'build');
    expect(run).toThrow(/problem\(er\) i innholdet/);
    expect(logged.some((l) => l.startsWith('content/initiatives/bad-fields.mdx:12: phase: ugyldig verdi «drfit»'))).toBe(true);
    expect(logged.length).toBeGreaterThan(20);
  });

  it('only warns in `astro dev`, so an editor can keep previewing while fixing', () => {
    const { run, logged } = runHook(fixture('broken'), 'dev');
    expect(run).not.toThrow();
    expect(logged.at(-1)).toMatch(/npm run validate/);
  });

  it('is silent for valid content', () => {
    const { run, logged } = runHook(fixture('valid'), 'build');
    expect(run).not.toThrow();
    expect(logged).toEqual([]);
  });
});
