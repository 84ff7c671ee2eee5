// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadCatalogs } from '../../app/catalog-source.ts';
import { DESIGN_NOTE_TEXTS, englishDesignNote, type DesignNoteCode } from '../../app/design-notes.ts';
import { decodeShareLink, encodeShareLink } from '../../app/share-link.ts';
import { useViewStore } from '../../app/view-store.ts';
import { findGroup, invalidValueReason, valueProblem, VALUE_PROBLEM_TEXTS, type ValueProblemCode } from '../../domain/selections.ts';
import { App } from '../app.tsx';
import { designNoteWords } from './design-note-text.ts';
import { setLang, translate, type Lang } from './i18n.ts';
import { en } from './messages.en.ts';
import { valueProblemText } from './value-problem-text.ts';
import deskText from '../../../catalog/standing-desk.json?raw';

const NOW = () => new Date('2026-11-25T10:00:00Z');
const files = { '/catalog/standing-desk.json': deskText };
const DESK_VERSION = (JSON.parse(deskText) as { version: string }).version;
const catalogsIn = (lang: Lang) => loadCatalogs(files, lang);

beforeEach(() => {
  useViewStore.getState().dismissNotice();
  window.history.replaceState(null, '', '/#/');
});
afterEach(async () => {
  cleanup();
  await setLang('en');
  localStorage.clear();
});

describe('the English texts of value problems and design notes', () => {
  it('are the domain’s and the app’s own English, word for word', () => {
    for (const [code, text] of Object.entries(VALUE_PROBLEM_TEXTS)) expect(en[`valueProblem.${code as ValueProblemCode}`], code).toBe(text);
    for (const [code, text] of Object.entries(DESIGN_NOTE_TEXTS)) expect(en[`designNote.${code as DesignNoteCode}`], code).toEqual(text);
  });
});

describe('typed-value problems in the UI’s language', () => {
  it('words a too-long text and an out-of-range number in Spanish, and as the domain does in English', async () => {
    const desk = catalogsIn('es').catalogs[0]!;
    const width = findGroup(desk, 'width')!;
    const engraving = findGroup(desk, 'engraving')!;
    const tooWide = valueProblem(width, 250)!;
    const tooLong = valueProblem(engraving, 'A'.repeat(25))!;
    expect(tooWide).toEqual({ code: 'outOfRange', params: { label: 'Ancho', min: 100, max: 200, unit: 'cm' } });
    expect(valueProblemText(tooWide)).toBe(invalidValueReason(width, 250));
    await setLang('es');
    expect(valueProblemText(tooWide)).toBe('Ancho debe estar entre 100 y 200 cm');
    expect(valueProblemText(tooLong)).toBe('Grabado admite como máximo 24 caracteres');
    expect(valueProblemText(valueProblem(width, 152)!)).toBe('Ancho va en pasos de 5 cm');
  });
});

describe('notes about an opened design in the UI’s language', () => {
  it('words every note in Spanish, and in English as the app does', async () => {
    const params = {
      product: 'escritorio',
      label: 'ancho',
      names: '“x”',
      more: 2,
      count: 2,
      value: '250',
      unit: 'cm',
      min: 1,
      max: 9,
      step: 5,
      snapped: 5,
      market: 'España',
      rule: 'Regla.',
    };
    const codes = Object.keys(DESIGN_NOTE_TEXTS) as DesignNoteCode[];
    const english = codes.map((code) => designNoteWords()({ code, params }));
    expect(english).toEqual(codes.map((code) => englishDesignNote({ code, params })));
    await setLang('es');
    codes.forEach((code, i) => {
      const spanish = designNoteWords()({ code, params });
      expect(spanish, code).not.toBe(english[i]);
      expect(spanish, code).not.toMatch(/\{\w+\}/);
    });
  });

  it('explains in Spanish what a share link changed', async () => {
    await setLang('es');
    const { catalogs } = catalogsIn('es');
    const link = encodeShareLink({ catalogId: 'standing-desk', catalogVersion: DESK_VERSION, choices: { width: 250, frame: 'gold' } });
    expect(decodeShareLink(link, catalogs, designNoteWords()).notes).toEqual([
      'Este diseño pedía 250 cm de ancho; este producto llega como máximo a 200 cm, así que hemos mantenido el valor estándar.',
      'Este diseño pedía una opción de color de la estructura que ya no ofrecemos (“gold”), así que hemos mantenido la estándar.',
    ]);
    expect(decodeShareLink('#/design/hoverboard/1?s=1&c=e30', catalogs, designNoteWords()).notes).toEqual([
      'Este enlace es de un producto que ya no ofrecemos.',
    ]);
    // Without words from the UI, the notes stay English (tests, logs).
    expect(decodeShareLink('#/design/hoverboard/1?s=1&c=e30', catalogs).notes).toEqual(['This link is for a product we no longer offer.']);
  });
});

