// Test helper: a throwaway Postgres server (Debian's postgresql package) in a temp folder on a
// private port, so the service's SQL is tested against the real thing and not only PGlite.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export type TestPostgres = { readonly ok: true; readonly url: string; stop(): Promise<void> } | { readonly ok: false; readonly reason: string };

/** The bin folder of the newest installed server (initdb + postgres), if any. */
function serverBinDir(): string | undefined {
  const candidates = [process.env.PG_BIN_DIR, ...installedVersions()].filter((dir): dir is string => !!dir);
  return candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'postgres')));
}

function installedVersions(): string[] {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => join(root, version, 'bin'));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts Postgres, or says why it cannot. Postgres refuses to run as root, so as root it runs as
 * the `postgres` user (runuser).
 */
export async function startTestPostgres(): Promise<TestPostgres> {
  const bin = serverBinDir();
  if (!bin)
    return { ok: false, reason: "no Postgres server found (install Debian's postgresql package, or set PG_BIN_DIR to its bin folder; .ci/run installs it)" };
  // Postgres refuses to run as root: as root, run it as the `postgres` user.
  let user: { uid: number; gid: number } | Record<string, never> = {};
  if (process.getuid?.() === 0) {
    try {
      const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
      user = { uid: id('-u'), gid: id('-g') };
    } catch {
      return { ok: false, reason: 'running as root but there is no "postgres" user to run the server as (the postgresql package creates it)' };
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'mto-test-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const port = await freePort();
  let child: ChildProcess | undefined;
  const cleanUp = () => rmSync(dir, { recursive: true, force: true });
  try {
    execFileSync(join(bin, 'initdb'), ['-D', data, '-U', 'test', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C'], {
      stdio: 'pipe',
      cwd: dir,
      ...user,
    });
    child = spawn(join(bin, 'postgres'), ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      cwd: dir,
      ...user,
    });
    // Should the test run die without stopping it, the server goes too (SIGQUIT: immediate shutdown).
    const orphanGuard = () => child?.kill('SIGQUIT');
    process.once('exit', orphanGuard);
    let output = '';
    child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
    const url = `postgres://test@127.0.0.1:${port}/postgres`;
    await waitUntilReady(url, child, () => output);
    const running = child;
    return {
      ok: true,
      url,
      async stop() {
        process.off('exit', orphanGuard);
        if (running.exitCode === null) {
          await new Promise<void>((resolve) => {
            running.once('exit', () => resolve());
            running.kill('SIGQUIT');
          });
        }
        cleanUp();
      },
    };
  } catch (error) {
    child?.kill('SIGKILL');
    cleanUp();
    const detail = error instanceof Error ? (error as { stderr?: Buffer }).stderr?.toString().trim() || error.message : String(error);
    return { ok: false, reason: `Postgres from ${bin} could not be started: ${detail}` };
  }
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`postgres exited with code ${child.exitCode}: ${output()}`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) {
        throw new Error(`postgres did not accept connections within 60 s: ${error instanceof Error ? error.message : String(error)}\n${output()}`, {
          cause: error,
        });
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** A fresh, empty database on the test server, so each suite starts from nothing. */
export async function createTestDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}"`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  return serverUrl.replace(/\/[^/]*$/, `/${name}`);
}
