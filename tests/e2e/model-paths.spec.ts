import { expect, test, type Page } from '@playwright/test';
import { deriveView } from '../../src/app/derive-view.ts';
import type { FlowEvent } from '../../src/app/flow-machine.ts';
import { flowModel, shortestFlowPaths, type FlowSnapshot } from '../../src/app/flow-test-model.ts';
import { isoDateOf } from '../../src/domain/business-days.ts';
import { describeValue } from '../../src/domain/describe-selection.ts';
import { multiValues } from '../../src/domain/selections.ts';
import { formatMoney } from '../../src/ui/format.ts';
import { withoutWebGL } from './support/screens.ts';
import { loadSample } from '../../src/domain/spec-fixtures.ts';

/*
 * Paths generated from the flow machine's model (xstate/graph, src/app/flow-test-model.ts) replayed
 * in the browser: each event becomes the click a shopper would make, and after each one the page
 * must show the state the model is in (screen, step, price).
 */

const catalogs = [loadSample('standing-desk'), loadSample('modular-shelving')];
const model = flowModel(catalogs);
const paths = shortestFlowPaths(model);

type ModelPath = (typeof paths)[number];
const hasEvent = (path: ModelPath, type: FlowEvent['type']) => path.steps.some((step) => step.event.type === type);

/** A handful of paths that cover the interesting endings; of those, the longest (it passes through the most states). */
const CHOSEN: { readonly name: string; readonly matches: (path: ModelPath) => boolean }[] = [
  {
    name: 'a 170 cm desk with the dual motor, confirmed',
    matches: ({ state: s }) => s.matches('done') && s.context.choices.width === 170 && s.context.choices.motor === 'dual',
  },
  { name: 'a blocked review fixed with one click', matches: (path) => path.state.matches('reviewing') && hasEvent(path, 'APPLY_FIX') },
  { name: 'a review that cannot be confirmed', matches: ({ state: s }) => s.matches('reviewing') && !s.can({ type: 'CONFIRM' }) },
  {
    name: 'back to the products with the desk design kept',
    matches: ({ state: s }) => s.matches('choosingProduct') && s.context.catalog?.id === 'standing-desk' && Object.keys(s.context.choices).length >= 3,
  },
  { name: 'shelving confirmed', matches: (path) => path.state.matches('done') && path.state.context.catalog?.id === 'modular-shelving' },
];

function pick(matches: (path: ModelPath) => boolean): ModelPath | undefined {
  return paths.filter(matches).sort((a, b) => b.steps.length - a.steps.length)[0];
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Design steps' });

async function perform(page: Page, event: FlowEvent, before: FlowSnapshot): Promise<void> {
  const { catalog, stepIndex } = before.context;
  switch (event.type) {
    case 'SELECT_PRODUCT': {
      const name = catalogs.find((c) => c.id === event.productId)!.name.toLowerCase();
      return page.getByRole('button', { name: `Design your ${name}` }).click();
    }
    case 'SELECT_OPTION': {
      const group = catalog!.groups.find((g) => g.id === event.groupId)!;
      if (group.kind === 'number') {
        const field = page.getByRole('textbox', { name: `${group.label} (${group.unit})` });
        await field.fill(String(event.value));
        return field.press('Enter');
      }
      if (group.kind === 'single') {
        const label = group.values.find((v) => v.id === event.value)!.label;
        return page.getByRole('radio', { name: new RegExp(`^${label}`) }).check();
      }
      if (group.kind === 'multi') {
        const view = deriveView(catalog!, before.context.choices, isoDateOf(new Date()));
        const now = multiValues(group, view.selections[group.id]);
        const wanted = event.value as string[];
        for (const value of group.values.filter((v) => now.includes(v.id) !== wanted.includes(v.id))) {
          await page.getByRole('checkbox', { name: new RegExp(`^${value.label}`) }).click();
        }
        return;
      }
      throw new Error(`no UI action for ${group.kind} options in this model`);
    }
    case 'NEXT':
      return page.getByRole('button', { name: stepIndex === catalog!.groups.length - 1 ? 'Review your design' : 'Next', exact: true }).click();
    case 'BACK':
      return page.getByRole('button', { name: before.matches('configuring') && stepIndex === 0 ? 'All products' : 'Back', exact: true }).click();
    case 'REVIEW':
      return nav(page).getByRole('button', { name: 'Review' }).click();
    case 'EDIT_STEP':
      if (before.matches('reviewing')) return page.getByRole('button', { name: `Change ${catalog!.groups[event.index]!.label.toLowerCase()}` }).click();
      return nav(page).getByRole('listitem').nth(event.index).getByRole('button').click();
    case 'APPLY_FIX': {
      const change = event.changes[0]!;
      const group = catalog!.groups.find((g) => g.id === change.groupId)!;
      return page
        .locator('.conflict__fixes button')
        .filter({ hasText: describeValue(group, change.value) })
        .click();
    }
    case 'CONFIRM':
      return page.getByRole('button', { name: 'Confirm design' }).click();
    case 'BROWSE':
      return page.getByRole('button', { name: 'Made-to-Order home' }).click();
    case 'RESTART':
      return page.getByRole('button', { name: 'Start a new design' }).click();
    default:
      throw new Error(`no UI action for ${event.type}`);
  }
}

/** The page shows the model's state: the screen, the step, the price. */
async function expectShows(page: Page, state: FlowSnapshot): Promise<void> {
  const { catalog, stepIndex, choices } = state.context;
  const h1 = page.getByRole('heading', { level: 1 });
  if (state.matches('choosingProduct')) return expect(h1).toHaveText('What would you like us to make?');
  if (state.matches('done')) return expect(h1).toHaveText('Your design is ready');
  if (state.matches('reviewing')) await expect(h1).toHaveText(`Review your ${catalog!.name.toLowerCase()}`);
  else await expect(h1).toHaveText(catalog!.groups[stepIndex]!.label);
  const price = deriveView(catalog!, choices, isoDateOf(new Date())).price;
  await expect(page.getByTestId('total')).toHaveText(formatMoney(price.total, price.currency));
  if (state.matches('reviewing'))
    await (state.can({ type: 'CONFIRM' })
      ? expect(page.getByRole('button', { name: 'Confirm design' })).toBeEnabled()
      : expect(page.getByRole('button', { name: 'Confirm design' })).toBeDisabled());
}

for (const { name, matches } of CHOSEN) {
  test(`model path: ${name}`, async ({ page }) => {
    const path = pick(matches);
    expect(path, 'the model reaches this state').toBeDefined();
    test.info().annotations.push({ type: 'path', description: path!.steps.map((s) => JSON.stringify(s.event)).join(' → ') });
    await withoutWebGL(page);
    await page.goto('/');
    // The first step is the initial state (xstate.init); the rest are the shopper's events.
    let before = path!.steps[0]!.state;
    await expectShows(page, before);
    for (const step of path!.steps.slice(1)) {
      await test.step(JSON.stringify(step.event), async () => {
        await perform(page, step.event, before);
        await expectShows(page, step.state);
      });
      before = step.state;
    }
  });
}
