#!/usr/bin/env node
// Makes sure the browser tests have a Chromium to drive. Playwright cannot download its own
// browser on our machines, so we use Debian's package: installed here with apt when missing
// and running as root, otherwise we say exactly what to do.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const found = candidates.find((path) => existsSync(path));
if (found) {
  console.log(`browser tests: using ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log('browser tests: Chromium not found; installing Debian\'s chromium package with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (existsSync('/usr/bin/chromium')) process.exit(0);
}

console.error(
  [
    'browser tests: no Chromium found.',
    '  On Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
    '  Elsewhere: install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium',
  ].join('\n'),
);
process.exit(1);
