import { createRequire } from 'node:module';
import { dirname, relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { app as apiApp } from '../../functions/api/app.ts';
import { dashboardAssets } from './dashboard-assets.ts';

/** Where the docs page finds Swagger UI locally (set before the app module is imported). */
export const LOCAL_DOCS_ASSETS = '/docs/assets';

/**
 * The local HTTP surface: the same Hono app as the Lambda, plus Swagger UI's static files
 * served from the installed package so `/docs` works offline, and ECharts for `/dashboard` likewise.
 */
export function localApp(api: typeof apiApp) {
  const uiDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  const root = relative(process.cwd(), uiDir);
  const charts = dashboardAssets();
  return new Hono()
    .get(charts.path, charts.handler)
    .use(`${LOCAL_DOCS_ASSETS}/*`, serveStatic({ root, rewriteRequestPath: (p) => p.slice(LOCAL_DOCS_ASSETS.length) }))
    .route('/', api);
}
