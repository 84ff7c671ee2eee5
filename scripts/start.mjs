#!/usr/bin/env node
// `npm start`: the order service (src/server) and the app (Vite) together, Vite proxying /api to
// the service. `--preview` serves the production build (`vite preview`) instead of the dev server.
// Stops both when either stops or on Ctrl+C.
//
//   PORT              the app's port (default 5173 dev, 4173 preview)
//   API_PORT          the order service's port (default 8787)
//   PRODUCTION_TOKEN  production's bearer token; when unset a random one is made for this run and printed
//   DATABASE_URL / DATA_DIR  see README.md
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const preview = process.argv.includes('--preview');
const apiPort = process.env.API_PORT ?? '8787';
const appPort = process.env.PORT ?? (preview ? '4173' : '5173');
const generated = !process.env.PRODUCTION_TOKEN;
const token = process.env.PRODUCTION_TOKEN || randomBytes(24).toString('base64url');
const env = { ...process.env, API_PORT: apiPort, PRODUCTION_TOKEN: token };

const children = [
  spawn(process.execPath, [require.resolve('tsx/cli'), 'src/server/main.ts'], { stdio: 'inherit', env }),
  spawn(
    process.execPath,
    [
      join(dirname(require.resolve('vite/package.json')), 'bin/vite.js'),
      ...(preview ? ['preview'] : []),
      '--host',
      '127.0.0.1',
      '--port',
      appPort,
      '--strictPort',
    ],
    {
      stdio: 'inherit',
      env,
    },
  ),
];

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
for (const child of children) child.on('exit', (code, signal) => stop(code ?? (signal ? 1 : 0)));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

// Once the service answers (after both banners): where to go, and the token if it was made up here.
async function announce() {
  for (let tries = 0; tries < 120 && !stopping; tries++) {
    try {
      if ((await fetch(`http://127.0.0.1:${apiPort}/api/health`)).ok) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  if (stopping) return;
  const lines = [`Shop:        http://127.0.0.1:${appPort}/`, `Production:  http://127.0.0.1:${appPort}/#/production`];
  if (generated) lines.push(`Production token for this run (set PRODUCTION_TOKEN to choose one): ${token}`);
  console.log(`\n${lines.map((line) => `  ${line}`).join('\n')}\n`);
}
void announce();
