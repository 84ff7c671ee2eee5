/**
 * The order service: `tsx src/server/main.ts` (npm start runs it next to the app).
 *
 *   API_PORT          port to listen on (default 8787), on API_HOST (default 127.0.0.1)
 *   DATABASE_URL      a Postgres server; without it, embedded PGlite in DATA_DIR
 *   DATA_DIR          PGlite's data folder (default .data/pglite)
 *   PRODUCTION_TOKEN  bearer token for production's endpoints; a random one is made and printed when unset
 *   QUOTE_KEY_SECRET  (optional, ≥ 32 characters) the secret quote access keys derive from; by default
 *                     one made on first start and kept in the database
 */
import { randomBytes } from 'node:crypto';
import { redact } from './postgres-database.ts';
import { startApiServer } from './start-api-server.ts';
import { isEntryPoint } from '../cli/cli-support.ts';

if (isEntryPoint(import.meta.url)) {
  const env = process.env;
  const port = Number(env.API_PORT ?? 8787);
  const token = env.PRODUCTION_TOKEN || randomBytes(24).toString('base64url');
  const dataDir = env.DATA_DIR || '.data/pglite';
  try {
    const server = await startApiServer({
      port,
      hostname: env.API_HOST || '127.0.0.1',
      productionToken: token,
      ...(env.QUOTE_KEY_SECRET ? { quoteKeySecret: env.QUOTE_KEY_SECRET } : {}),
      ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { dataDir }),
      ...(env.RATE_LIMIT_PER_MINUTE ? { rateLimit: { limit: Number(env.RATE_LIMIT_PER_MINUTE), windowMs: 60_000 } } : {}),
    });
    console.log(`order service: ${server.url}/api (database: ${env.DATABASE_URL ? redact(env.DATABASE_URL) : `PGlite in ${dataDir}`})`);
    if (!env.PRODUCTION_TOKEN) console.log(`order service: PRODUCTION_TOKEN was not set; this run's production token is:\n\n    ${token}\n`);
    const stop = () => {
      server.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    console.error(`order service: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
