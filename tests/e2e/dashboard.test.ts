import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, dashboardPage, ECHARTS } from '../../functions/api/dashboard/page.ts';
import { freePort } from '../../infra/local/dynamodb-local.ts';
import { launchChromium } from '../fixtures/chromium.ts';
import { localToken, startRuntime, stopRuntime, type Runtime } from '../fixtures/runtime.ts';

/**
 * `/dashboard` in Debian's headless Chromium against the real one-machine runtime
 * (infra/local/start.ts, what `npm start` runs) with its demo data, on free ports and a
 * temporary data folder. Chromium is installed by .ci/install-chromium.sh when missing.
 * Saves docs/dashboard.png.
 */
const screenshot = join(import.meta.dirname, '../../docs/dashboard.png');
const dataDir = mkdtempSync(join(tmpdir(), 'park-crm-dashboard-'));

/** The few DOM shapes the in-page functions below touch (the project compiles without the DOM lib). */
declare const document: {
  body: { dataset: Record<string, string | undefined> };
  documentElement: { scrollWidth: number };
  getElementById(id: string): { textContent: string | null } | null;
};
type ChartBox = {
  clientWidth: number; clientHeight: number; getAttribute(name: string): string | null;
  querySelector(selector: 'canvas'): { width: number; height: number; getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } | null } | null;
};

let runtime: Runtime | undefined;
let browser: Browser | undefined;
let base = '';

async function startDemo(): Promise<string> {
  const ports = { api: await freePort(), dynamo: await freePort(), ses: 0 };
  runtime = await startRuntime({ dataDir, ports, env: { DASHBOARD_ASSETS_URL: '', LOG_LEVEL: 'warn' } });
  return runtime.base;
}

/** A token the way README says to get one: `npm run token -- <email>` (same data folder, same key). */
const token = (email: string) => localToken(dataDir, email);

