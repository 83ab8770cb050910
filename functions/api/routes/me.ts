import { createRoute, z } from '@hono/zod-openapi';
import { User, loadUser } from '#shared/domain/users/service.ts';
import { newRouter } from '../router.ts';
import { errorResponses, json } from '../http.ts';

export const me = newRouter()
  .openapi(createRoute({
    method: 'get', path: '/me', tags: ['用户 Users'], summary: '当前用户（角色与管辖范围）',
    responses: {
      200: json(z.object({ principal: z.object({ userId: z.string(), role: z.string(), scopeParkId: z.string().nullable() }), user: User.nullable() }).openapi('Me'), '当前用户'),
      ...errorResponses,
    },
  }), async (c) => {
    const p = c.get('principal');
    return c.json({ principal: { userId: p.userId, role: p.role, scopeParkId: p.scopeParkId }, user: (await loadUser(p.userId)) ?? null }, 200);
  });
