import { existsSync } from 'node:fs';
import path from 'node:path';

export interface PackFonts {
  /** What pdfkit is given: a TrueType file, or the name of a built-in font. */
  regular: string;
  bold: string;
  /** For the document's metadata and the tests: which family the pack is set in. */
  family: 'Liberation Sans' | 'Helvetica';
}

/** Where Debian, Ubuntu and Fedora put fonts-liberation. */
const liberationDirs = ['/usr/share/fonts/truetype/liberation', '/usr/share/fonts/liberation', '/usr/share/fonts/truetype/liberation2'];

let found: PackFonts | undefined;

/**
 * Liberation Sans has Arial's metrics, so a pack reads like the council's
 * Arial documents and embeds fonts a screen reader and every viewer
 * handles. Without it the pack is set in pdfkit's built-in Helvetica.
 */
export function packFonts(): PackFonts {
  if (found) return found;
  for (const dir of liberationDirs) {
    const regular = path.join(dir, 'LiberationSans-Regular.ttf');
    const bold = path.join(dir, 'LiberationSans-Bold.ttf');
    if (existsSync(regular) && existsSync(bold)) return (found = { regular, bold, family: 'Liberation Sans' });
  }
  return (found = { regular: 'Helvetica', bold: 'Helvetica-Bold', family: 'Helvetica' });
}
