/*
 * Writes public/models/bottle-cage.glb: a bottle in a cage, the bicycle catalog's glTF sample part.
 * Made from three's geometry generators and a small GLB writer, so the file is reproducible from
 * this script alone (no downloads, no exporter needing browser APIs):
 *
 *   npx tsx scripts/make-bottle-cage-glb.ts
 *
 * Model conventions (see catalog/README.md, "glTF parts"): metres; origin at the middle of the
 * bottle; +y along the frame tube towards its top; the tube is on the −x side; z across the bike.
 * Materials are named so catalogs can bind them: "bottle", "cap", "cage".
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bottleCageGlb } from './bottle-cage-model.ts';

const out = fileURLToPath(new URL('../public/models/bottle-cage.glb', import.meta.url));
const glb = bottleCageGlb();
writeFileSync(out, glb);
console.log(`wrote ${out} (${glb.length} bytes)`);
