import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../src/lib/svg/escape-xml.ts';

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('escapes an ampersand once, so existing entities are not mistaken for markup', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });

  it('leaves Norwegian, Danish and Swedish letters and numbers as they are', () => {
    expect(escapeXml('Hälsolabb – Æ Ø Å «sitat»')).toBe('Hälsolabb – Æ Ø Å «sitat»');
    expect(escapeXml(6)).toBe('6');
  });
});
