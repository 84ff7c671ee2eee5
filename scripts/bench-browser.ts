/**
 * npm run bench (browser part) — figures against shared/QUALITY.md, printed, never asserted:
 * 1. Lighthouse (mobile profile, simulated throttling) on the production build served locally:
 *    performance, accessibility and best-practices scores with LCP, CLS and TBT. Lighthouse is not
 *    a project dependency: it runs through `npx -y lighthouse@12.8.2` (the last line supporting
 *    Node 20) from a temp directory, with Debian's Chromium. Skipped with BENCH_LIGHTHOUSE=0, or
 *    when npx cannot fetch it (offline); the Playwright figures below stand in then.
 * 2. The same page driven by Playwright with a mobile profile (412 × 823, 4× CPU slowdown through
 *    CDP, slow-4G network): LCP, CLS and TBT measured in the page (PerformanceObserver).
 * 3. 50 option clicks on the desk (desktop, no throttling): long tasks during them, and for each
 *    click whether the price on screen changed before the next animation frame (same frame).
 *
 *   npm run bench                     # everything
 *   npx tsx scripts/bench-browser.ts  # only this part (BENCH_BROWSER_PORT=4419, BENCH_BROWSER_OUT_DIR=dist-bench-browser)
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';

const root = new URL('../', import.meta.url).pathname;
const port = Number(process.env.BENCH_BROWSER_PORT ?? 4419);
const outDir = process.env.BENCH_BROWSER_OUT_DIR ?? 'dist-bench-browser';
const origin = `http://127.0.0.1:${port}`;
const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => path && existsSync(path));
const LIGHTHOUSE = 'lighthouse@12.8.2';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor((sorted.length - 1) / 2)]!;
};
const p95 = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
};
const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : 'n/a');
const mark = (ok: boolean) => (ok ? '✓' : '✗');

function buildAndServe(): ChildProcess {
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  const build = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn', '--outDir', outDir], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('vite build failed');
  return spawn(process.execPath, [vite, 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: root,
    stdio: 'ignore',
  });
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(origin)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the preview server did not start on ${origin}`);
}

interface LighthouseFigures {
  readonly performance: number;
  readonly accessibility: number;
  readonly bestPractices: number;
  readonly lcp: number;
  readonly cls: number;
  readonly tbt: number;
  readonly failed: string[];
}

function lighthouse(): LighthouseFigures | string {
  if (process.env.BENCH_LIGHTHOUSE === '0') return 'skipped (BENCH_LIGHTHOUSE=0)';
  if (!chromiumPath) return 'skipped: no Chromium found (set CHROMIUM_PATH)';
  const cwd = mkdtempSync(join(tmpdir(), 'mto-lighthouse-'));
  const flags = ['--headless=new', '--disable-gpu', '--disable-dev-shm-usage', ...(isRoot ? ['--no-sandbox'] : [])].join(' ');
  const run = spawnSync(
    'npx',
    [
      '-y',
      LIGHTHOUSE,
      `${origin}/`,
      '--quiet',
      '--output=json',
      '--output-path=stdout',
      '--only-categories=performance,accessibility,best-practices',
      `--chrome-flags=${flags}`,
    ],
    { cwd, env: { ...process.env, CHROME_PATH: chromiumPath }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 300_000 },
  );
  if (run.status !== 0 || !run.stdout.trim().startsWith('{'))
    return `not available here (${(run.stderr || run.error?.message || 'no output').trim().split('\n').at(-1)})`;
  writeFileSync(resolve(root, outDir, 'lighthouse-report.json'), run.stdout);
  const report = JSON.parse(run.stdout) as {
    categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
    audits: Record<string, { score: number | null; numericValue?: number; scoreDisplayMode: string; title: string }>;
  };
  const failed = ['accessibility', 'best-practices'].flatMap((category) =>
    report.categories[category]!.auditRefs.map((ref) => report.audits[ref.id]!)
      .filter((audit) => audit.scoreDisplayMode === 'binary' && audit.score === 0)
      .map((audit) => `${category}: ${audit.title}`),
  );
  return {
    performance: report.categories.performance!.score ?? NaN,
    accessibility: report.categories.accessibility!.score ?? NaN,
    bestPractices: report.categories['best-practices']!.score ?? NaN,
    lcp: report.audits['largest-contentful-paint']!.numericValue ?? NaN,
    cls: report.audits['cumulative-layout-shift']!.numericValue ?? NaN,
    tbt: report.audits['total-blocking-time']!.numericValue ?? NaN,
    failed,
  };
}

/** LCP, CLS and TBT of a cold load with a mid-range phone's CPU (4× slower) on slow 4G. */
async function mobileLoad(browser: Browser): Promise<{ lcp: number; cls: number; tbt: number; fcp: number }> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 2.625, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __vitals: { lcp: number; cls: number; longTasks: { start: number; duration: number }[] } };
    w.__vitals = { lcp: 0, cls: 0, longTasks: [] };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__vitals.lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) w.__vitals.cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__vitals.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  // Quiet for a while after load, as Lighthouse waits: TBT counts long tasks from FCP on.
  await page.waitForTimeout(5_000);
  const figures = await page.evaluate(() => {
    const w = window as unknown as { __vitals: { lcp: number; cls: number; longTasks: { start: number; duration: number }[] } };
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    const tbt = w.__vitals.longTasks.filter((t) => t.start >= fcp).reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
    return { lcp: w.__vitals.lcp, cls: w.__vitals.cls, tbt, fcp };
  });
  await context.close();
  return figures;
}

