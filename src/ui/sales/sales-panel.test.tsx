// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadCatalogs } from '../../app/catalog-source.ts';
import { SALES_SESSION_KEY } from '../../app/sales-access.ts';
import { App } from '../app.tsx';
import { setLang, type Lang } from '../i18n/i18n.ts';
import deskText from '../../../catalog/standing-desk.json?raw';

const NOW = () => new Date('2026-11-25T10:00:00Z');
const catalogsIn = (lang: Lang) => loadCatalogs({ '/catalog/standing-desk.json': deskText }, lang);

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await setLang('en', { persist: false });
  sessionStorage.clear();
  window.location.hash = '';
});

/** Sales mode in `lang`, signed in as Ana. */
async function openSalesDesk(lang: Lang, hash = '#/sales') {
  await setLang(lang, { persist: false });
  sessionStorage.setItem(SALES_SESSION_KEY, 'Ana');
  window.location.hash = hash;
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  render(<App loaded={catalogsIn(lang)} catalogsIn={catalogsIn} now={NOW} />);
  return userEvent.setup();
}

/** The Spanish sales desk at the review of the standing desk. */
async function spanishReview() {
  const user = await openSalesDesk('es');
  await user.click(await screen.findByRole('button', { name: /^Diseña tu escritorio elevable/ }, { timeout: 10_000 }));
  await user.click(within(screen.getByRole('navigation', { name: 'Pasos del diseño' })).getByRole('button', { name: /^Revisión/ }));
  return user;
}

describe('the sales panel in Spanish', () => {
  it('asks for the discount’s reason in Spanish, and writes the discount line and its audit entry in Spanish', async () => {
    const user = await spanishReview();
    const discount = await screen.findByRole('form', { name: 'Descuento' });
    await user.type(within(discount).getByLabelText('Porcentaje de descuento'), '5');
    await user.click(within(discount).getByRole('button', { name: 'Aplicar el descuento' }));
    await waitFor(() => expect(within(discount).getByTestId('discount-message').textContent).toBe('Indica el motivo del descuento.'));

    await user.type(within(discount).getByLabelText('Motivo'), 'Cliente habitual');
    await user.click(within(discount).getByRole('button', { name: 'Aplicar el descuento' }));
    await waitFor(() => expect(document.querySelector('.review [data-line-id="discount/total"]')?.textContent).toContain('Descuento en el pedido (5 %)'));
    expect(screen.getByTestId('audit-trail').textContent).toContain('Ana: Descuento en el pedido: 5 % · “Cliente habitual”');
  });

  it('refuses a discount beyond the guardrails in Spanish, and words the refusal again when the language changes', async () => {
    const user = await spanishReview();
    const discount = await screen.findByRole('form', { name: 'Descuento' });
    const message = within(discount).getByTestId('discount-message');
    await user.type(within(discount).getByLabelText('Porcentaje de descuento'), '25');
    await user.type(within(discount).getByLabelText('Motivo'), 'Cliente habitual');
    await user.click(within(discount).getByRole('button', { name: 'Aplicar el descuento' }));
    await waitFor(() => expect(message.textContent).toBe('Un 25 % de descuento supera el 20 % que se puede aplicar como máximo a este producto.'));
    expect(document.querySelector('.review [data-line-id="discount/total"]')).toBeNull();

    await act(() => setLang('en', { persist: false }));
    expect(message.textContent).toBe('25% off is more than the 20% anyone may give on this product.');
  });

  it('says under each field what is wrong with the customer’s details in Spanish, and again in English after a switch', async () => {
    const user = await spanishReview();
    const customer = await screen.findByRole('form', { name: 'Cliente' });
    await user.type(within(customer).getByLabelText('Correo electrónico'), 'lucia@example');
    await user.type(within(customer).getByLabelText('Código postal'), '#');
    await user.click(within(customer).getByRole('button', { name: 'Guardar los datos del cliente' }));
    expect(within(customer).getByRole('alert').textContent).toBe('Corrige los 5 problemas de abajo.');
    const errors = () => [...customer.querySelectorAll('.sales-field .field-error')].map((error) => error.textContent);
    expect(errors()).toEqual([
      'Introduce el nombre del cliente',
      'Introduce un correo electrónico como nombre@ejemplo.com',
      'Introduce la calle y el número',
      'Introduce un código postal como 28001',
      'Introduce la ciudad',
    ]);
    expect(document.getElementById(within(customer).getByLabelText('Nombre').getAttribute('aria-describedby')!)?.textContent).toBe(
      'Introduce el nombre del cliente',
    );

    await act(() => setLang('en', { persist: false }));
    expect(errors()).toEqual([
      'Enter the customer’s name',
      'Enter an email address such as name@example.com',
      'Enter the street and number',
      'Enter a postal code such as 28001',
      'Enter the city',
    ]);
  });
});

describe('the sales desk in Spanish', () => {
  it('says in Spanish when a linked quote cannot be found', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"error":"no quote"}', { status: 404 })),
    );
    await openSalesDesk('es', '#/sales/quote/Q-2026-000404');
    expect(
      await screen.findByText(
        'El presupuesto Q-2026-000404 no está en este navegador, y el servicio de pedidos no tiene ninguno que abra este enlace (comprueba el enlace completo, con su clave).',
        {},
        { timeout: 10_000 },
      ),
    ).toHaveProperty('className', 'notice sales-resume');
  });
});
