// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadCatalogs } from '../../app/catalog-source.ts';
import { encodeShareLink } from '../../app/share-link.ts';
import { SAVED_DESIGNS_KEY } from '../../app/saved-designs.ts';
import { useViewStore } from '../../app/view-store.ts';
import { App } from '../app.tsx';
import deskText from '../../../catalog/standing-desk.json?raw';

const DESK_VERSION = (JSON.parse(deskText) as { version: string }).version;

const NOW = () => new Date('2026-11-25T10:00:00Z');

beforeEach(() => {
  localStorage.clear();
  useViewStore.getState().dismissNotice();
  window.history.replaceState(null, '', '/#/');
});
afterEach(cleanup);

async function renderApp() {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  render(<App loaded={loadCatalogs({ '/catalog/standing-desk.json': deskText })} now={NOW} />);
  // The shop is a lazy chunk: wait until it replaces its placeholder.
  await waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull(), { timeout: 10_000 });
  return userEvent.setup();
}

const noticeText = () => screen.getByRole('button', { name: 'Dismiss' }).closest('[role="status"]')?.textContent ?? '';

describe('shared and saved designs', () => {
  it('opens a share link once on its review page, says what changed and clears the hash', async () => {
    window.history.replaceState(
      null,
      '',
      `/${encodeShareLink({ catalogId: 'standing-desk', catalogVersion: DESK_VERSION, choices: { width: 250, top: 'solid-oak' } })}`,
    );
    const user = await renderApp();
    expect(screen.getByRole('heading', { level: 1, name: 'Review your standing desk' })).toBeTruthy();
    expect(screen.getByTestId('choice-top').textContent).toBe('Solid oak');
    expect(noticeText()).toContain('Opened a shared design.');
    expect(noticeText()).toContain('This design asked for a 250 cm width; this standing desk goes up to 200 cm, so we kept the standard width.');
    expect(window.location.hash).toBe('#/');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('button', { name: 'Dismiss' })).toBeNull();
  });

  it('says a link is for a product no longer offered and shows the start page', async () => {
    window.history.replaceState(null, '', '/#/design/hoverboard/1?s=1&c=e30');
    await renderApp();
    expect(noticeText()).toContain('This link is for a product we no longer offer.');
    expect(screen.getByRole('heading', { name: 'What would you like us to make?' })).toBeTruthy();
  });

  it('shows the link to copy by hand when the clipboard is not available', async () => {
    const user = await renderApp();
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Design your standing desk' }));
    await user.click(screen.getByRole('button', { name: 'Review' }));
    await user.click(screen.getByRole('button', { name: 'Share this design' }));
    const field = (await screen.findByRole('textbox', { name: 'Link to this design' })) as HTMLInputElement;
    expect(field.readOnly).toBe(true);
    expect(field.value).toMatch(new RegExp(`#/design/standing-desk/${DESK_VERSION.replaceAll('.', '\\.')}\\?s=1&c=e30$`));
  });

  it('saves a design, lists it on the start page with today\u2019s price, opens and deletes it after confirming', async () => {
    const user = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Design your standing desk' }));
    await user.click(screen.getByRole('button', { name: 'Review' }));
    const name = screen.getByRole('textbox', { name: 'Name this design' }) as HTMLInputElement;
    expect(name.value).toBe('Standing desk \u2013 25 Nov');
    await user.click(screen.getByRole('button', { name: 'Save design' }));
    expect(screen.getByText(/Saved as \u201cStanding desk \u2013 25 Nov\u201d/)).toBeTruthy();
    expect(JSON.parse(localStorage.getItem(SAVED_DESIGNS_KEY)!).designs).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Made-to-Order home' }));
    const list = screen.getByRole('region', { name: 'Your saved designs' });
    expect(list.textContent).toContain('Standing desk \u2013 25 Nov');
    expect(list.textContent).toContain('\u20ac659.00 today');
    expect(list.textContent).toContain('stay in this browser only');

    await user.click(within(list).getByRole('button', { name: /^Open/ }));
    expect(screen.getByRole('heading', { level: 1, name: 'Review your standing desk' })).toBeTruthy();
    expect(noticeText()).toContain('Opened your saved design');

    await user.click(screen.getByRole('button', { name: 'Made-to-Order home' }));
    expect(screen.queryByRole('button', { name: 'Dismiss' })).toBeNull();
    await user.click(screen.getByRole('button', { name: /^Delete/ }));
    await user.click(screen.getByRole('button', { name: /^Yes, delete/ }));
    expect(screen.queryByRole('region', { name: 'Your saved designs' })).toBeNull();
    expect(JSON.parse(localStorage.getItem(SAVED_DESIGNS_KEY)!).designs).toEqual([]);
  });

  it('keeps hostile saved-designs entries, says so, and points to where they can be deleted', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const stored = '{"schemaVersion":1,"designs":[{"__proto__":{"x":1}},"<script>"]}';
    localStorage.setItem(SAVED_DESIGNS_KEY, stored);
    await renderApp();
    expect(screen.getByRole('heading', { name: 'What would you like us to make?' })).toBeTruthy();
    const notice = screen.getByTestId('saved-unreadable');
    expect(notice.textContent).toContain('2 saved designs in this browser could not be read');
    expect(within(notice).getByRole('link', { name: 'See or delete what this browser keeps' }).getAttribute('href')).toBe('#/your-data');
    expect(localStorage.getItem(SAVED_DESIGNS_KEY)).toBe(stored);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