interface ClickFigures {
  readonly clicks: number;
  readonly sameFrame: number;
  readonly toDom: number[];
  readonly toFrame: number[];
  readonly eventDurations: number[];
  readonly longTasks: number[];
  readonly longTaskDetails: { duration: number; click: number; sinceClick: number | null }[];
}

/** 50 clicks on the desk's accessories (each one changes the price), one at a time. */
async function optionClicks(page: Page): Promise<ClickFigures> {
  await page.goto(`${origin}/`);
  await page.getByRole('button', { name: 'Design your standing desk' }).click();
  await page
    .getByRole('navigation', { name: 'Design steps' })
    .getByRole('button', { name: /^Accessories/ })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Accessories' }).waitFor();
  await page.waitForTimeout(1_500); // the 3D chunk and the first frames settle
  await page.evaluate(() => {
    type Click = { at: number; dom: number; frame: number };
    const w = window as unknown as { __clicks: Click[]; __longTasks: { start: number; duration: number }[]; __events: number[] };
    w.__clicks = [];
    w.__longTasks = [];
    w.__events = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask' });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'click') w.__events.push(entry.duration);
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
    const total = document.querySelector('[data-testid="total"]')!;
    let pending: Click | null = null;
    new MutationObserver(() => {
      if (pending && pending.dom < 0) pending.dom = performance.now();
    }).observe(total, { subtree: true, childList: true, characterData: true });
    document.addEventListener(
      'click',
      () => {
        const click: Click = { at: performance.now(), dom: -1, frame: -1 };
        pending = click;
        w.__clicks.push(click);
        // The next frame after the click: the price must be in the DOM before it is painted.
        requestAnimationFrame(() => {
          click.frame = performance.now();
        });
      },
      true,
    );
  });
  const desk = JSON.parse(readFileSync(join(root, 'catalog/standing-desk.json'), 'utf8')) as {
    groups: { id: string; values?: { label: string | { en: string } }[] }[];
  };
  const values = (desk.groups.find((g) => g.id === 'accessories')?.values ?? []).map((v) => (typeof v.label === 'string' ? v.label : v.label.en));
  for (let i = 0; i < 50; i++) {
    const label = values[Math.floor(i / 2) % values.length]!;
    await page.getByRole('checkbox', { name: new RegExp(`^${label}`) }).click();
    await page.waitForTimeout(120);
  }
  await page.waitForTimeout(500);
  const raw = await page.evaluate(() => {
    const w = window as unknown as {
      __clicks: { at: number; dom: number; frame: number }[];
      __longTasks: { start: number; duration: number }[];
      __events: number[];
    };
    return { clicks: w.__clicks, longTasks: w.__longTasks, events: w.__events };
  });
  const clicks = raw.clicks.filter((c) => c.dom >= 0 && c.frame >= 0);
  return {
    clicks: raw.clicks.length,
    sameFrame: clicks.filter((c) => c.dom <= c.frame).length,
    toDom: clicks.map((c) => c.dom - c.at),
    toFrame: clicks.map((c) => c.frame - c.at),
    eventDurations: raw.events,
    longTasks: raw.longTasks.map((t) => t.duration),
    longTaskDetails: raw.longTasks.map((task) => {
      const index = raw.clicks.findLastIndex((c) => c.at <= task.start + 1);
      return { duration: task.duration, click: index + 1, sinceClick: index < 0 ? null : task.start - raw.clicks[index]!.at };
    }),
  };
}

