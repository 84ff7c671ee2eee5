// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../app.tsx';
import { setLang } from '../i18n/i18n.ts';
import deskText from '../../../catalog/standing-desk.json?raw';

const NOW = () => new Date('2026-11-25T10:00:00Z');
const samples = { '/catalog/standing-desk.json': deskText };

beforeEach(() => {
  // jsdom has no WebGL: the preview shows its 2D sketch, and <Canvas> is never mounted here.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  window.location.hash = '#/workbench';
});

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

async function renderWorkbench() {
  render(<App loaded={{ catalogs: [], problems: [] }} sampleFiles={samples} now={NOW} />);
  // The workbench is a lazy chunk: wait for it.
  await screen.findByRole('heading', { level: 1, name: 'Catalog workbench' }, { timeout: 10_000 });
  // The preview selects the product in an effect after its first render: wait for its first step.
  await screen.findByRole('heading', { level: 1, name: 'Width' }, { timeout: 10_000 });
  return userEvent.setup();
}

const editor = () => screen.getByRole('textbox', { name: 'Catalog JSON' }) as HTMLTextAreaElement;
const summary = () => screen.getByTestId('problem-summary');

describe('Workbench', () => {
  it('starts from a sample catalog, valid, with the configurator previewing it', async () => {
    await renderWorkbench();
    expect(screen.getByRole('heading', { level: 1, name: 'Catalog workbench' })).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Start from' }) as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('Standing desk');
    expect(editor().value).toBe(deskText);
    expect(summary().textContent).toBe('No problems');
    expect(summary().getAttribute('role')).toBe('status');
    expect(screen.getByRole('heading', { level: 1, name: 'Width' })).toBeTruthy();
    expect(screen.getByTestId('total').textContent).toBe('€659.00');
    expect(screen.getByRole('link', { name: 'Catalog workbench' }).getAttribute('aria-current')).toBe('page');
  });

  it('lists problems with their pointer as the merchandiser types, jumps to them, and keeps the last valid preview', async () => {
    const user = await renderWorkbench();
    const broken = deskText.replace(/"basePrice": \{[^}]*\}/, '"basePrice": 499.5');
    await user.clear(editor());
    await user.click(editor());
    await user.paste(broken);

    const problem = await screen.findByText('pasted.json: /basePrice: expected integer cents, got 499.5');
    expect(summary().textContent).toBe('1 error');
    const button = problem.closest('button')!;
    expect(button.textContent).toMatch(/^Error/);
    expect(screen.getByTestId('stale-note').textContent).toContain('Showing the last valid version');
    expect(screen.getByTestId('total').textContent).toBe('€659.00');

    await user.click(button);
    expect(document.activeElement).toBe(editor());
    expect(editor().value.slice(editor().selectionStart, editor().selectionEnd)).toBe('"basePrice": 499.5');

    // A syntax error is reported at the root and points at the parser's position.
    await user.type(editor(), '{{', { initialSelectionStart: 0, initialSelectionEnd: 0 });
    const syntax = await screen.findByText(/^pasted\.json: \/: not valid JSON/);
    await user.click(syntax.closest('button')!);
    expect(editor().selectionStart).toBeGreaterThan(0);

    // Fixing it brings the preview back, restarted with the new catalog.
    await user.clear(editor());
    await user.click(editor());
    await user.paste(deskText.replace(/"EUR": 49900/, '"EUR": 50000'));
    await screen.findByText('No problems');
    expect(screen.queryByTestId('stale-note')).toBeNull();
    expect(screen.getByTestId('total').textContent).toBe('€660.00');
  });

  it('names problems after an opened file and lists warnings apart from errors', async () => {
    const user = await renderWorkbench();
    const catalog = JSON.parse(deskText);
    catalog.components.push({ id: 'spare-bolt', sku: 'DSK-BOLT', name: { en: 'Spare bolt', es: 'Perno' }, leadTimeDays: 1 });
    const file = new File([JSON.stringify(catalog, null, 2)], 'desk-draft.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Open file…'), file);

    const warning = await screen.findByText(/^desk-draft\.json: \/components\/\d+: component "spare-bolt" is never used$/);
    expect(warning.closest('button')!.textContent).toMatch(/^Warning/);
    expect(summary().textContent).toBe('1 warning');
    expect(screen.getByTestId('file-name').textContent).toBe('desk-draft.json');
    expect(screen.queryByTestId('stale-note')).toBeNull();
  });

  it('checks and previews the catalog in the UI’s language, and again when the language changes', async () => {
    await setLang('es', { persist: false });
    try {
      render(<App loaded={{ catalogs: [], problems: [] }} sampleFiles={samples} now={NOW} />);
      await screen.findByRole('heading', { level: 1, name: 'Editor de catálogos' }, { timeout: 10_000 });
      // The preview shows the catalog's Spanish texts.
      await screen.findByRole('heading', { level: 1, name: 'Ancho' }, { timeout: 10_000 });
      const user = userEvent.setup();
      const json = screen.getByRole('textbox', { name: 'JSON del catálogo' }) as HTMLTextAreaElement;
      const broken = JSON.parse(deskText);
      broken.basePrice = 499.5;
      broken.rules[0].if.option = 'colour';
      await user.clear(json);
      await user.click(json);
      await user.paste(JSON.stringify(broken, null, 2));
      expect(await screen.findByText('pasted.json: /basePrice: se esperaban céntimos enteros; hay 499.5')).toBeTruthy();
      expect(summary().textContent).toBe('1 error');
      broken.basePrice = JSON.parse(deskText).basePrice;
      await user.clear(json);
      await user.click(json);
      await user.paste(JSON.stringify(broken, null, 2));
      expect(await screen.findByText('pasted.json: /rules/0/if/option: grupo de opciones desconocido "colour"')).toBeTruthy();

      await act(() => setLang('en', { persist: false }));
      expect(await screen.findByText('pasted.json: /rules/0/if/option: unknown option group "colour"')).toBeTruthy();
    } finally {
      await setLang('en', { persist: false });
    }
  });

  it('follows the hash between the shop and the workbench', async () => {
    window.location.hash = '#/';
    render(<App loaded={{ catalogs: [], problems: [] }} sampleFiles={samples} now={NOW} />);
    expect(await screen.findByText('No products are available right now.', undefined, { timeout: 10_000 })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Site' });
    expect(within(nav).getByRole('link', { name: 'Catalog workbench' }).getAttribute('href')).toBe('#/workbench');
    await act(async () => {
      window.location.hash = '#/workbench';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Catalog workbench' }, { timeout: 10_000 })).toBeTruthy();
  });
});
