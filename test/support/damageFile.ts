import iconv from 'iconv-lite';

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same damages. */
export function seededRandom(seed: number): { next: () => number; int: (n: number) => number; pick: <T>(items: readonly T[]) => T } {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: (items) => items[int(items.length)] as (typeof items)[number] };
}

type Random = ReturnType<typeof seededRandom>;

/**
 * One way of damaging a file. `detectable`: the damaged file can never pass for a sound one, so it
 * must show in `vigie rejects` (rejected whole, or some of its lines); otherwise the damage may
 * leave a valid file (a CSV cut exactly at a line end, a flipped digit that is still a digit, a
 * flipped byte in a zip field no reader uses) which is then loaded like any file. A function
 * tells from the sound file (a header alone with CR line ends is still a valid file).
 */
export interface Damage {
  name: string;
  appliesTo: 'csv' | 'xlsx' | 'both';
  detectable: boolean | ((sound: Buffer) => boolean);
  apply: (bytes: Buffer, random: Random, encoding: 'utf-8' | 'windows-1252') => Buffer;
}

const lines = (bytes: Buffer) => bytes.toString('latin1').split('\n');
const join = (parts: string[]) => Buffer.from(parts.join('\n'), 'latin1');

export const DAMAGES: readonly Damage[] = [
  { name: 'coupé à un octet au hasard', appliesTo: 'both', detectable: false, apply: (b, r) => b.subarray(0, r.int(b.length)) },
  {
    name: 'coupé au hasard (classeur)', appliesTo: 'xlsx', detectable: true,
    apply: (b, r) => b.subarray(0, r.int(b.length - 22)), // the end of central directory is the last 22 bytes
  },
  {
    name: 'octets inversés au hasard', appliesTo: 'both', detectable: false,
    apply: (b, r) => {
      const out = Buffer.from(b);
      const n = 1 + r.int(3);
      for (let i = 0; i < n; i++) {
        const at = r.int(out.length);
        out[at] = (out[at] as number) ^ (1 + r.int(255));
      }
      return out;
    },
  },
  { name: 'vide', appliesTo: 'both', detectable: true, apply: () => Buffer.alloc(0) },
  {
    name: 'binaire nommé comme le fichier', appliesTo: 'both', detectable: true,
    apply: (b, r) => Buffer.from(Array.from({ length: 200 + r.int(4000) }, (_, i) => (i % 97 === 0 ? 0 : r.int(256)))),
  },
  {
    name: 'UTF-16 avec BOM', appliesTo: 'csv', detectable: true,
    apply: (b, _r, enc) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(iconv.decode(b, enc), 'utf16le')]),
  },
  { name: 'UTF-16 sans BOM', appliesTo: 'csv', detectable: true, apply: (b, _r, enc) => Buffer.from(iconv.decode(b, enc).replace(/^\ufeff/, ''), 'utf16le') },
  {
    name: 'BOM UTF-8 ajouté', appliesTo: 'csv', detectable: false, // sound for a UTF-8 file; a Windows-1252 one then has a bad header
    apply: (b) => (b[0] === 0xef ? Buffer.concat([b.subarray(0, 3), b]) : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b])),
  },
  { name: 'en-tête seul', appliesTo: 'csv', detectable: false, apply: (b) => Buffer.from(`${lines(b)[0] ?? ''}\n`, 'latin1') },
  {
    name: 'autre séparateur', appliesTo: 'csv', detectable: true,
    apply: (b, r) => Buffer.from(b.toString('latin1').replaceAll(';', r.pick([',', '\t', '|'])), 'latin1'),
  },
  {
    name: 'fins de ligne CR seules', appliesTo: 'csv',
    // A lone CR ending the file is a line end: a header alone stays a valid file.
    detectable: (sound) => sound.toString('latin1').trimEnd().includes('\n'),
    apply: (b) => Buffer.from(b.toString('latin1').replace(/\r?\n/g, '\r'), 'latin1'),
  },
  {
    name: 'fins de ligne mêlées (CRLF et LF)', appliesTo: 'csv', detectable: false,
    apply: (b, r) => join(lines(b).map((l) => (r.int(2) ? l.replace(/\r$/, '') : l))),
  },
  {
    name: 'guillemet ouvert', appliesTo: 'csv', detectable: true,
    apply: (b, r) => {
      const ls = lines(b);
      const data = ls.map((l, i) => i).filter((i) => i > 0 && (ls[i] as string).trim() !== '');
      if (data.length === 0) return Buffer.concat([b, Buffer.from('"x;y\r\n')]);
      const i = r.pick(data);
      const fields = (ls[i] as string).split(';');
      const k = r.int(fields.length);
      fields[k] = `"${fields[k]}`;
      ls[i] = fields.join(';');
      return join(ls);
    },
  },
  {
    name: 'ligne de plusieurs mégaoctets', appliesTo: 'csv', detectable: true,
    apply: (b, r) => {
      const ls = lines(b);
      ls.splice(1 + r.int(ls.length - 1 || 1), 0, `${'x'.repeat((2 + r.int(4)) << 20)}\r`);
      return join(ls);
    },
  },
  {
    name: 'CSV renommé en classeur', appliesTo: 'xlsx', detectable: true,
    apply: () => Buffer.from('Code commune;Commune;APL\r\n01001;Abergement;3,2\r\n'),
  },
  {
    name: 'classeur protégé par mot de passe', appliesTo: 'xlsx', detectable: true,
    apply: (_b, r) => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504 + r.int(1000)), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(2048)]),
  },
];
