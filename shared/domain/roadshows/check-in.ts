import { jwtVerify, SignJWT } from 'jose';
import { env } from '../../config/env.ts';
import { clock } from '../../clock.ts';
import { DomainError } from '../../errors.ts';

/**
 * The check-in link of a roadshow: a signed, expiring token in the URL, so a firm can register
 * from its phone without an account. HS256 over {sub: roadshowId, aud: check-in, exp}.
 */
const AUDIENCE = 'park-crm-check-in';
const secret = env.CHECKIN_SECRET ?? env.LOCAL_JWT_SECRET;
const key = secret ? new TextEncoder().encode(`check-in:${secret}`) : undefined;

export async function issueCheckInToken(roadshowId: string, expiresAt: Date): Promise<string> {
  if (!key) throw new Error('CHECKIN_SECRET is not set');
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(roadshowId)
    .setAudience(AUDIENCE)
    .setIssuedAt(Math.floor(clock.now().getTime() / 1000))
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(key);
}

/** The roadshow a token admits to, or 401 (expired, forged, or for another purpose). */
export async function verifyCheckInToken(token: string | undefined): Promise<string> {
  if (!token || !key) throw new DomainError('auth.unauthenticated', '签到链接无效');
  try {
    const { payload } = await jwtVerify(token, key, {
      audience: AUDIENCE, algorithms: ['HS256'], currentDate: clock.now(),
    });
    if (!payload.sub) throw new Error('no subject');
    return payload.sub;
  } catch {
    throw new DomainError('auth.unauthenticated', '签到链接无效或已过期，请向工作人员索取新的二维码');
  }
}
