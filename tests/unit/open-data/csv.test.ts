import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3-dsv';
import { writeCsv, BOM } from '../../../src/lib/open-data/csv.ts';

describe('writeCsv', () => {
  const tricky = ['sier «hei», og "ja"', 'a;b;c', 'linje 1\nlinje 2', 'æøå ÆØÅ', ''];
  const csv = writeCsv(['a', 'b', 'c', 'd', 'e'], [tricky]);

  it('starts with a UTF-8 byte order mark so Excel reads æøå', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('ends every record with CRLF (RFC 4180) and separates fields with commas', () => {
    expect(csv.slice(1)).toBe('a,b,c,d,e\r\n"sier «hei», og ""ja""",a;b;c,"linje 1\nlinje 2",æøå ÆØÅ,\r\n');
  });

  it('quotes a field with a comma, a double quote or a line break and doubles inner quotes', () => {
    expect(csv).toContain('"sier «hei», og ""ja"""');
    expect(csv).toContain('"linje 1\nlinje 2"');
  });

  it('leaves «;» unquoted: it is the list separator inside a field, not a field separator', () => {
    expect(csv).toContain(',a;b;c,');
  });

  it('round-trips through an RFC 4180 reader', () => {
    const rows = csvParseRows(csv.slice(1));
    expect(rows[1]).toEqual(tricky);
  });

  it('refuses a row with the wrong number of fields', () => {
    expect(() => writeCsv(['a', 'b'], [['1']])).toThrow(/1 felt/);
  });
});
