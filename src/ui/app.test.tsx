// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { productCards } from 'virtual:bundled-catalogs';
import { loadCatalogs } from '../app/catalog-source.ts';
import { App } from './app.tsx';
import deskText from '../../catalog/standing-desk.json?raw';
import shelvingText from '../../catalog/modular-shelving.json?raw';
const NOW = () => new Date('2026-11-25T10:00:00Z');

afterEach(cleanup);

async function renderApp(files: Record<string, string> = { '/catalog/standing-desk.json': deskText }) {
  // jsdom has no WebGL: the preview shows its 2D sketch, and <Canvas> is never mounted here.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  render(<App loaded={loadCatalogs(files)} now={NOW} />);
  // The shop is a lazy chunk: wait until it replaces its placeholder.
  await waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull(), { timeout: 10_000 });
  return userEvent.setup();
}

describe('App', () => {
  it('lets a shopper pick the desk and shows price and delivery for the standard design', async () => {
    const user = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Design your standing desk' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Width' })).toBeTruthy();
    const status = screen.getByRole('status');
    // Standard desk: €499 base + 40 cm × €3 + 10 cm × €4 = €659; slowest part 4 days + 2 assembly.
    expect(status.textContent).toContain('€659.00');
    expect(status.textContent).toContain('Ships in 6 business days · by Thu, 3 Dec 2026');
    expect(screen.getByTestId('preview-description').textContent).toContain('Standing desk, 140 cm × 70 cm');
    // A number in steps says so.
    expect(screen.getByText(/^100–200 cm in steps of 5 cm/)).toBeTruthy();
  });

  it('says "whole numbers" for a number in steps of 1, not "in steps of 1 pcs"', async () => {
    const user = await renderApp({ '/catalog/modular-shelving.json': shelvingText });
    await user.click(screen.getByRole('button', { name: 'Design your modular shelving' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Bays' })).toBeTruthy();
    expect(screen.getByText(/^1–8 pcs, whole numbers/)).toBeTruthy();
    expect(screen.queryByText(/in steps of 1 /)).toBeNull();
  });

  it('shows a blocked option disabled with its reason and a one-click fix', async () => {
    const user = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Design your standing desk' }));
    await user.click(screen.getByRole('button', { name: /^Motor/ }));
    // Single is the standard motor; choosing Dual and back makes it the customer's own choice.
    await user.click(screen.getByRole('radio', { name: /Dual motor/ }));
    await user.click(screen.getByRole('radio', { name: /Single motor/ }));
    await user.click(screen.getByRole('button', { name: /^Width/ }));
    const input = screen.getByRole('textbox', { name: 'Width (cm)' });
    await user.clear(input);
    await user.type(input, '190{Enter}');
    expect(screen.getByRole('alert').textContent).toContain('Desks wider than 160 cm need the dual motor');

    await user.click(screen.getByRole('button', { name: /^Top/ }));
    const walnut = screen.getByRole('radio', { name: /Solid walnut/ });
    expect((walnut as HTMLInputElement).disabled).toBe(true);
    const card = walnut.closest('.option') as HTMLElement;
    expect(within(card).getByText(/Solid walnut tops are made up to 180 cm wide/)).toBeTruthy();
    await user.click(within(card).getByRole('button', { name: 'Set width to 180 cm and choose Solid walnut' }));
    expect((screen.getByRole('radio', { name: /Solid walnut/ }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('navigation', { name: 'Design steps' }).textContent).toContain('180 cm');
  });

  it('shows a placeholder with the page\u2019s heading while the catalogs load', async () => {
    let resolve: (loaded: ReturnType<typeof loadCatalogs>) => void = () => {};
    const loaded = new Promise<ReturnType<typeof loadCatalogs>>((r) => (resolve = r));
    // An async act, so React keeps listening for the catalogs it suspended on.
    await act(async () => void render(<App loaded={loaded} now={NOW} />));
    expect(screen.getByRole('heading', { level: 1, name: 'What would you like us to make?' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Loading the products\u2026');
    await act(async () => resolve(loadCatalogs({ '/catalog/standing-desk.json': deskText })));
    expect(await screen.findByRole('button', { name: 'Design your standing desk' }, { timeout: 10_000 })).toBeTruthy();
    expect(document.querySelector('[aria-busy="true"]')).toBeNull();
  });

  it('paints the product cards before the shop\u2019s code and catalogs arrive; a product chosen meanwhile opens as soon as they do', async () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    let resolve: (loaded: ReturnType<typeof loadCatalogs>) => void = () => {};
    const loaded = new Promise<ReturnType<typeof loadCatalogs>>((r) => (resolve = r));
    await act(async () => void render(<App loaded={loaded} now={NOW} productCards={productCards} />));
    expect(document.querySelector('[aria-busy="true"]')).not.toBeNull();
    const card = screen.getByRole('heading', { level: 2, name: 'Standing desk' }).closest('li')!;
    expect(card.textContent).toContain('€659.00');
    // An async act again: the click re-renders the shop, which is still suspended on the catalogs.
    await act(async () => within(card).getByRole('button', { name: 'Design your standing desk' }).click());
    // Meanwhile the standard desk's sketch (computed at build time) is where the configurator's preview will be.
    expect(screen.queryByRole('heading', { level: 2, name: 'Standing desk' })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Opening your standing desk…');
    expect(screen.getByRole('img', { name: /^Standing desk, 140 cm × 70 cm/ }).closest('.configurator__preview')).not.toBeNull();
    await act(async () => resolve(loadCatalogs({ '/catalog/standing-desk.json': deskText })));
    // The shop opens on the desk directly: its first step, no product picker in between.
    expect(await screen.findByRole('heading', { level: 1, name: 'Width' }, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'What would you like us to make?' })).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('€659.00');
  });

  it('opens a share link the page starts with in place: the configurator’s frame while loading, then the design with its notice, no product cards in between', async () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const version = (JSON.parse(deskText) as { version: string }).version;
    // 170 cm wide: the design the link carries, not the standard one.
    window.history.replaceState(null, '', `/#/design/standing-desk/${version}?s=1&c=${btoa('{"width":170,"motor":"dual"}').replace(/=+$/, '')}`);
    const cardsShown: string[] = [];
    const watcher = new MutationObserver(() => document.querySelector('.product-card') && cardsShown.push('card'));
    watcher.observe(document.body, { childList: true, subtree: true });
    try {
      let resolve: (loaded: ReturnType<typeof loadCatalogs>) => void = () => {};
      const loaded = new Promise<ReturnType<typeof loadCatalogs>>((r) => (resolve = r));
      await act(async () => void render(<App loaded={loaded} now={NOW} productCards={productCards} />));
      expect(document.querySelector('[aria-busy="true"] .configurator')).not.toBeNull();
      expect(screen.getByRole('status').textContent).toBe('Opening the shared design…');
      await act(async () => resolve(loadCatalogs({ '/catalog/standing-desk.json': deskText })));
      expect(await screen.findByRole('heading', { level: 1, name: 'Review your standing desk' }, { timeout: 10_000 })).toBeTruthy();
      expect(document.querySelector('.page-notice')?.textContent).toContain('Opened a shared design.');
      expect(screen.getByTestId('preview-description').textContent).toContain('Standing desk, 170 cm × 70 cm');
      expect(window.location.hash).toBe('#/');
      expect(cardsShown).toEqual([]);
    } finally {
      watcher.disconnect();
      window.history.replaceState(null, '', '/');
    }
  });

  it('lists catalog problems with file and JSON pointer instead of failing', async () => {
    const broken = JSON.parse(deskText);
    broken.basePrice = 499.5;
    await renderApp({ '/catalog/standing-desk.json': deskText, '/catalog/broken.json': JSON.stringify(broken) });
    expect(screen.getByText('catalog/broken.json: /basePrice: expected integer cents, got 499.5')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Design your standing desk' })).toBeTruthy();
  });
});
