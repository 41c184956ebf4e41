import { describe, expect, it } from 'vitest';
import { renderCountGrid } from '../../../src/lib/svg/count-grid.ts';

const render = () =>
  renderCountGrid(
    ['Pilot', 'Drift'],
    ['Formål', 'Makt'],
    [
      [
        { count: 0, href: undefined },
        { count: 3, href: '/eksempler/?fase=pilot&makt=2' },
      ],
      [
        { count: 8, href: '/eksempler/?fase=operation&formal=2' },
        { count: 1, href: undefined },
      ],
    ],
  );

describe('renderCountGrid', () => {
  it('matches the snapshot', async () => {
    await expect(render()).toMatchFileSnapshot('snapshots/count-grid.svg');
  });

  it('labels rows and columns, writes every count, links cells that have a filter and escapes hrefs', () => {
    const svg = render();
    for (const label of ['Pilot', 'Drift', 'Formål', 'Makt']) expect(svg).toContain(`>${label}</text>`);
    for (const count of [0, 3, 8, 1]) expect(svg).toContain(`>${count}</text>`);
    expect(svg.match(/<a href="/g)).toHaveLength(2);
    expect(svg).toContain('?fase=pilot&amp;makt=2');
  });

  it('writes the largest count white on the darkest shade', () => {
    expect(render()).toMatch(/fill="#ffffff">8<\/text>/);
  });
});
