// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalogs } from '../../app/catalog-source.ts';
import { createSavedDesigns, type StorageLike } from '../../app/saved-designs.ts';
import { setLang } from '../i18n/i18n.ts';
import { SaveDesign } from './save-design.tsx';
import deskText from '../../../catalog/standing-desk.json?raw';

const NOW = () => new Date('2026-11-25T10:00:00Z');
const desk = loadCatalogs({ '/catalog/standing-desk.json': deskText }, 'es').catalogs[0]!;

function designsIn(storage: StorageLike) {
  let ids = 0;
  return createSavedDesigns(storage, { now: NOW, newId: () => `id-${++ids}`, warn: () => {} });
}
const memory = (): StorageLike & { items: Map<string, string> } => {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
};
const full: StorageLike = {
  getItem: () => null,
  setItem: () => {
    throw new DOMException('quota exceeded', 'QuotaExceededError');
  },
};

afterEach(async () => {
  cleanup();
  await setLang('en', { persist: false });
});

describe('saving a design in Spanish', () => {
  it('says in Spanish why it could not be saved, and in English once the language changes', async () => {
    await setLang('es', { persist: false });
    render(<SaveDesign catalog={desk} choices={{}} now={NOW} designs={designsIn(full)} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Guardar el diseño' }));
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Este navegador no tiene espacio para guardar el diseño (o tiene el guardado desactivado). Tu diseño sigue abierto.');
    await act(() => setLang('en', { persist: false }));
    expect(status.textContent).toBe('This browser has no room to save the design (or saving is turned off). Your design is still open.');
  });

  it('saves a design without a name as “Mi diseño”', async () => {
    await setLang('es', { persist: false });
    const designs = designsIn(memory());
    render(<SaveDesign catalog={desk} choices={{}} now={NOW} designs={designs} />);
    const user = userEvent.setup();
    await user.clear(screen.getByLabelText('Ponle nombre a este diseño'));
    await user.click(screen.getByRole('button', { name: 'Guardar el diseño' }));
    expect(designs.list().map((design) => design.name)).toEqual(['Mi diseño']);
    expect(screen.getByRole('status').textContent).toBe('Guardado como «Mi diseño». Lo encontrarás en la página de inicio.');
  });
});
