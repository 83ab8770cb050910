import { createRoute, z } from '@hono/zod-openapi';
import { verifyCheckInToken } from '#shared/domain/roadshows/check-in.ts';
import { Attendee, RegisterAttendee } from '#shared/domain/roadshows/schema.ts';
import { checkInPrincipal, getRoadshow, rateLimit, registerAttendee } from '#shared/domain/roadshows/service.ts';
import { newRouter } from '../router.ts';
import { body, errorResponses, json } from '../http.ts';

/**
 * The public check-in of a roadshow: no account, a signed expiring token in the link (the QR
 * code at the event). The token is checked before anything is read or written; submissions are
 * rate-limited per address; the same firm twice is one registration.
 */
const tags = ['现场签到 Check-in（公开）'];
const TokenQuery = z.object({ t: z.string().min(1).max(2000).openapi({ description: '签到链接中的令牌' }) });
const PER_MINUTE = 30;

const clientAddress = (header: string | undefined) => header?.split(',')[0]?.trim() || 'unknown';

export const checkIn = newRouter()
  .openapi(createRoute({
    method: 'post', path: '/check-in', tags, security: [], summary: '企业扫码签到：提交企业信息（生成或更新线索，归因本场活动）',
    request: { query: TokenQuery, body: body(RegisterAttendee) },
    responses: { 201: json(Attendee, '已签到'), 429: errorResponses[400], ...errorResponses },
  }), async (c) => {
    const roadshowId = await verifyCheckInToken(c.req.valid('query').t);
    await rateLimit(`${roadshowId}#${clientAddress(c.req.header('x-forwarded-for'))}`, PER_MINUTE);
    const attendee = await registerAttendee(await checkInPrincipal(roadshowId), roadshowId, c.req.valid('json'), 'check_in');
    return c.json(attendee, 201);
  })
  .openapi(createRoute({
    method: 'get', path: '/check-in', tags, security: [], summary: '签到页面（手机浏览器打开）',
    request: { query: TokenQuery },
    responses: { 200: { description: '签到表单（HTML）', content: { 'text/html': { schema: z.string() } } }, ...errorResponses },
  }), async (c) => {
    const roadshowId = await verifyCheckInToken(c.req.valid('query').t);
    const roadshow = await getRoadshow(await checkInPrincipal(roadshowId), roadshowId);
    return c.html(checkInPage(roadshow.title, roadshow.date), 200);
  });

const escape = (s: string) => s.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

const checkInPage = (title: string, date: string) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>现场签到 · ${escape(title)}</title>
<style>body{font-family:system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;padding:16px;background:#f5f7fa;color:#1f2937}
h1{font-size:20px;margin:0 0 4px}p{margin:0 0 16px;color:#6b7280}label{display:block;margin:12px 0 4px;font-size:14px}
input{width:100%;box-sizing:border-box;padding:10px;border:1px solid #d1d5db;border-radius:8px;font-size:16px}
button{margin-top:20px;width:100%;padding:12px;border:0;border-radius:8px;background:#c0392b;color:#fff;font-size:17px}
#msg{margin-top:16px;font-size:15px}</style></head>
<body><h1>${escape(title)}</h1><p>${escape(date)} · 现场签到</p>
<form id="f">
<label>统一社会信用代码</label><input name="creditCode" required maxlength="18" autocapitalize="characters">
<label>企业名称</label><input name="firmName" required>
<label>联系人</label><input name="name" required>
<label>手机</label><input name="phone" type="tel">
<label>厂房需求（平方米，可不填）</label><input name="spaceNeedM2" type="number" min="1">
<label><input name="onSiteIntent" type="checkbox" style="width:auto"> 有意向来园区投资</label>
<button>提交签到</button></form><div id="msg"></div>
<script>
document.getElementById('f').onsubmit = async (e) => {
  e.preventDefault();
  const f = new FormData(e.target);
  const body = { creditCode: f.get('creditCode'), firmName: f.get('firmName'),
    contact: { name: f.get('name'), ...(f.get('phone') ? { phone: f.get('phone') } : {}) },
    onSiteIntent: f.get('onSiteIntent') === 'on', ...(f.get('spaceNeedM2') ? { spaceNeedM2: Number(f.get('spaceNeedM2')) } : {}) };
  const res = await fetch(location.pathname + location.search, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const out = await res.json();
  document.getElementById('msg').textContent = res.ok ? '签到成功，欢迎！' : (out.errors?.[0]?.message ?? out.detail);
};
</script></body></html>`;

