/**
 * Production's check of a received order spec: its shape, its seal and — against the catalog —
 * its choices, prices, bill of materials and lead time, recomputed line by line.
 *
 *   tsx src/cli/spec-verify.ts <spec.json> [--catalog <catalog.json>] [--picture <picture.png>]
 *
 * Without --catalog, the published copy of the catalog version the spec names is used
 * (catalog/published/<id>/<version>.json), else the catalog/*.json whose `id` is the spec's catalog id.
 * With --picture, the PNG must be the picture the spec refers to (its SHA-256, size and pixel size).
 * Prints `✓ …` or one `spec.json: /pointer: message` line per finding; exits 1 on findings.
 */
import { isEntryPoint, publishedCatalogFile, repositoryCatalogFiles } from './cli-support.ts';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Catalog } from '../domain/catalog-schema.ts';
import { formatProblem } from '../domain/catalog-error.ts';
import { parseCatalog } from '../domain/load-catalog.ts';
import { rulesFingerprint } from '../domain/rules-fingerprint.ts';
import { orderSpecSchema } from '../domain/order-spec-schema.ts';
import { pictureFindings } from '../domain/picture-reference.ts';
import { verifySpec, type SpecFinding } from '../domain/verify-spec.ts';

export interface SpecVerifyIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly readFile: (path: string) => string;
  /** A file's bytes (the picture given with --picture). */
  readonly readBytes: (path: string) => Uint8Array;
  /** Catalog files to look the spec's catalog up in when --catalog is not given. */
  readonly catalogFiles: () => readonly string[];
  /** The published copy of a catalog version, looked up first (specs name the version they were priced from). */
  readonly publishedCatalogFile?: (id: string, version: string) => string | undefined;
}

const USAGE = 'usage: npm run spec:verify -- <spec.json> [--catalog <catalog.json>] [--picture <picture.png>]';
const OPTIONS = ['--catalog', '--picture'] as const;

/** The spec file and the options' values; null when the arguments are not a valid use. */
function parseArgs(args: readonly string[]): { specFile: string; options: Partial<Record<(typeof OPTIONS)[number], string>> } | null {
  const options: Partial<Record<(typeof OPTIONS)[number], string>> = {};
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const option = OPTIONS.find((o) => o === args[i]);
    if (!option) files.push(args[i]!);
    else if (options[option] !== undefined || args[i + 1] === undefined) return null;
    else options[option] = args[++i];
  }
  return files.length === 1 ? { specFile: files[0]!, options } : null;
}

/** Verifies one spec (and the picture it refers to, if given); resolves to the exit code (0 when there are no findings). */
export async function runSpecVerify(args: readonly string[], io: SpecVerifyIo): Promise<number> {
  const parsed = parseArgs(args);
  if (!parsed) {
    io.err(USAGE);
    return 1;
  }
  const { specFile, options } = parsed;
  const catalogFile = options['--catalog'];
  const name = basename(specFile);
  const report = (findings: readonly SpecFinding[]) => {
    for (const finding of findings) io.err(`${name}: ${finding.pointer || '/'}: ${finding.message}`);
    return findings.length > 0 ? 1 : 0;
  };

  let spec: unknown;
  try {
    spec = JSON.parse(io.readFile(specFile));
  } catch (error) {
    return report([{ pointer: '', message: `cannot read the spec (${error instanceof Error ? error.message : String(error)})` }]);
  }
  const { id: catalogId, version } = catalogOf(spec);
  const file =
    catalogFile ??
    (catalogId === undefined
      ? undefined
      : ((version === undefined ? undefined : io.publishedCatalogFile?.(catalogId, version)) ?? findCatalogFile(catalogId, io)));
  if (file === undefined) {
    return report([
      {
        pointer: '/catalog/id',
        message:
          catalogId === undefined ? 'no catalog id in the spec; pass --catalog <file>' : `no catalog with id "${catalogId}" found; pass --catalog <file>`,
      },
    ]);
  }
  const catalog = await loadCatalogFor(spec, file, io);
  if (!catalog) return 1;
  const findings = await verifySpec(spec, catalog);
  const pictureFile = options['--picture'];
  if (pictureFile !== undefined) findings.push(...(await pictureFileFindings(spec, pictureFile, io)));
  if (findings.length === 0) {
    const picture = pictureFile === undefined ? '' : `; ${basename(pictureFile)} is the picture it refers to`;
    io.out(`✓ ${name}: integrity ok, prices and lead time match catalog ${catalog.id} v${catalog.version}${picture}`);
  }
  return report(findings);
}

