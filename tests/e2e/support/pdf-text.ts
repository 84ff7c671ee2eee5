import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The text of a PDF, with Debian's poppler-utils `pdftotext` (no npm package needed). Installed
 * with apt-get on demand when missing and running as root, as scripts/ensure-browser.mjs does for
 * Chromium; null when it cannot be had, so callers can fall back to checking the print-media page.
 */
export function pdfText(pdf: Buffer): string | null {
  if (!existsSync('/usr/bin/pdftotext') && typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/bin/apt-get')) {
    try {
      execFileSync('apt-get', ['install', '-y', '-qq', 'poppler-utils'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    } catch {
      // No network or no package lists: fall back below.
    }
  }
  if (!existsSync('/usr/bin/pdftotext')) return null;
  const dir = mkdtempSync(join(tmpdir(), 'mto-pdf-'));
  try {
    const file = join(dir, 'quote.pdf');
    writeFileSync(file, pdf);
    return execFileSync('/usr/bin/pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
