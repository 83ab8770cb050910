/**
 * The dashboard page (`/dashboard`): a static shell, its stylesheet and the client script
 * (`/dashboard/app.js`, see client.ts). The page holds no data; the script reads the metrics
 * API with the user's bearer token.
 *
 * ECharts comes from DASHBOARD_ASSETS_URL: the local runtime serves it from the installed
 * package (works offline); on AWS the default is the same pinned file on a public CDN, checked
 * by its Subresource Integrity hash (nothing bundled into the Lambda).
 */

/** The ECharts build the page loads. Keep in step with package.json (a test checks both). */
export const ECHARTS = {
  version: '6.1.0',
  file: 'echarts.min.js',
  /** sha384 of dist/echarts.min.js of that version (`openssl dgst -sha384 -binary … | base64`). */
  integrity: 'sha384-C2iskrW/uPW46KzOjrvJIQo4YkV8lkD+QS0CrDN18IIPIpT/g2USu8bTP3nvmIAD',
} as const;

export const DASHBOARD_SCRIPT_PATH = '/dashboard/app.js';

/** Read per request, so a runtime can point it at its own copy after the app is loaded. */
export const dashboardAssetsUrl = () =>
  (process.env['DASHBOARD_ASSETS_URL'] || `https://cdn.jsdelivr.net/npm/echarts@${ECHARTS.version}/dist`).replace(/\/$/, '');

