import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { z } from 'zod';
import { env } from '../config/env.ts';
import { DomainError } from '../errors.ts';
import { Role, type Principal } from './principal.ts';

/**
 * Bearer tokens. On AWS: Cognito ID tokens, verified against the pool's JWKS, with the role and
 * park scope in the custom attributes `custom:role` and `custom:parkId`. Locally: the same
 * claims, signed with LOCAL_JWT_SECRET by `npm run token`. One verifier for both.
 */
const LOCAL_ISSUER = 'park-crm-local';
const LOCAL_AUDIENCE = 'park-crm';

const Claims = z.object({
  sub: z.string().min(1),
  email: z.string().default(''),
  name: z.string().optional(),
  'custom:role': Role,
  'custom:parkId': z.string().optional(),
});

if (env.AUTH_ISSUER === undefined && env.LOCAL_JWT_SECRET === undefined) {
  throw new Error('either AUTH_ISSUER (Cognito) or LOCAL_JWT_SECRET (local mode) must be set');
}

const localKey = env.LOCAL_JWT_SECRET ? new TextEncoder().encode(env.LOCAL_JWT_SECRET) : undefined;
const jwks = env.AUTH_ISSUER ? createRemoteJWKSet(new URL(`${env.AUTH_ISSUER}/.well-known/jwks.json`)) : undefined;

const unauthenticated = (detail: string) => new DomainError('auth.unauthenticated', detail);

export async function verifyBearer(header: string | undefined): Promise<Principal> {
  const token = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token) throw unauthenticated('请先登录（缺少 Bearer 令牌）');
  let payload: JWTPayload;
  try {
    payload = jwks
      ? (await jwtVerify(token, jwks, { issuer: env.AUTH_ISSUER, audience: env.AUTH_AUDIENCE, algorithms: ['RS256'] })).payload
      : (await jwtVerify(token, localKey!, { issuer: LOCAL_ISSUER, audience: LOCAL_AUDIENCE, algorithms: ['HS256'] })).payload;
  } catch {
    throw unauthenticated('令牌无效或已过期，请重新登录');
  }
  if (jwks && payload['token_use'] !== 'id') throw unauthenticated('请使用 ID 令牌');
  const claims = Claims.safeParse(payload);
  if (!claims.success) throw unauthenticated('令牌缺少角色信息');
  const c = claims.data;
  const scopeParkId = c['custom:parkId'] || null;
  if (scopeParkId === null && c['custom:role'] !== 'admin') throw unauthenticated('令牌缺少园区范围');
  return { userId: c.sub, email: c.email, name: c.name ?? c.email, role: c['custom:role'], scopeParkId };
}

/** Local mode only: sign a token for a user of the directory. */
export async function issueLocalToken(user: Omit<Principal, 'userId'> & { id: string }, ttl = '12h'): Promise<string> {
  if (!localKey) throw new Error('LOCAL_JWT_SECRET is not set: local tokens exist only in local mode');
  return new SignJWT({
    email: user.email,
    name: user.name,
    'custom:role': user.role,
    ...(user.scopeParkId ? { 'custom:parkId': user.scopeParkId } : {}),
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(user.id)
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(localKey);
}
