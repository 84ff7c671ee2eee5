import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/*
 * Every screen of every role, as a way to reach it from a fresh page. The accessibility scan, the
 * target-size check and the reflow checks run over this list: a new screen is one more entry.
 */

export interface Screen {
  readonly name: string;
  /** Brings a fresh page (WebGL off unless `webgl`) to the screen. */
  readonly open: (page: Page) => Promise<void>;
  /** Keep WebGL on (the 3D canvas); by default the 2D sketch stands in, which is faster here. */
  readonly webgl?: boolean;
}

interface ProductInfo {
  readonly id: string;
  readonly version: string;
  readonly name: string;
  readonly steps: readonly string[];
}

function product(file: string): ProductInfo {
  const data = JSON.parse(readFileSync(new URL(`../../../catalog/${file}.json`, import.meta.url), 'utf8')) as {
    id: string;
    version: string;
    name: string | { en: string };
    groups: { label: string | { en: string } }[];
  };
  const en = (text: string | { en: string }) => (typeof text === 'string' ? text : text.en);
  return { id: data.id, version: data.version, name: en(data.name), steps: data.groups.map((g) => en(g.label)) };
}

export const PRODUCTS: readonly ProductInfo[] = ['standing-desk', 'bicycle', 'modular-shelving'].map(product);
export const DESK = PRODUCTS[0]!;

/** Software WebGL is slow here; without it the preview's 2D sketch (the fallback) is shown. */
export async function withoutWebGL(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      return type.startsWith('webgl') ? null : getContext.call(this, type as '2d', ...(rest as []));
    } as typeof getContext;
  });
}

export const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

export async function openProduct(page: Page, info: ProductInfo = DESK): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: `Design your ${info.name.toLowerCase()}` }).click();
  await expect(heading(page, info.steps[0]!)).toBeVisible();
}

export async function openStep(page: Page, info: ProductInfo, index: number): Promise<void> {
  await openProduct(page, info);
  if (index > 0) await page.getByRole('navigation', { name: 'Design steps' }).getByRole('listitem').nth(index).getByRole('button').click();
  await expect(heading(page, info.steps[index]!)).toBeVisible();
}

export async function openReview(page: Page, info: ProductInfo = DESK): Promise<void> {
  await openProduct(page, info);
  await page.getByRole('navigation', { name: 'Design steps' }).getByRole('button', { name: 'Review' }).click();
  await expect(heading(page, `Review your ${info.name.toLowerCase()}`)).toBeVisible();
}

async function setDeskWidth(page: Page, width: string): Promise<void> {
  const field = page.getByRole('textbox', { name: 'Width (cm)' });
  await field.fill(width);
  await field.press('Enter');
}

export const SAVED_DESIGN = {
  schemaVersion: 1,
  designs: [
    {
      id: 'saved-1',
      name: 'Office desk',
      catalogId: 'standing-desk',
      catalogVersion: '2026.11.4',
      choices: { width: 150, top: 'solid-oak' },
      savedAt: '2026-11-20T10:00:00.000Z',
    },
  ],
};

async function withSavedDesign(page: Page): Promise<void> {
  await page.addInitScript((stored) => {
    if (!localStorage.getItem('made-to-order:saved-designs')) localStorage.setItem('made-to-order:saved-designs', stored);
  }, JSON.stringify(SAVED_DESIGN));
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Your saved designs' })).toBeVisible();
}

function shareHash(choices: Record<string, unknown>, version = DESK.version): string {
  const payload = Buffer.from(JSON.stringify(choices)).toString('base64url');
  return `/#/design/${DESK.id}/${version}?s=1&c=${payload}`;
}

/** Signs in to sales mode (the demo PIN) and opens the desk's review, with the customer and discount forms. */
export async function openSalesReview(page: Page): Promise<void> {
  await page.goto('/#/sales');
  await page.getByLabel('Your name').fill('Ana Ruiz');
  await page.getByLabel('Staff PIN').fill('2468');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: `Design your ${DESK.name.toLowerCase()}` }).click();
  await page.getByRole('navigation', { name: 'Design steps' }).getByRole('button', { name: 'Review' }).click();
  await expect(page.getByRole('form', { name: 'Customer' })).toBeVisible();
}

export async function openWorkbench(page: Page): Promise<void> {
  await page.goto('/#/workbench');
  await expect(heading(page, 'Catalog workbench')).toBeVisible();
  await expect(page.getByTestId('problem-summary')).toHaveText(/No problems|warning/);
}

