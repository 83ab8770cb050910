import { z } from 'zod';
import { DomainError, notFound } from '../errors.ts';

export const roles = ['admin', 'park_manager', 'officer', 'viewer'] as const;
export const Role = z.enum(roles).meta({
  description: '角色：admin 管理员 · park_manager 园区负责人 · officer 招商专员 · viewer 只读（看板/对接）',
});
export type Role = z.infer<typeof Role>;

/** Who is calling: from a verified token. `scopeParkId` null = the whole deployment (admin only). */
export type Principal = {
  userId: string;
  email: string;
  name: string;
  role: Role;
  scopeParkId: string | null;
};

export type Action =
  | 'read'
  | 'lead.write'
  | 'park.write'
  | 'space.write'
  | 'chain.write'
  | 'webhook.write';

const grants: Record<Role, readonly Action[]> = {
  admin: ['read', 'lead.write', 'park.write', 'space.write', 'chain.write', 'webhook.write'],
  park_manager: ['read', 'lead.write', 'park.write', 'space.write'],
  officer: ['read', 'lead.write'],
  viewer: ['read'],
};

export const can = (p: Principal, action: Action) => grants[p.role].includes(action);

/** True when a node with this ancestor path (root … self) lies inside the caller's subtree. */
export const inScope = (p: Principal, path: readonly string[]) =>
  p.scopeParkId === null ? p.role === 'admin' : path.includes(p.scopeParkId);

/**
 * The one authorization check. A role without the action → 403 (whatever the resource: that
 * tells nothing about it); a resource outside the caller's park subtree → 404 (we do not
 * confirm it exists).
 */
export function authorize(p: Principal, action: Action, resource?: { what: string; id: string; path: readonly string[] }) {
  if (!can(p, action)) {
    throw new DomainError('auth.forbidden', '当前角色无权执行此操作', [], { role: p.role, action });
  }
  if (resource && !inScope(p, resource.path)) throw notFound(resource.what, resource.id);
}
