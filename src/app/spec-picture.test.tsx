// @vitest-environment jsdom
import { createHash } from 'node:crypto';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildOrderSpec, type OrderSpec } from '../domain/order-spec.ts';
import { solidPng } from '../domain/png-fixtures.ts';
import { parseCatalog } from '../domain/load-catalog.ts';
import { SPEC_CLOCK } from '../domain/spec-fixtures.ts';
import { checkSpecIntegrity } from '../domain/spec-integrity.ts';
import { useSealedSpec } from './seal-spec.ts';
import { useSpecPicture, type PictureReport } from './spec-picture.ts';
import deskText from '../../catalog/standing-desk.json?raw';

const parsed = parseCatalog(deskText, 'catalog/standing-desk.json');
if (!parsed.ok) throw new Error('the sample desk does not load');
const desk = parsed.catalog;
function specOf(choices = {}): OrderSpec {
  const built = buildOrderSpec(desk, choices, SPEC_CLOCK);
  if (!built.ok) throw new Error('refused');
  return built.spec;
}
const DESIGN = 'Standing desk, 140 × 70 cm; oak top.';
const png = solidPng(64, 48);

/** The done page's picture → seal pipeline, with the picture's reports fed in by hand. */
function renderDonePage(spec: OrderSpec, waitMs: number) {
  return renderHook(
    ({ spec, design, report }: { spec: OrderSpec; design: string; report: PictureReport | null }) => {
      const picture = useSpecPicture(spec, design, report, waitMs);
      return { picture, seal: useSealedSpec(spec, desk, picture) };
    },
    { initialProps: { spec, design: DESIGN, report: { status: 'making', design: DESIGN } as PictureReport | null } },
  );
}

describe('the spec picture on the done page', () => {
  it('waits for the picture, then seals the spec with its reference (the SHA-256 of the exact bytes)', async () => {
    const spec = specOf();
    const page = renderDonePage(spec, 60_000);
    expect(page.result.current.picture).toEqual({ status: 'waiting' });
    expect(page.result.current.seal).toEqual({ status: 'sealing' });

    page.rerender({ spec, design: DESIGN, report: { status: 'ready', design: DESIGN, png, view: 'three-quarter' } });
    await waitFor(() => expect(page.result.current.seal.status).toBe('sealed'));
    const seal = page.result.current.seal;
    if (seal.status !== 'sealed') throw new Error('not sealed');
    expect(seal.spec.picture).toEqual({
      mediaType: 'image/png',
      width: 64,
      height: 48,
      byteLength: png.byteLength,
      sha256: createHash('sha256').update(png).digest('hex'),
      view: 'three-quarter',
      alt: DESIGN,
    });
    expect(await checkSpecIntegrity(seal.spec)).toEqual({ ok: true });
    const { picture } = page.result.current;
    expect(picture.status === 'settled' && picture.file?.png).toBe(png);
  });

  it('seals without a picture when it fails, or takes too long; one arriving late changes nothing', async () => {
    const failing = renderDonePage(specOf(), 60_000);
    failing.rerender({ spec: specOf(), design: DESIGN, report: { status: 'failed', design: DESIGN } });
    // (a new spec object: the picture is settled for the spec on show)
    await waitFor(() => expect(failing.result.current.seal.status).toBe('sealed'));
    expect(failing.result.current.seal.status === 'sealed' && failing.result.current.seal.spec).not.toHaveProperty('picture');

    const spec = specOf();
    const slow = renderDonePage(spec, 50);
    await waitFor(() => expect(slow.result.current.seal.status).toBe('sealed'));
    const before = slow.result.current.seal;
    expect(before.status === 'sealed' && before.spec).not.toHaveProperty('picture');
    slow.rerender({ spec, design: DESIGN, report: { status: 'ready', design: DESIGN, png, view: 'three-quarter' } });
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(slow.result.current.seal).toBe(before);
    expect(slow.result.current.picture).toEqual({ status: 'settled', file: null });
  });

  it("ignores a picture of another design, and waits again for a new spec's picture", async () => {
    const spec = specOf();
    const page = renderDonePage(spec, 60_000);
    page.rerender({ spec, design: DESIGN, report: { status: 'ready', design: 'Standing desk, the design before.', png, view: 'three-quarter' } });
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(page.result.current.picture).toEqual({ status: 'waiting' });

    page.rerender({ spec, design: DESIGN, report: { status: 'ready', design: DESIGN, png, view: 'front-sketch' } });
    await waitFor(() => expect(page.result.current.seal.status).toBe('sealed'));

    const changed = specOf({ width: 170 });
    const other = solidPng(64, 48, [1, 2, 3]);
    page.rerender({ spec: changed, design: 'Standing desk, 170 × 70 cm.', report: { status: 'making', design: 'Standing desk, 170 × 70 cm.' } });
    expect(page.result.current.seal).toEqual({ status: 'sealing' });
    page.rerender({
      spec: changed,
      design: 'Standing desk, 170 × 70 cm.',
      report: { status: 'ready', design: 'Standing desk, 170 × 70 cm.', png: other, view: 'three-quarter' },
    });
    await waitFor(() => expect(page.result.current.seal.status).toBe('sealed'));
    const seal = page.result.current.seal;
    expect(seal.status === 'sealed' && seal.spec.picture?.sha256).toBe(createHash('sha256').update(other).digest('hex'));
  });
});
