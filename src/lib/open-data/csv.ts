import { csvFormatRow } from 'd3-dsv';

/** Byte order mark: without it Excel reads UTF-8 CSV as Windows-1252 and shows «Ã¸» for «ø». */
export const BOM = '\uFEFF';

/** RFC 4180 ends records with CRLF; d3-dsv's own row joiner uses LF, so rows are joined here. */
export const CSV_LINE_END = '\r\n';

/**
 * A CSV file: a header row, then one row per record. Quoting is d3-dsv's, which follows RFC 4180:
 * a field with a comma, a double quote or a line break is quoted, and quotes inside are doubled.
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  for (const row of rows) {
    if (row.length !== header.length)
      throw new Error(`CSV-raden har ${row.length} felt, overskriften ${header.length}`);
  }
  return BOM + [header, ...rows].map((row) => csvFormatRow([...row])).join(CSV_LINE_END) + CSV_LINE_END;
}