/** Scripts only from this origin (and the CDN when it is used); data calls only to this origin. */
export function contentSecurityPolicy(assetsUrl: string): string {
  const cdn = /^https?:\/\//.test(assetsUrl) ? ` ${new URL(assetsUrl).origin}` : '';
  return [
    "default-src 'none'",
    `script-src 'self'${cdn}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const styles = `
:root { --bg:#f3f5f9; --card:#fff; --ink:#1f2a37; --muted:#6b7280; --line:#e5e7eb; --brand:#1d4ed8; --brand-dark:#0f2a5f;
  --good:#15803d; --bad:#c2410c; --warn:#d97706; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink); font: 14px/1.5 -apple-system, "PingFang SC", "Hiragino Sans GB",
  "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; }
header { background: var(--brand-dark); color: #fff; padding: 10px 16px; display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; }
header h1 { font-size: 18px; margin: 0; letter-spacing: 1px; }
header .who { font-size: 12px; opacity: .8; }
header .tools { margin-left: auto; display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
header select, header button { font: inherit; border-radius: 6px; border: 1px solid #3b5998; padding: 5px 8px; }
header select { max-width: 60vw; background: #fff; color: var(--ink); }
header button { background: transparent; color: #fff; cursor: pointer; }
header .date { font-size: 12px; opacity: .8; }
main { padding: 12px; max-width: 1440px; margin: 0 auto; }
.banner { padding: 10px 14px; border-radius: 8px; margin-bottom: 12px; background: #fff7ed; color: var(--bad); border: 1px solid #fed7aa; }
.kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 10px; margin-bottom: 12px; }
.kpi { background: var(--card); border-radius: 10px; padding: 10px 14px; border: 1px solid var(--line); }
.kpi .label { color: var(--muted); font-size: 12px; }
.kpi .value { font-size: 22px; font-weight: 600; margin: 2px 0; white-space: nowrap; }
.kpi .value small { font-size: 13px; font-weight: 400; margin-left: 2px; }
.kpi .note { font-size: 12px; color: var(--muted); }
.good { color: var(--good) !important; } .bad { color: var(--bad) !important; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 400px), 1fr)); grid-auto-flow: row dense; gap: 12px; }
.card { background: var(--card); border-radius: 10px; border: 1px solid var(--line); padding: 12px 14px; min-width: 0; }
.card.wide { grid-column: 1 / -1; }
@media (min-width: 860px) { .card.span2 { grid-column: span 2; } .pair.take-up { grid-template-columns: 1fr 2fr; } }
.pair { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 170px), 1fr)); gap: 8px; }
.card h2 { font-size: 15px; margin: 0 0 2px; }
.card .sub { color: var(--muted); font-size: 12px; margin: 0 0 6px; }
.chart { width: 100%; height: 280px; }
.chains { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 360px), 1fr)); gap: 4px 16px; }
.chips { display: flex; flex-wrap: wrap; gap: 4px; margin: 2px 0 8px; }
.chip { font-size: 12px; padding: 1px 8px; border-radius: 10px; background: #fff1f0; color: #a8071a; border: 1px solid #ffccc7; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 13px; white-space: nowrap; }
th, td { padding: 6px 8px; border-bottom: 1px solid var(--line); text-align: right; }
th:first-child, td:first-child, table.left th, table.left td { text-align: left; }
td a { color: var(--brand); text-decoration: none; }
th { color: var(--muted); font-weight: 500; }
.empty { color: var(--muted); padding: 24px 0; text-align: center; }
.login { max-width: 520px; margin: 48px auto; background: var(--card); border-radius: 12px; border: 1px solid var(--line); padding: 20px; }
.login h2 { margin-top: 0; }
.login textarea { width: 100%; min-height: 110px; font: 12px/1.4 ui-monospace, monospace; padding: 8px; border-radius: 6px; border: 1px solid var(--line); }
.login button { margin-top: 10px; background: var(--brand); color: #fff; border: 0; border-radius: 6px; padding: 8px 18px; font: inherit; cursor: pointer; }
.login code { background: #f1f5f9; padding: 1px 4px; border-radius: 4px; font-size: 12px; word-break: break-all; }
.login .error { color: var(--bad); margin-top: 8px; }
[hidden] { display: none !important; }
@media (max-width: 600px) {
  header h1 { font-size: 16px; }
  header .tools { margin-left: 0; width: 100%; }
  header select { flex: 1; max-width: none; }
  main { padding: 8px; }
  .kpis { grid-template-columns: repeat(2, 1fr); gap: 8px; }
  .kpi .value { font-size: 18px; }
  .chart { height: 250px; }
}
`;

export const dashboardPage = (assetsUrl: string) => `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="referrer" content="no-referrer">
  <title>招商驾驶舱</title>
  <link rel="icon" href="data:,">
  <style>${styles}</style>
  <script src="${assetsUrl}/${ECHARTS.file}" integrity="${ECHARTS.integrity}" crossorigin="anonymous" defer></script>
  <script src="${DASHBOARD_SCRIPT_PATH}" defer></script>
</head>
<body data-state="loading">
  <header>
    <div>
      <h1>招商驾驶舱</h1>
      <div class="who" id="who"></div>
    </div>
    <div class="tools" id="tools" hidden>
      <label for="park" hidden>园区</label>
      <select id="park" aria-label="选择园区"></select>
      <span class="date" id="date"></span>
      <button type="button" id="refresh">刷新</button>
      <button type="button" id="logout">退出</button>
    </div>
  </header>
  <main>
    <div class="banner" id="banner" role="alert" hidden></div>
    <section class="login" id="login" hidden>
      <h2>登录</h2>
      <p>粘贴访问令牌（与 API 相同的 Bearer 令牌），令牌只保存在本机浏览器中。</p>
      <textarea id="token" placeholder="eyJhbGciOi…" autocomplete="off" spellcheck="false"></textarea>
      <div><button type="button" id="sign-in">进入驾驶舱</button></div>
      <p class="sub">本地演示：<code>npm run token -- viewer.jinjiang@demo.park-crm.cn</code>；也可打开 <code>/dashboard?token=…</code> 一次。</p>
      <div class="error" id="login-error" role="alert"></div>
    </section>
    <div id="board" hidden></div>
  </main>
  <noscript>驾驶舱需要启用 JavaScript。</noscript>
</body>
</html>`;
