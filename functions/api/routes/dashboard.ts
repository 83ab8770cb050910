import { createRoute, z } from '@hono/zod-openapi';
import { dashboardScript } from '../dashboard/client.ts';
import { contentSecurityPolicy, DASHBOARD_SCRIPT_PATH, dashboardAssetsUrl, dashboardPage } from '../dashboard/page.ts';
import { newRouter } from '../router.ts';

const tags = ['看板页面 Dashboard（公开页面，数据需令牌）'];

/**
 * The leadership cockpit: a public HTML shell and its script. The page itself carries no data;
 * its calls to the metrics API send the user's bearer token, like any other client.
 */
export const dashboard = newRouter()
  .openapi(createRoute({
    method: 'get', path: '/dashboard', tags, security: [],
    summary: '招商驾驶舱页面（ECharts）：漏斗、去化率与走势、签约投资对照序时进度、场景招商成效、堵点、产业链缺环',
    description: '登录：粘贴与 API 相同的 Bearer 令牌，或打开一次 /dashboard?token=…（之后保存在浏览器本地）。页面只读取 /me、/metrics/parks/{parkId}、/parks/{parkId}/take-up 与 /parks/{parkId}/chain-map。',
    responses: { 200: { description: '驾驶舱页面（HTML）', content: { 'text/html': { schema: z.string() } } } },
  }), (c) => {
    const assets = dashboardAssetsUrl();
    c.header('content-security-policy', contentSecurityPolicy(assets));
    c.header('cache-control', 'no-cache');
    return c.html(dashboardPage(assets), 200);
  })
  .get(DASHBOARD_SCRIPT_PATH, (c) => {
    c.header('content-type', 'text/javascript; charset=utf-8');
    c.header('cache-control', 'no-cache');
    return c.body(dashboardScript, 200);
  });