/** The shop's lazy chunk (flow, rules engine, configurator): tests hold it back to see the loading screens. */
export const SHOP_CHUNK = /\/assets\/shop-[^/]+\.js$/;

export const SCREENS: readonly Screen[] = [
  { name: 'sales sign-in', open: (page) => page.goto('/#/sales').then(() => expect(heading(page, 'Sales sign-in')).toBeVisible()) },
  {
    name: 'customer suggestions (merchandisers)',
    open: (page) => page.goto('/#/suggestions').then(() => expect(heading(page, 'Customer suggestions')).toBeVisible()),
  },
  { name: 'your data', open: (page) => page.goto('/#/your-data').then(() => expect(heading(page, 'Your data')).toBeVisible()) },
  { name: 'product picker', open: (page) => page.goto('/').then(() => expect(heading(page, 'What would you like us to make?')).toBeVisible()) },
  ...PRODUCTS.flatMap((info) =>
    info.steps.map((step, index): Screen => ({ name: `${info.id} step ${index + 1} (${step})`, open: (page) => openStep(page, info, index) })),
  ),
  {
    name: 'standing-desk 3D preview (WebGL)',
    webgl: true,
    open: async (page) => {
      await openStep(page, DESK, 2);
      await expect(page.locator('.preview canvas')).toBeVisible();
    },
  },
  {
    name: 'number field refusing a value',
    open: async (page) => {
      await openProduct(page);
      await setDeskWidth(page, '999');
      await expect(page.getByRole('alert')).toBeVisible();
    },
  },
  {
    name: 'blocked option with its reason and fix',
    open: async (page) => {
      await openProduct(page);
      await setDeskWidth(page, '170');
      await page
        .getByRole('navigation', { name: 'Design steps' })
        .getByRole('button', { name: /^Motor/ })
        .click();
      await expect(page.getByRole('button', { name: /and choose Single motor/ })).toBeVisible();
    },
  },
  {
    name: 'text field refusing characters',
    open: async (page) => {
      await openStep(page, DESK, 6);
      await page.getByRole('textbox', { name: /Engraving/ }).fill('<Ada>');
      await expect(page.getByRole('alert')).toBeVisible();
    },
  },
  { name: 'review', open: (page) => openReview(page) },
  ...PRODUCTS.slice(1).map((info): Screen => ({ name: `${info.id} review`, open: (page) => openReview(page, info) })),
  {
    name: 'review with a conflict',
    open: async (page) => {
      // The single motor as the customer's own choice (not the default), then a width it cannot lift.
      await openStep(page, DESK, 4);
      await page.getByRole('radio', { name: /Dual motor/ }).check();
      await page.getByRole('radio', { name: /Single motor/ }).check();
      await page.getByRole('navigation', { name: 'Design steps' }).getByRole('listitem').first().getByRole('button').click();
      await setDeskWidth(page, '170');
      await page.getByRole('navigation', { name: 'Design steps' }).getByRole('button', { name: 'Review' }).click();
      await expect(page.getByRole('button', { name: 'Confirm design' })).toBeDisabled();
    },
  },
  {
    name: 'review with the share link to copy by hand',
    open: async (page) => {
      await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));
      await openReview(page);
      await page.getByRole('button', { name: 'Share this design' }).click();
      await expect(page.getByRole('textbox', { name: 'Link to this design' })).toBeVisible();
    },
  },
  {
    name: 'review after saving',
    open: async (page) => {
      await openReview(page);
      await page.getByRole('button', { name: 'Save design' }).click();
      await expect(page.getByText(/^Saved as/)).toBeVisible();
    },
  },
  {
    name: 'done page',
    open: async (page) => {
      await openReview(page);
      await page.getByRole('button', { name: 'Confirm design' }).click();
      await expect(heading(page, 'Your design is ready')).toBeVisible();
      await expect(page.getByRole('link', { name: 'Download order spec (JSON)' })).toBeVisible();
    },
  },
  {
    // The shop's code held back: the configurator's frame a share link opens in meanwhile.
    name: 'share link opening (shop loading)',
    open: async (page) => {
      await page.route(SHOP_CHUNK, () => {});
      await page.goto(shareHash({ width: 170 }));
      await expect(page.getByRole('status')).toHaveText('Opening the shared design…');
    },
  },
  {
    // The shop's code held back: a product chosen on the early cards shows its standard sketch meanwhile.
    name: 'product opening (shop loading)',
    open: async (page) => {
      await page.route(SHOP_CHUNK, () => {});
      await page.goto('/');
      await page.getByRole('button', { name: `Design your ${DESK.name.toLowerCase()}` }).click();
      await expect(page.getByRole('status')).toHaveText(`Opening your ${DESK.name.toLowerCase()}…`);
    },
  },
  {
    name: 'share link notice',
    open: async (page) => {
      await page.goto(shareHash({ width: 250, top: 'gold', nonsense: 1 }, '2020.1.1'));
      await expect(page.getByRole('button', { name: 'Dismiss' })).toBeVisible();
    },
  },
  {
    name: 'unknown product link notice',
    open: async (page) => {
      await page.goto('/#/design/hoverboard/1?s=1&c=e30');
      await expect(page.getByRole('button', { name: 'Dismiss' })).toBeVisible();
    },
  },
  { name: 'product picker with saved designs', open: withSavedDesign },
  {
    name: 'refused order notice',
    open: async (page) => {
      // An order the service refused after it waited offline (as order-intake.spec.ts makes for real).
      await page.addInitScript((version) => {
        const spec = {
          catalog: { id: 'standing-desk', version, name: 'Standing desk' },
          leadTime: { orderDate: '2026-11-20' },
          choices: [{ groupId: 'width', value: 160, source: 'customer' }],
        };
        const findings = [{ pointer: '/leadTime/orderDate', message: 'the order date is 2026-11-20, but orders are placed today' }];
        const entry = { hash: 'c'.repeat(64), spec, state: 'rejected', queuedAt: Date.now(), attempts: 1, nextAttemptAt: Date.now(), findings };
        localStorage.setItem('made-to-order:order-outbox', JSON.stringify({ schemaVersion: 1, entries: [entry] }));
      }, DESK.version);
      await page.goto('/');
      await expect(page.getByRole('region', { name: 'An order you placed was not accepted' })).toBeVisible();
    },
  },
  {
    name: 'saved design delete confirmation',
    open: async (page) => {
      await withSavedDesign(page);
      await page.getByRole('button', { name: /^Delete/ }).click();
      await expect(page.getByRole('button', { name: /^Yes, delete/ })).toBeVisible();
    },
  },
  {
    name: 'saved design opened notice',
    open: async (page) => {
      await withSavedDesign(page);
      await page.getByRole('button', { name: /^Open/ }).click();
      await expect(page.getByRole('button', { name: 'Dismiss' })).toBeVisible();
    },
  },
  {
    name: 'suggest an option, open',
    open: async (page) => {
      await openProduct(page);
      await page.getByRole('button', { name: 'Suggest an option' }).click();
      await page.getByLabel('What would you like?').fill('A cork top');
      await page.getByRole('button', { name: 'Add suggestion' }).click();
      await expect(page.getByRole('region', { name: /^Suggestions for this/ })).toBeVisible();
    },
  },
  {
    name: 'sales review with customer details refused',
    open: async (page) => {
      await openSalesReview(page);
      const customer = page.getByRole('form', { name: 'Customer' });
      await customer.getByLabel('Email', { exact: true }).fill('lucia@example');
      await customer.getByLabel('City', { exact: true }).fill('Madrid');
      await customer.getByRole('button', { name: 'Save customer details' }).click();
      await expect(customer.getByRole('alert')).toBeVisible();
    },
  },
  {
    name: 'sales quote',
    open: async (page) => {
      await openSalesReview(page);
      const customer = page.getByRole('form', { name: 'Customer' });
      await customer.getByLabel('Name', { exact: true }).fill('Lucía Gómez');
      await customer.getByLabel('Email', { exact: true }).fill('lucia@example.com');
      await customer.getByRole('button', { name: 'Save customer details' }).click();
      await page.getByRole('button', { name: 'Prepare quote' }).click();
      await expect(heading(page, /^Quote /)).toBeVisible();
    },
  },
  { name: 'catalog workbench', open: openWorkbench },
  {
    name: 'catalog workbench with problems',
    open: async (page) => {
      await openWorkbench(page);
      const text = await page.getByRole('textbox', { name: 'Catalog JSON' }).inputValue();
      await page.getByRole('textbox', { name: 'Catalog JSON' }).fill(text.replace(/"basePrice": \d+/, '"basePrice": 499.5').replace('"version"', '"versoin"'));
      await expect(page.getByTestId('stale-note')).toBeVisible();
    },
  },
];
