/**
 * Merchandiser tool: validates catalog files and reports each problem as `file: /pointer: message`.
 *
 *   tsx src/cli/catalog-check.ts [files…]     (default: every catalog/*.json)
 *
 * Exits 1 when any file has an error or cannot be read.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { isEntryPoint, repositoryCatalogFiles } from './cli-support.ts';
import { formatProblem } from '../domain/catalog-error.ts';
import { engineLints } from '../domain/catalog-lints.ts';
import { parseCatalog } from '../domain/load-catalog.ts';

export interface CatalogCheckIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly readFile: (path: string) => string;
}

/** Checks each file; returns the exit code (0 when every file is a valid catalog). */
export function runCatalogCheck(files: readonly string[], io: CatalogCheckIo): number {
  if (files.length === 0) {
    io.err('catalog-check: no catalog files to check');
    return 1;
  }
  let exitCode = 0;
  for (const file of files) {
    const name = displayName(file);
    let text: string;
    try {
      text = io.readFile(file);
    } catch (error) {
      io.err(`${name}: cannot read file (${error instanceof Error ? error.message : String(error)})`);
      exitCode = 1;
      continue;
    }
    const result = parseCatalog(text, name);
    if (!result.ok) {
      for (const problem of result.problems) (problem.severity === 'error' ? io.err : io.out)(formatProblem(problem));
      if (result.problems.some((p) => p.severity === 'error')) exitCode = 1;
      continue;
    }
    const { catalog, migratedFrom } = result;
    const lints = engineLints(catalog, name);
    if (lints.some((p) => p.severity === 'error')) exitCode = 1;
    const warnings = [...result.warnings, ...lints];
    for (const warning of warnings) io.out(formatProblem(warning));
    const migrated = migratedFrom < catalog.schemaVersion ? ` (written for schema ${migratedFrom}; migrated to ${catalog.schemaVersion})` : '';
    const warned = warnings.length > 0 ? `, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : '';
    io.out(`✓ ${name}: ${catalog.name} v${catalog.version}, ${catalog.groups.length} option groups, ${catalog.rules.length} rules${warned}${migrated}`);
  }
  return exitCode;
}

/** Every catalog/*.json of the repository, relative to the working directory. */
export function defaultCatalogFiles(): string[] {
  return repositoryCatalogFiles().map(displayName);
}

/** Paths inside the working directory are shown relative to it. */
function displayName(file: string): string {
  const rel = relative(process.cwd(), resolve(file));
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

if (isEntryPoint(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log('usage: tsx src/cli/catalog-check.ts [catalog.json…]   (default: every catalog/*.json)');
  } else {
    process.exitCode = runCatalogCheck(args.length > 0 ? args : defaultCatalogFiles(), {
      out: (line) => console.log(line),
      err: (line) => console.error(line),
      readFile: (path) => readFileSync(path, 'utf8'),
    });
  }
}
