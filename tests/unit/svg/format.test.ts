import { describe, expect, it } from 'vitest';
import { clamp, escapeXml, n, round1 } from '../../../src/lib/svg/format.ts';

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('escapes an ampersand once, so existing entities are not mistaken for markup', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });

  it('leaves Norwegian, Danish and Swedish letters and numbers as they are', () => {
    expect(escapeXml('Hälsolabb – Æ Ø Å «sitat»')).toBe('Hälsolabb – Æ Ø Å «sitat»');
    expect(escapeXml(6)).toBe('6');
  });
});

describe('round1 and n', () => {
  it('round to one decimal and never give «-0»', () => {
    expect(round1(57.818)).toBe(57.8);
    expect(round1(2.25)).toBe(2.3);
    expect(Object.is(round1(-0.04), 0)).toBe(true);
    expect(n(-0.04)).toBe('0');
    expect(n(400)).toBe('400');
    expect(n(17.075)).toBe('17.1');
  });
});

describe('clamp', () => {
  it('keeps a value inside [min, max]', () => {
    expect(clamp(-3, 0, 10)).toBe(0);
    expect(clamp(12, 0, 10)).toBe(10);
    expect(clamp(4.5, 0, 10)).toBe(4.5);
  });
});