function printClicks(title: string, figures: ClickFigures) {
  const longest = Math.max(0, ...figures.longTasks);
  console.log(`\n${title}`);
  console.log(`  clicks                         ${figures.clicks}`);
  console.log(`  price in the DOM before the next frame   ${figures.sameFrame}/${figures.clicks} ${mark(figures.sameFrame === figures.clicks)}`);
  console.log(
    `  click → price in DOM           median ${figures.toDom.length ? median(figures.toDom).toFixed(1) : 'n/a'} ms, p95 ${p95(figures.toDom).toFixed(1)} ms`,
  );
  console.log(`  click → next frame             median ${median(figures.toFrame).toFixed(1)} ms, p95 ${p95(figures.toFrame).toFixed(1)} ms`);
  const events = figures.eventDurations;
  console.log(
    `  click → next paint (Event Timing, INP-like; only those ≥ 16 ms are reported: ${events.length})   ${events.length ? `median ${ms(median(events))}, p95 ${ms(p95(events))}` : 'none'}  (INP target ≤ 200 ms)`,
  );
  console.log(
    `  long tasks (> 50 ms)           ${figures.longTasks.length}${figures.longTasks.length ? `, longest ${ms(longest)}` : ''} ${mark(figures.longTasks.length === 0)}  (target: none)`,
  );
  for (const task of figures.longTaskDetails)
    console.log(
      `    ${ms(task.duration)} ${task.sinceClick === null ? 'before the first click' : `${Math.round(task.sinceClick)} ms after click ${task.click}`}`,
    );
}

const server = buildAndServe();
try {
  await waitForServer();
  console.log(`\nBrowser figures (production build served at ${origin})`);

  const lh = lighthouse();
  if (typeof lh === 'string') console.log(`\nLighthouse ${LIGHTHOUSE} (mobile): ${lh}`);
  else {
    console.log(`\nLighthouse ${LIGHTHOUSE}, mobile profile (simulated slow 4G, 4× CPU), run with npx in a temp dir`);
    console.log(`  performance     ${lh.performance.toFixed(2)} ${mark(lh.performance >= 0.9)}  (target ≥ 0.90)`);
    console.log(`  accessibility   ${lh.accessibility.toFixed(2)} ${mark(lh.accessibility >= 1)}  (target 1.00)`);
    console.log(`  best practices  ${lh.bestPractices.toFixed(2)} ${mark(lh.bestPractices >= 0.95)}  (target ≥ 0.95)`);
    console.log(`  LCP ${ms(lh.lcp)} ${mark(lh.lcp <= 2500)} · CLS ${lh.cls.toFixed(3)} ${mark(lh.cls <= 0.1)} · TBT ${ms(lh.tbt)} ${mark(lh.tbt <= 200)}`);
    for (const failure of lh.failed) console.log(`  failed audit: ${failure}`);
    console.log(`  full report: ${outDir}/lighthouse-report.json`);
  }

  const browser = await chromium.launch({
    ...(chromiumPath ? { executablePath: chromiumPath } : {}),
    args: [...(isRoot ? ['--no-sandbox'] : []), '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
  try {
    const loads = [];
    for (let i = 0; i < 3; i++) loads.push(await mobileLoad(browser));
    console.log('\nPlaywright, mobile profile (412 × 823, 4× CPU via CDP, slow 4G), median of 3 cold loads');
    const lcp = median(loads.map((l) => l.lcp));
    const cls = median(loads.map((l) => l.cls));
    const tbt = median(loads.map((l) => l.tbt));
    console.log(
      `  FCP ${ms(median(loads.map((l) => l.fcp)))} · LCP ${ms(lcp)} ${mark(lcp <= 2500)} · CLS ${cls.toFixed(3)} ${mark(cls <= 0.1)} · TBT ${ms(tbt)} ${mark(tbt <= 200)}`,
    );

    // The 2D sketch stands in for WebGL: the shop's own work, without software GL's frame cost.
    const sketch = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await sketch.addInitScript(() => {
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        return type.startsWith('webgl') ? null : getContext.call(this, type as '2d', ...(rest as []));
      } as typeof getContext;
    });
    printClicks('50 option clicks, desktop, no throttling, 2D preview (no WebGL)', await optionClicks(await sketch.newPage()));
    await sketch.close();
    const gl = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    printClicks(
      '50 option clicks, desktop, no throttling, 3D preview on SwiftShader (software WebGL: frames are far slower than on a GPU)',
      await optionClicks(await gl.newPage()),
    );
    await gl.close();
  } finally {
    await browser.close();
  }
} finally {
  server.kill();
}
