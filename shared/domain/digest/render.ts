import type { Digest, Section } from './build.ts';

/**
 * The digest in three forms: an HTML email readable on a phone (inline styles only, bars drawn
 * with CSS, no remote images), its plain-text part, and a markdown message for a WeCom/DingTalk
 * group robot.
 */
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const roleName = { officer: '招商专员', park_manager: '园区负责人', viewer: '领导', admin: '管理员' } as const;

function sectionHtml(s: Section): string {
  const bars = (s.bars ?? []).map((b) => {
    const width = b.max > 0 ? Math.max(2, Math.min(100, Math.round((b.value / b.max) * 100))) : 0;
    return `<tr><td style="padding:2px 8px 2px 0;font-size:13px;color:#4b5563;white-space:nowrap">${esc(b.label)}</td>`
      + `<td style="width:100%;padding:2px 0"><div style="background:#f3f4f6;border-radius:3px"><div style="width:${width}%;background:#c0392b;height:12px;border-radius:3px"></div></div></td>`
      + `<td style="padding:2px 0 2px 8px;font-size:13px;white-space:nowrap">${esc(b.text)}</td></tr>`;
  }).join('');
  return `<tr><td style="padding:16px 20px 4px"><h2 style="margin:0 0 8px;font-size:16px;color:#111827">${esc(s.title)}</h2>`
    + s.lines.map((l) => `<p style="margin:0 0 6px;font-size:14px;line-height:1.5;color:#374151">${esc(l)}</p>`).join('')
    + (bars ? `<table role="presentation" cellspacing="0" cellpadding="0" style="width:100%;margin-top:6px">${bars}</table>` : '')
    + '</td></tr>';
}

export function renderHtml(d: Digest): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(d.subject)}</title></head>`
    + '<body style="margin:0;padding:0;background:#f5f7fa;font-family:-apple-system,\'PingFang SC\',\'Microsoft YaHei\',sans-serif">'
    + '<table role="presentation" cellspacing="0" cellpadding="0" style="width:100%;max-width:640px;margin:0 auto;background:#ffffff">'
    + `<tr><td style="background:#c0392b;color:#ffffff;padding:18px 20px"><div style="font-size:13px;opacity:.85">招商 CRM · 每周简报</div>`
    + `<div style="font-size:20px;font-weight:600;margin-top:4px">${esc(d.nodeName)}</div>`
    + `<div style="font-size:13px;opacity:.85;margin-top:4px">${esc(d.weekStart)} 至 ${esc(d.weekEnd)} · ${esc(d.user.name)}（${roleName[d.user.role]}）</div></td></tr>`
    + d.sections.map(sectionHtml).join('')
    + '<tr><td style="padding:16px 20px 24px;font-size:12px;color:#9ca3af">本邮件由招商 CRM 每周一 08:00 自动发送，数据截至发送时。</td></tr>'
    + '</table></body></html>';
}

export function renderText(d: Digest): string {
  const lines = [`${d.subject}`, `${d.user.name}（${roleName[d.user.role]}），${d.weekStart} 至 ${d.weekEnd}`, ''];
  for (const s of d.sections) {
    lines.push(`■ ${s.title}`);
    for (const l of s.lines) lines.push(`  ${l}`);
    for (const b of s.bars ?? []) lines.push(`  ${b.label}：${b.text}`);
    lines.push('');
  }
  lines.push('—— 招商 CRM 每周一 08:00 自动发送');
  return lines.join('\n');
}

/** WeCom and DingTalk group robots both take markdown (a subset: headings, bold, quotes). */
export function renderMarkdown(d: Digest): string {
  const out = [`## ${d.subject}`, `> ${d.weekStart} 至 ${d.weekEnd}`];
  for (const s of d.sections) {
    out.push(`**${s.title}**`);
    for (const l of s.lines.slice(0, 8)) out.push(`- ${l}`);
    for (const b of (s.bars ?? []).slice(0, 8)) out.push(`- ${b.label}：${b.text}`);
  }
  return out.join('\n');
}
