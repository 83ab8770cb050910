/**
 * Print a bearer token for a demo user (local mode only):
 *   npm run token -- officer.yongjia@demo.park-crm.cn     (email or user id)
 *   npm run token                                        (lists the demo users)
 */
import { applyLocalEnv } from './config.ts';
import { demoUsers } from './demo-data.ts';

applyLocalEnv('http://127.0.0.1:0');
const { issueLocalToken } = await import('../../shared/auth/tokens.ts');

const who = process.argv[2];
const user = demoUsers.find((u) => u.email === who || u.id === who);
if (!user) {
  console.error(who ? `No demo user "${who}". Demo users:` : 'Usage: npm run token -- <email or id>. Demo users:');
  for (const u of demoUsers) console.error(`  ${u.email.padEnd(44)} ${u.role.padEnd(13)} ${u.scopeParkId ?? '(all)'}  ${u.name}`);
  process.exit(who ? 1 : 0);
}
process.stdout.write(`${await issueLocalToken(user)}\n`);
