import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { ECHARTS } from '../../functions/api/dashboard/page.ts';

/** Where the dashboard page finds ECharts locally. */
export const LOCAL_DASHBOARD_ASSETS = '/dashboard/assets';

/**
 * ECharts for `/dashboard`, served from the installed package so the page works offline and
 * makes no request beyond this server. Only the one pinned file is served.
 */
export function dashboardAssets() {
  const dist = join(dirname(createRequire(import.meta.url).resolve('echarts/package.json')), 'dist');
  // The page reads this per request; an explicit DASHBOARD_ASSETS_URL wins.
  process.env['DASHBOARD_ASSETS_URL'] ||= LOCAL_DASHBOARD_ASSETS;
  return {
    path: `${LOCAL_DASHBOARD_ASSETS}/${ECHARTS.file}`,
    handler: serveStatic({ root: relative(process.cwd(), dist), rewriteRequestPath: () => `/${ECHARTS.file}` }),
  };
}
