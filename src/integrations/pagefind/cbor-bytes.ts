/**
 * Just enough CBOR to walk and rewrite Pagefind's index chunks as bytes. A full decoder (cborg)
 * turns the 145,000 words of a 10,000-entry index into objects and took 17 s of the build; walking
 * the bytes takes well under one, and everything the build does not change is copied as it is.
 */

/** A CBOR item's head: major type, argument (a length or an integer) and where its content starts. */
export function head(buf: Uint8Array, at: number): { major: number; arg: number; next: number } {
  const first = buf[at]!;
  const major = first >> 5;
  const info = first & 0x1f;
  if (info < 24) return { major, arg: info, next: at + 1 };
  const bytes = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
  if (!bytes) throw new Error('Pagefind: en indeksbit har CBOR byggesteget ikke leser (cbor-bytes.ts)');
  let arg = 0;
  for (let i = 1; i <= bytes; i += 1) arg = arg * 256 + buf[at + i]!;
  return { major, arg, next: at + 1 + bytes };
}

/** Where the CBOR item at `at` ends. */
export function skip(buf: Uint8Array, at: number): number {
  const first = buf[at]!;
  // Integers (and simple values) without a head object: they are most items of a location list,
  // and a joined 10,000-entry index has tens of millions of them.
  if (first >> 5 === 0 || first >> 5 === 1 || first >> 5 === 7) {
    const info = first & 0x1f;
    if (info < 24) return at + 1;
    if (info === 24) return at + 2;
    if (info === 25) return at + 3;
    if (info === 26) return at + 5;
    if (info === 27) return at + 9;
  }
  const { major, arg, next } = head(buf, at);
  if (major === 2 || major === 3) return next + arg;
  if (major === 4 || major === 5) {
    let end = next;
    for (let i = 0; i < arg * (major === 5 ? 2 : 1); i += 1) end = skip(buf, end);
    return end;
  }
  if (major === 6) return skip(buf, next);
  return next;
}

/**
 * Writes a head of major type `major` with argument `arg` into `buf` at `at`, in the shortest form
 * (as Pagefind's encoder writes it), and returns where it ends. `buf` needs 5 bytes of room.
 */
function writeHead(buf: Uint8Array, at: number, major: number, arg: number): number {
  const type = major << 5;
  if (arg < 24) {
    buf[at] = type | arg;
    return at + 1;
  }
  if (arg < 0x100) {
    buf[at] = type | 24;
    buf[at + 1] = arg;
    return at + 2;
  }
  if (arg < 0x10000) {
    buf[at] = type | 25;
    buf[at + 1] = arg >> 8;
    buf[at + 2] = arg & 0xff;
    return at + 3;
  }
  buf[at] = type | 26;
  buf[at + 1] = arg >>> 24;
  buf[at + 2] = (arg >> 16) & 0xff;
  buf[at + 3] = (arg >> 8) & 0xff;
  buf[at + 4] = arg & 0xff;
  return at + 5;
}

/** A head of major type `major` with argument `arg`, as its own bytes. */
export function typeHead(major: number, arg: number): Uint8Array {
  const buf = new Uint8Array(5);
  return buf.subarray(0, writeHead(buf, 0, major, arg));
}

/** An array head of `length` items. */
export const arrayHead = (length: number) => typeHead(4, length);
/** An unsigned integer. */
export const uintItem = (value: number) => typeHead(0, value);
/** A text string. */
export function textItem(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([typeHead(3, bytes.length), bytes]);
}

/**
 * Heads and byte slices written one after another into one growing buffer. Rewriting a 10,000-entry
 * index as a list of small arrays joined with Buffer.concat made millions of them: 12 s of the
 * merge, much of it garbage collection.
 */
export class CborWriter {
  #buf = new Uint8Array(1 << 16);
  #length = 0;

  #room(n: number): void {
    if (this.#length + n <= this.#buf.length) return;
    const grown = new Uint8Array(Math.max(this.#buf.length * 2, this.#length + n));
    grown.set(this.#buf.subarray(0, this.#length));
    this.#buf = grown;
  }

  /** A head as `typeHead` writes it. */
  head(major: number, arg: number): void {
    this.#room(5);
    this.#length = writeHead(this.#buf, this.#length, major, arg);
  }

  bytes(part: Uint8Array): void {
    this.#room(part.length);
    this.#buf.set(part, this.#length);
    this.#length += part.length;
  }

  /** What was written since the last call, as a copy; the writer is empty again. */
  take(): Buffer {
    const out = Buffer.from(this.#buf.subarray(0, this.#length));
    this.#length = 0;
    return out;
  }
}
