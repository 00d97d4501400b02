import { deflateRawSync } from 'node:zlib';
import { PDFDocument, PDFHexString, StandardFonts } from 'pdf-lib';

/**
 * Files for importer tests that are easier to build than to check in: a
 * parish council's minutes in a chosen wording, and a .docx-named zip that
 * unpacks to far more than it holds.
 */
export function minutesText(options: { present: string; body?: string; council?: string; date?: string }): Uint8Array {
  const council = options.council ?? 'Ashby Parish Council';
  const date = options.date ?? 'Monday 3 March 2025';
  return new TextEncoder().encode(
    [
      council.toUpperCase(),
      '',
      `Minutes of the Meeting of ${council} held on ${date} at 7.30pm in the Village Hall, Church Lane, Ashby`,
      '',
      `Present: ${options.present}`,
      '',
      '25/01 Apologies for absence',
      'Apologies were received and accepted from Cllr A Wood.',
      '',
      '25/02 Finance',
      'The Clerk presented the payments list.',
      'RESOLVED:',
      'a) That the payments totalling £4,215.60 be approved.',
      'b) That the internal auditor be reappointed for 2025/26.',
      '',
      options.body ?? '',
      'The meeting closed at 9.05pm.',
    ].join('\n'),
  );
}

/** A one-entry zip whose entry inflates to `size` bytes of zeros: a small zip bomb. */
export function zipBomb(size = 300 * 1024 * 1024): Uint8Array {
  const name = Buffer.from('word/document.xml');
  // Deflate a chunk and claim the full size: the central directory is what the check reads.
  const data = deflateRawSync(Buffer.alloc(Math.min(size, 8 * 1024 * 1024)));
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length + data.length, 16);
  return new Uint8Array(Buffer.concat([local, name, data, central, name, end]));
}

/** A one-page PDF protected by a password nobody is given: its Encrypt dictionary's user key matches no password. */
export async function encryptedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage().drawText('Minutes of the Audit Committee', { x: 50, y: 700, font });
  const encrypt = pdf.context.obj({ Filter: 'Standard', V: 1, R: 2, O: PDFHexString.of('00'.repeat(32)), U: PDFHexString.of('11'.repeat(32)), P: -4 });
  pdf.context.trailerInfo.Encrypt = pdf.context.register(encrypt);
  pdf.context.trailerInfo.ID = pdf.context.obj([PDFHexString.of('ab'.repeat(16)), PDFHexString.of('ab'.repeat(16))]);
  return pdf.save({ useObjectStreams: false });
}
