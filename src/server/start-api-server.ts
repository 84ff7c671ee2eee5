import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { loadPublishedCatalogs, PUBLISHED_DIR } from './catalog-archive.ts';
import { createApi, type ApiConfig } from './create-api.ts';
import { openDatabase, type DatabaseConfig } from './open-database.ts';
import type { Database } from './database.ts';

export interface ApiServerOptions extends DatabaseConfig, Omit<ApiConfig, 'db' | 'archive'> {
  /** 0 picks a free port. */
  readonly port: number;
  readonly hostname?: string;
  readonly publishedDir?: string;
  readonly log?: (line: string) => void;
}

export interface ApiServer {
  readonly url: string;
  readonly port: number;
  readonly db: Database;
  /** Stops accepting connections, then closes the database. */
  close(): Promise<void>;
}

/** Opens the database (migrating it), reads the catalog archive and serves the API over HTTP. */
export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const { archive, problems } = await loadPublishedCatalogs(options.publishedDir ?? PUBLISHED_DIR);
  for (const problem of problems) log(`warning: published catalog left out: ${problem}`);
  const db = await openDatabase(options);
  const app = createApi({ ...options, db, archive });
  const hostname = options.hostname ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, port: options.port, hostname }, () => resolve(started));
    started.once('error', reject);
  }).catch(async (error: unknown) => {
    await db.close();
    throw new Error(`cannot listen on ${hostname}:${options.port}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${hostname}:${port}`,
    port,
    db,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections would hold close() open.
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await db.close();
    },
  };
}
