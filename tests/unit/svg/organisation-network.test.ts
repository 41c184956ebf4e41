import { describe, expect, it } from 'vitest';
import { layoutNetwork } from '../../../src/lib/organisations/network.ts';
import { renderNetworkSvg } from '../../../src/lib/svg/organisation-network.ts';
import { smallNetwork as input } from '../../fixtures/organisations/small-network.ts';

describe('renderNetworkSvg', () => {
  const svg = renderNetworkSvg(
    layoutNetwork({ ...input, organisationLabels: new Map([...input.organisationLabels, ['nav', 'NAV <b>&</b>']]) }),
  );

  it('draws one circle per entry, one square per organisation and one line per link', () => {
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg.match(/<rect /g)).toHaveLength(3);
    expect(svg.match(/<line /g)).toHaveLength(6);
  });

  it('escapes labels, is hidden from assistive technology and has no style attribute (CSP)', () => {
    expect(svg).toContain('NAV &lt;b&gt;&amp;&lt;/b&gt;');
    expect(svg).toMatch(/^<svg [^>]*aria-hidden="true"/);
    expect(svg).not.toMatch(/style=/);
  });
});

describe('renderNetworkSvg coordinates', () => {
  it('writes every number with at most one decimal, so the SVG is stable and small', () => {
    const svg = renderNetworkSvg(layoutNetwork(input));
    for (const [, value] of svg.matchAll(/ (?:x|y|x1|y1|x2|y2|cx|cy)="([^"]+)"/g))
      expect(value).toMatch(/^-?\d+(\.\d)?$/);
  });
});
