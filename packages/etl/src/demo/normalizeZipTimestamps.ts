const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;

/** Date et heure MS-DOS (celles d'une archive zip) d'une date `AAAA-MM-JJ` à minuit. */
function dosDate(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return ((y - 1980) << 9) | (m << 5) | d;
}

/**
 * Remplace l'horodatage de chaque entrée d'une archive zip (classeur xlsx) par une date fixe :
 * l'archive ne dépend plus de l'heure à laquelle elle a été écrite. Les CRC ne portent pas sur
 * l'horodatage et restent justes.
 */
export function normalizeZipTimestamps(zip: Uint8Array, iso: string): Uint8Array {
  const bytes = Buffer.from(zip);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= 0; i--) {
    if (bytes.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("Archive zip sans répertoire central : le classeur produit par exceljs n'est pas lisible.");
  const entries = bytes.readUInt16LE(eocd + 10);
  let offset = bytes.readUInt32LE(eocd + 16);
  const date = dosDate(iso);
  for (let n = 0; n < entries; n++) {
    if (bytes.readUInt32LE(offset) !== CENTRAL_HEADER) throw new Error(`Entrée ${n} du répertoire central introuvable à l'octet ${offset}.`);
    bytes.writeUInt16LE(0, offset + 12);
    bytes.writeUInt16LE(date, offset + 14);
    const local = bytes.readUInt32LE(offset + 42);
    if (bytes.readUInt32LE(local) !== LOCAL_HEADER) throw new Error(`En-tête local de l'entrée ${n} introuvable à l'octet ${local}.`);
    bytes.writeUInt16LE(0, local + 10);
    bytes.writeUInt16LE(date, local + 12);
    offset += 46 + bytes.readUInt16LE(offset + 28) + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  return bytes;
}
