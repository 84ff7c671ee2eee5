/**
 * Archives the catalogs in catalog/ under catalog/published/<id>/<version>.json, so orders placed
 * with any version the shop ever offered can be verified later. A published version is never
 * overwritten: a changed catalog needs a new "version" first.
 *
 *   tsx src/cli/catalog-publish.ts
 */
import { relative } from 'node:path';
import { isEntryPoint, repositoryCatalogFiles } from './cli-support.ts';
import { publishCatalogs } from '../server/catalog-archive.ts';

if (isEntryPoint(import.meta.url)) {
  const { published, refused } = publishCatalogs(repositoryCatalogFiles());
  for (const p of published) console.log(`published ${relative(process.cwd(), p.publishedFile!)}`);
  for (const p of refused) console.error(p.message);
  if (published.length === 0 && refused.length === 0) console.log('every catalog version is already published');
  process.exitCode = refused.length > 0 ? 1 : 0;
}