/** How the PNG at `file` differs from the picture the spec refers to, at pointers into the spec (none: it is that picture). */
async function pictureFileFindings(spec: unknown, file: string, io: SpecVerifyIo): Promise<SpecFinding[]> {
  // The reference as the schema reads it (verifySpec has reported what is wrong with it, if anything).
  const reference = orderSpecSchema.shape.picture.safeParse((spec as { picture?: unknown } | null)?.picture).data;
  if (!reference) {
    return [
      {
        pointer: '/picture',
        message: `the spec refers to no picture (or not in a form that can be checked), so ${basename(file)} cannot be checked against it`,
      },
    ];
  }
  let bytes: Uint8Array;
  try {
    bytes = io.readBytes(file);
  } catch (error) {
    return [{ pointer: '/picture', message: `cannot read ${basename(file)} (${error instanceof Error ? error.message : String(error)})` }];
  }
  return pictureFindings(reference, bytes);
}

function catalogOf(spec: unknown): { id?: string; version?: string } {
  const catalog = (spec as { catalog?: { id?: unknown; version?: unknown } } | null)?.catalog;
  return {
    ...(typeof catalog?.id === 'string' ? { id: catalog.id } : {}),
    ...(typeof catalog?.version === 'string' ? { version: catalog.version } : {}),
  };
}

/** The catalog file whose `id` is `catalogId` (files that do not parse are skipped). */
function findCatalogFile(catalogId: string, io: SpecVerifyIo): string | undefined {
  return io.catalogFiles().find((file) => {
    try {
      return (JSON.parse(io.readFile(file)) as { id?: unknown }).id === catalogId;
    } catch {
      return false;
    }
  });
}

/**
 * The catalog in the language the spec was written in (its `locale`): labels are part of what is
 * checked. Without one, the rules fingerprint tells the languages apart (English when none matches).
 */
async function loadCatalogFor(spec: unknown, file: string, io: SpecVerifyIo): Promise<Catalog | undefined> {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    io.err(`${file}: cannot read file (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  }
  const result = parseCatalog(text, file);
  if (!result.ok) {
    for (const problem of result.problems) io.err(formatProblem(problem));
    return undefined;
  }
  const fingerprint = (spec as { catalog?: { rulesFingerprint?: unknown } } | null)?.catalog?.rulesFingerprint;
  // The spec says its language; older specs (without one) are matched by their rules fingerprint.
  const specLocale = (spec as { locale?: unknown } | null)?.locale;
  if (typeof specLocale === 'string') {
    const localized = parseCatalog(text, file, { locale: specLocale });
    if (localized.ok) return localized.catalog;
  }
  for (const locale of result.source.locales) {
    const localized = parseCatalog(text, file, { locale });
    if (localized.ok && (await rulesFingerprint(localized.catalog)) === fingerprint) return localized.catalog;
  }
  return result.catalog;
}

if (isEntryPoint(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) console.log(USAGE);
  else {
    process.exitCode = await runSpecVerify(args, {
      out: (line) => console.log(line),
      err: (line) => console.error(line),
      readFile: (path) => readFileSync(path, 'utf8'),
      readBytes: (path) => new Uint8Array(readFileSync(path)),
      catalogFiles: repositoryCatalogFiles,
      publishedCatalogFile,
    });
  }
}