async function renderSpanishShop() {
  await setLang('es');
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  render(<App loaded={catalogsIn('es')} catalogsIn={catalogsIn} now={NOW} />);
  await waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull(), { timeout: 10_000 });
  return userEvent.setup();
}

describe('the shop in Spanish', () => {
  it('says in Spanish why a typed width or engraving is not accepted', async () => {
    const user = await renderSpanishShop();
    await user.click(screen.getByRole('button', { name: /^Diseña tu escritorio elevable/ }));
    const width = screen.getByRole('textbox', { name: 'Ancho (cm)' });
    await user.clear(width);
    await user.type(width, '250{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('Ancho debe estar entre 100 y 200 cm. Tu diseño sigue usando 140 cm.');

    await user.click(screen.getByRole('button', { name: /^Grabado/ }));
    const engraving = document.getElementById('text-engraving')!;
    await user.click(engraving);
    await user.paste('A'.repeat(25));
    // A design without an engraving keeps "no text", said as Spanish says it.
    expect(screen.getByRole('alert').textContent).toBe('Grabado admite como máximo 24 caracteres. Tu diseño sigue sin texto.');
    await user.clear(engraving);
    await user.type(engraving, `Hola${'A'.repeat(21)}`);
    expect(screen.getByRole('alert').textContent).toBe(`Grabado admite como máximo 24 caracteres. Tu diseño conserva «Hola${'A'.repeat(20)}».`);
  });

  it('words a refused width already on screen again when the language changes', async () => {
    await setLang('en');
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    render(<App loaded={catalogsIn('en')} catalogsIn={catalogsIn} now={NOW} />);
    await waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull(), { timeout: 10_000 });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /^Design your standing desk/ }));
    const width = screen.getByRole('textbox', { name: 'Width (cm)' });
    await user.clear(width);
    await user.type(width, '250{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('Width must be between 100 and 200 cm. Your design still uses 140 cm.');

    await act(() => setLang('es'));
    // The catalog's label ("Ancho") arrives with the Spanish catalogs, the sentence with the Spanish table.
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Ancho debe estar entre 100 y 200 cm. Tu diseño sigue usando 140 cm.'));
    expect(screen.getByRole('textbox', { name: 'Ancho (cm)' })).toHaveProperty('value', '250');
    await act(() => setLang('en'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Width must be between 100 and 200 cm. Your design still uses 140 cm.'));
  });

  it('opens a share link with its notes in Spanish', async () => {
    window.history.replaceState(
      null,
      '',
      `/${encodeShareLink({ catalogId: 'standing-desk', catalogVersion: DESK_VERSION, choices: { width: 250 }, lang: 'es' })}`,
    );
    await renderSpanishShop();
    const notice = screen.getByRole('button', { name: translate('notice.dismiss') }).closest('[role="status"]')!;
    expect(notice.textContent).toContain(translate('shop.linkOpened'));
    expect(notice.textContent).toContain('Este diseño pedía 250 cm de ancho; este producto llega como máximo a 200 cm');
    expect(window.location.hash).toBe('#/');
  });
});
