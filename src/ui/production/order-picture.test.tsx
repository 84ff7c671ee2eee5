// @vitest-environment jsdom
import { createHash } from 'node:crypto';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OrderDetail } from '../../app/production-api.ts';
import { solidPng } from '../../domain/png-fixtures.ts';
import { OrderPicture } from './order-picture.tsx';

const png = solidPng(12, 9);
const sha256 = createHash('sha256').update(png).digest('hex');
const picture = {
  mediaType: 'image/png',
  width: 12,
  height: 9,
  byteLength: png.byteLength,
  sha256,
  view: 'three-quarter',
  alt: 'Standing desk, oak top.',
} as const;

function orderWith(spec: Partial<OrderDetail['spec']>, pictureReceivedAt: string | null, pictureRefused: OrderDetail['pictureRefused'] = null): OrderDetail {
  return { number: 'MTO-2026-000001', pictureReceivedAt, pictureRefused, spec } as unknown as OrderDetail;
}

afterEach(cleanup);

describe('OrderPicture (production)', () => {
  it('shows the picture once arrived, after checking it is the one the spec refers to', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:picture');
    URL.revokeObjectURL = vi.fn();
    const load = vi.fn(async () => new Blob([new Uint8Array(png)], { type: 'image/png' }));
    render(<OrderPicture order={orderWith({ picture }, '2026-11-30T12:00:00.000Z')} load={load} />);
    const image = await screen.findByRole('img', { name: 'Standing desk, oak top.' });
    expect(image.getAttribute('src')).toBe('blob:picture');
    expect(load).toHaveBeenCalledWith('MTO-2026-000001');
    expect(screen.getByTestId('order-picture').textContent).toContain(`SHA-256 ${sha256.slice(0, 4)}…${sha256.slice(-4)}`);
  });

  it('says so when the bytes served are not the picture the spec refers to', async () => {
    const load = async () => new Blob([new Uint8Array(solidPng(12, 9, [0, 0, 0]))], { type: 'image/png' });
    render(<OrderPicture order={orderWith({ picture }, '2026-11-30T12:00:00.000Z')} load={load} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/not to the SHA-256 in the spec/);
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('says the picture has not arrived yet, and shows nothing for a spec without one', () => {
    const load = vi.fn(async () => new Blob());
    const { rerender } = render(<OrderPicture order={orderWith({ picture }, null)} load={load} />);
    expect(screen.getByText('The picture this order refers to has not arrived yet.')).toBeTruthy();
    rerender(<OrderPicture order={orderWith({}, null)} load={load} />);
    expect(screen.queryByTestId('order-picture')).toBeNull();
    expect(load).not.toHaveBeenCalled();
  });

  it('says why the picture has not arrived when pictures sent for the order were refused', () => {
    const findings = [{ pointer: '/picture/sha256', message: `spec says ${sha256}, the picture received hashes to ${'0'.repeat(64)}` }];
    render(<OrderPicture order={orderWith({ picture }, null, { at: '2026-11-30T12:05:00.000Z', attempts: 3, findings })} load={vi.fn()} />);
    const refused = screen.getByTestId('picture-refused');
    expect(refused.textContent).toMatch(
      /^A picture sent for this order was refused \(.*2026.* UTC; refused so far: 3\): it is not the one the spec refers to\./,
    );
    expect(screen.getByRole('listitem').textContent).toBe(`/picture/sha256 ${findings[0]!.message}`);
  });
});