/** Everything the page did wrong, and every request it made. */
function watch(page: Page) {
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.method()} ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.request().method()} ${r.url()}`); });
  page.on('request', (r) => requests.push(r.url()));
  return { problems, requests };
}

/** Waits until the page says every chart has finished drawing, then checks each chart's pixels. */
async function drawnCharts(page: Page, parkId: string) {
  await page.waitForFunction((id) => {
    const { state, park } = document.body.dataset;
    if (state === 'error') throw new Error(document.getElementById('banner')?.textContent ?? 'dashboard error');
    return state === 'ready' && park === id;
  }, parkId, { timeout: 20_000 });
  return page.$$eval('.chart', (boxes: ChartBox[]) => boxes.map((box) => {
    const canvas = box.querySelector('canvas');
    // Painted: some pixel of the chart's canvas is not transparent.
    const painted = canvas && canvas.width > 0 && canvas.height > 0
      ? canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data.some((v, i) => i % 4 === 3 && v > 0)
      : false;
    return { name: box.getAttribute('data-chart')!, width: box.clientWidth, height: box.clientHeight, painted };
  }));
}

beforeAll(async () => {
  // Chromium (maybe an apt-get install) and the runtime (demo seeding) come up side by side.
  const [launched, url] = await Promise.all([launchChromium(), startDemo()]);
  browser = launched;
  base = url;
}, 600_000);

afterAll(async () => {
  await browser?.close();
  if (runtime) {
    await Promise.race([stopRuntime(runtime), new Promise((r) => setTimeout(r, 15_000))]);
    if (runtime.child.exitCode === null) runtime.child.kill('SIGKILL');
  }
  rmSync(dataDir, { recursive: true, force: true });
}, 30_000);

describe('dashboard page', () => {
  it('loads ECharts pinned to the installed version, with the integrity hash of its file', () => {
    const pkg = createRequire(import.meta.url).resolve('echarts/package.json');
    expect(JSON.parse(readFileSync(pkg, 'utf8')).version).toBe(ECHARTS.version);
    const file = readFileSync(join(dirname(pkg), 'dist', ECHARTS.file));
    expect(ECHARTS.integrity).toBe(`sha384-${createHash('sha384').update(file).digest('base64')}`);

    // On AWS: the same file from the CDN, the only other origin the page may load a script from.
    const cdn = `https://cdn.jsdelivr.net/npm/echarts@${ECHARTS.version}/dist`;
    expect(dashboardPage(cdn)).toContain(`src="${cdn}/echarts.min.js" integrity="${ECHARTS.integrity}"`);
    expect(contentSecurityPolicy(cdn)).toContain("script-src 'self' https://cdn.jsdelivr.net;");
  });

  it('is served locally with ECharts from the local server and a policy that allows no other origin', async () => {
    const page = await fetch(`${base}/dashboard`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self';");
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self';");
    expect(await page.text()).toContain('src="/dashboard/assets/echarts.min.js"');
    const echarts = await fetch(`${base}/dashboard/assets/echarts.min.js`);
    expect(echarts.status).toBe(200);
    expect(createHash('sha384').update(Buffer.from(await echarts.arrayBuffer())).digest('base64')).toBe(ECHARTS.integrity.slice('sha384-'.length));
  });

  it('draws every chart for a zone viewer from the metrics API alone, without console errors or failed requests', async () => {
    // Prepare
    const viewer = await token('viewer.jinjiang@demo.park-crm.cn');
    const page = await browser!.newPage({ viewport: { width: 1366, height: 900 } });
    const { problems, requests } = watch(page);

    // Act: `?token=` once; the page keeps it and drops it from the address.
    await page.goto(`${base}/dashboard?token=${viewer}`);
    const charts = await drawnCharts(page, 'park_jinjiang');

    // Assess
    expect(charts.map((c) => c.name)).toEqual(expect.arrayContaining(['funnel', 'target', 'roadshows', 'take-up', 'take-up-trend', 'blockers-now', 'blockers-flow']));
    expect(charts.filter((c) => c.name.startsWith('chain-')).length).toBeGreaterThan(0);
    for (const c of charts) expect(c, c.name).toMatchObject({ painted: true, width: expect.any(Number), height: expect.any(Number) });
    expect(charts.every((c) => c.width > 100 && c.height > 100)).toBe(true);
    expect(new URL(page.url()).search).toBe('');
    await expect(page.locator('h1').textContent()).resolves.toBe('招商驾驶舱');
    await expect(page.locator('#board').textContent()).resolves.toContain('序时进度');
    expect(await page.locator('#park option').count()).toBeGreaterThan(5);

    mkdirSync(dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot, fullPage: true });

    // Another park from the selector: its own figures.
    await page.selectOption('#park', 'park_xinzhizao');
    const parkCharts = await drawnCharts(page, 'park_xinzhizao');
    expect(parkCharts.every((c) => c.painted)).toBe(true);

    expect(problems).toEqual([]);
    const api = requests.filter((u) => !/\/dashboard(\/|$|\?)/.test(new URL(u).pathname)).map((u) => new URL(u).pathname);
    expect(requests.every((u) => u.startsWith(base))).toBe(true);
    expect(api.every((p) => /^\/(me|metrics\/parks\/[\w-]+|parks\/[\w-]+\/(take-up|chain-map))$/.test(p)), api.join('\n')).toBe(true);
    await page.close();
  }, 60_000);

  it('fits a phone screen', async () => {
    const manager = await token('manager.yongjia@demo.park-crm.cn');
    const page = await browser!.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const { problems } = watch(page);
    await page.goto(`${base}/dashboard?token=${manager}`);
    const charts = await drawnCharts(page, 'park_yongjia');
    expect(charts.every((c) => c.painted && c.width <= 390)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('asks for a token, and sends a rejected one back to the login', async () => {
    const page = await browser!.newPage();
    await page.goto(`${base}/dashboard`);
    await page.waitForFunction(() => document.body.dataset.state === 'login');
    await page.fill('#token', 'not-a-token');
    await page.click('#sign-in');
    await page.waitForFunction(() => document.body.dataset.state === 'login' && document.getElementById('login-error')!.textContent !== '');
    await expect(page.locator('#login-error').textContent()).resolves.toContain('令牌无效');

    await page.fill('#token', await token('admin@demo.park-crm.cn'));
    await page.click('#sign-in');
    await drawnCharts(page, 'park_jinjiang');
    expect(await page.locator('#park option').count()).toBeGreaterThan(8);
    await page.close();
  }, 60_000);
});

describe('weekly digest on the demo data', () => {
  it('quotes the metrics API\'s figures for the same week, and renders as an email (docs/digest.png)', async () => {
    const admin = await token('admin@demo.park-crm.cn');
    const headers = { authorization: `Bearer ${admin}` };
    const preview = await (await fetch(`${base}/digests/preview?userId=user_manager_jinjiang`, { headers })).json() as {
      digest: { weekStart: string; figures: Record<string, number | null>; sections: Array<{ title: string }> };
    };
    const { weekStart, figures } = preview.digest;
    const metrics = await (await fetch(`${base}/metrics/parks/park_jinjiang?date=${weekStart}`, { headers })).json() as {
      signedInvestment: { year: number; annualTarget: number | null; yearProgress: number | null };
      takeUp: { takeUpRate: number | null };
      blockers: { escalated: number };
      funnel: { byStage: Record<string, number> };
    };
    expect(figures).toMatchObject({
      signedInvestmentYear: metrics.signedInvestment.year,
      annualTarget: metrics.signedInvestment.annualTarget,
      yearProgress: metrics.signedInvestment.yearProgress,
      takeUpRate: metrics.takeUp.takeUpRate,
      escalatedBlockers: metrics.blockers.escalated,
      leads: Object.values(metrics.funnel.byStage).reduce((a, b) => a + b, 0),
    });
    expect(preview.digest.sections.map((s) => s.title)).toEqual(expect.arrayContaining(['招商漏斗', '签约投资与年度目标']));

    // The email as a phone shows it.
    const html = await (await fetch(`${base}/digests/preview?userId=user_manager_jinjiang&format=html`, { headers })).text();
    const page = await browser!.newPage({ viewport: { width: 420, height: 900 } });
    const { problems, requests } = watch(page);
    await page.setContent(html, { waitUntil: 'load' });
    await page.screenshot({ path: join(dirname(screenshot), 'digest.png'), fullPage: true });
    expect(problems).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('data:') && u !== 'about:blank')).toEqual([]); // no remote images
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(420);
    await page.close();
  }, 60_000);
});
