import { afterEach, describe, expect, it } from 'vitest';
import { APP_PROBLEM_TEXTS, englishAppProblem, type AppProblem, type AppProblemCode } from '../../app/app-problems.ts';
import { CUSTOMER_PROBLEM_TEXTS, formatCustomerProblem, type CustomerProblem, type CustomerProblemCode } from '../../domain/customer-details.ts';
import { DISCOUNT_PROBLEM_TEXTS, formatDiscountProblem, type DiscountProblem, type DiscountProblemCode } from '../../domain/discount-problems.ts';
import { setLang } from './i18n.ts';
import { appProblemText, customerProblemText, discountProblemText } from './problem-text.ts';

afterEach(async () => {
  await setLang('en', { persist: false });
});

// Every code, with every parameter any of them takes (the extra ones are ignored).
const discountProblems = (Object.keys(DISCOUNT_PROBLEM_TEXTS) as DiscountProblemCode[]).map(
  (code) => ({ code, params: { target: 'total', label: 'Entrega', percent: 12.5, limit: 10 } }) as DiscountProblem,
);
const customerProblems = (Object.keys(CUSTOMER_PROBLEM_TEXTS) as CustomerProblemCode[]).map(
  (code) => ({ field: 'name', code, params: { max: 200 } }) as CustomerProblem,
);
const appProblems = (Object.keys(APP_PROBLEM_TEXTS) as AppProblemCode[]).map(
  (code) => ({ code, params: { number: 'Q-2026-000042', status: 503 } }) as AppProblem,
);

/** "this would sell below cost" → "This would sell below cost.": the panel shows the domain's English as a sentence. */
const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;

describe('the English of discount, customer and app problems in the UI', () => {
  it('is the domain’s and the app’s own English (discounts as sentences)', () => {
    for (const problem of discountProblems) expect(discountProblemText(problem), problem.code).toBe(sentence(formatDiscountProblem(problem)));
    for (const problem of customerProblems) expect(customerProblemText(problem), problem.code).toBe(formatCustomerProblem(problem));
    for (const problem of appProblems) expect(appProblemText(problem), problem.code).toBe(englishAppProblem(problem));
  });
});

describe('discount, customer and app problems in Spanish', () => {
  it('words every code in Spanish, with its parameters filled in and numbers written the Spanish way', async () => {
    const english = [
      ...discountProblems.map((p) => discountProblemText(p)),
      ...customerProblems.map((p) => customerProblemText(p)),
      ...appProblems.map((p) => appProblemText(p)),
    ];
    await setLang('es', { persist: false });
    const spanish = [
      ...discountProblems.map((p) => discountProblemText(p)),
      ...customerProblems.map((p) => customerProblemText(p)),
      ...appProblems.map((p) => appProblemText(p)),
    ];
    spanish.forEach((text, i) => {
      expect(text, english[i]).not.toBe(english[i]);
      expect(text, english[i]).not.toMatch(/\{\w+\}/);
    });
    expect(discountProblemText({ code: 'aboveLimit', params: { percent: 25.5, limit: 20 } })).toBe(
      'Un 25,5 % de descuento supera el 20 % que se puede aplicar como máximo a este producto.',
    );
    expect(discountProblemText({ code: 'belowCost' })).toBe('Así se vendería por debajo del coste: el pedido ingresaría menos de lo que cuesta fabricarlo.');
    expect(customerProblemText({ field: 'email', code: 'emailInvalid' })).toBe('Introduce un correo electrónico como nombre@ejemplo.com');
    expect(customerProblemText({ field: 'company', code: 'tooLong', params: { max: 200 } })).toBe('como máximo 200 caracteres');
    expect(appProblemText({ code: 'designStorageFull' })).toBe(
      'Este navegador no tiene espacio para guardar el diseño (o tiene el guardado desactivado). Tu diseño sigue abierto.',
    );
    expect(appProblemText({ code: 'quoteServiceFailed', params: { number: 'Q-2026-000042', status: 503 } })).toBe(
      'El servicio de pedidos no ha podido dar el presupuesto Q-2026-000042 (HTTP 503).',
    );
  });
});
