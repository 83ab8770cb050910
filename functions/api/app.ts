import { createMiddleware } from 'hono/factory';
import { verifyBearer } from '#shared/auth/tokens.ts';
import { DomainError } from '#shared/errors.ts';
import type { Env } from './http.ts';
import { idempotency } from './idempotency.ts';
import { docsPage } from './docs.ts';
import { onError } from './problem.ts';
import { newRouter } from './router.ts';
import { blockers } from './routes/blockers.ts';
import { chainFit } from './routes/chain-fit.ts';
import { chains } from './routes/chains.ts';
import { dashboard } from './routes/dashboard.ts';
import { checkIn } from './routes/check-in.ts';
import { exportsRouter } from './routes/exports.ts';
import { imports } from './routes/imports.ts';
import { webhooks } from './routes/webhooks.ts';
import { digests } from './routes/digests.ts';
import { metrics } from './routes/metrics.ts';
import { roadshows } from './routes/roadshows.ts';
import { leads } from './routes/leads.ts';
import { lifecycle } from './routes/lifecycle.ts';
import { me } from './routes/me.ts';
import { parks } from './routes/parks.ts';
import { projects } from './routes/projects.ts';
import { space } from './routes/space.ts';

const publicPaths = new Set(['/health', '/openapi.json', '/docs', '/check-in', '/dashboard', '/dashboard/app.js']);

/** Every route but the docs and the health check needs a verified bearer token. */
const authenticate = createMiddleware<Env>(async (c, next) => {
  if (publicPaths.has(c.req.path)) return next();
  c.set('principal', await verifyBearer(c.req.header('authorization')));
  await next();
});

export const app = newRouter();
app.onError(onError);
app.notFound((c) => onError(new DomainError('resource.not_found', `没有这个接口：${c.req.method} ${c.req.path}`), c));

app.get('/health', (c) => c.json({ ok: true }));
app.doc31('/openapi.json', {
  openapi: '3.1.0',
  info: {
    title: '招商 CRM API',
    version: '0.1.0',
    description: '园区招商线索、产业链、标准厂房与园区树的接口。所有接口需 Bearer JWT；错误为 application/problem+json。',
  },
  security: [{ bearerAuth: [] }],
});
app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
app.get('/docs', (c) => c.html(docsPage()));

app.use('*', authenticate, idempotency);
app.route('/', me);
app.route('/', parks);
app.route('/', space);
app.route('/', chains);
app.route('/', leads);
app.route('/', projects);
app.route('/', blockers);
app.route('/', roadshows);
app.route('/', chainFit);
app.route('/', metrics);
app.route('/', exportsRouter);
app.route('/', imports);
app.route('/', webhooks);
app.route('/', digests);
app.route('/', checkIn);
app.route('/', lifecycle);
app.route('/', dashboard);
