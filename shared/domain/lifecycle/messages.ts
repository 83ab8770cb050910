/** The lifecycle's emails: plain text, Simplified Chinese, one function per kind. */
const footer = (leadId: string) => `\n线索编号：${leadId}\n—— 招商 CRM（系统自动发送，请勿回复）`;

type LeadRef = { leadId: string; firmName: string; parkName: string };

export const messages = {
  followUpReminder: (a: LeadRef & { ownerName: string; stage: string; due: string; escalateOn: string }) => ({
    subject: `【跟进提醒】${a.firmName}：约定跟进日期 ${a.due} 已到`,
    text: `${a.ownerName}，您好：\n\n您负责的招商线索「${a.firmName}」（${a.parkName}，当前阶段：${a.stage}）约定于 ${a.due} 跟进，目前还没有新的跟进记录。\n请尽快联系企业，并在系统中记录跟进情况（电话、拜访、洽谈或实地踏勘）。\n如 ${a.escalateOn} 前仍无进展，将上报园区负责人并列入调度议程。\n${footer(a.leadId)}`,
  }),
  followUpEscalation: (a: LeadRef & { managerName: string; ownerName: string; due: string; remindersSent: number; poolOn: string | null }) => ({
    subject: `【上报调度】${a.firmName}：跟进逾期未处理`,
    text: `${a.managerName}，您好：\n\n招商线索「${a.firmName}」（${a.parkName}）约定于 ${a.due} 跟进，跟进人：${a.ownerName}，已提醒 ${a.remindersSent} 次，至今仍无进展。\n该线索已列入调度议程，请协调推进。${a.poolOn ? `\n如 ${a.poolOn} 前仍无进展，线索将退回园区线索池重新分配。` : ''}\n${footer(a.leadId)}`,
  }),
  returnedToPool: (a: LeadRef & { managerName: string; ownerName: string; idleDays: number }) => ({
    subject: `【线索退回】${a.firmName}：已退回线索池，请重新分配跟进人`,
    text: `${a.managerName}，您好：\n\n招商线索「${a.firmName}」（${a.parkName}）已超过 ${a.idleDays} 天无进展，已从 ${a.ownerName} 名下退回园区线索池。\n请在系统中重新指定跟进人。\n${footer(a.leadId)}`,
  }),
  duplicateFirm: (a: LeadRef & { recipientName: string; others: string }) => ({
    subject: `【线索协同】${a.firmName}：其他园区也在跟进该企业`,
    text: `${a.recipientName}，您好：\n\n新登记的招商线索「${a.firmName}」（${a.parkName}）在其他开发区也有正在跟进的线索：${a.others}。\n请与相关园区沟通，协同对接，避免重复招商、相互压价。\n${footer(a.leadId)}`,
  }),
  milestoneReminder: (a: LeadRef & { ownerName: string; milestone: string; committed: string; escalateOn: string }) => ({
    subject: `【项目节点提醒】${a.firmName}：${a.milestone}已逾期（承诺 ${a.committed}）`,
    text: `${a.ownerName}，您好：\n\n签约项目「${a.firmName}」（${a.parkName}）承诺于 ${a.committed} ${a.milestone}，系统中尚未记录。\n如已${a.milestone}，请登记实际日期；如有堵点，请登记并说明责任部门。\n如 ${a.escalateOn} 前仍未${a.milestone}，将上报园区负责人并列入调度议程。\n${footer(a.leadId)}`,
  }),
  milestoneEscalation: (a: LeadRef & { managerName: string; ownerName: string; milestone: string; committed: string }) => ({
    subject: `【上报调度】${a.firmName}：${a.milestone}逾期未完成`,
    text: `${a.managerName}，您好：\n\n签约项目「${a.firmName}」（${a.parkName}）承诺于 ${a.committed} ${a.milestone}，至今未完成（跟进人：${a.ownerName}）。\n该项目已列入调度议程，请协调推进。\n${footer(a.leadId)}`,
  }),
  performanceWarning: (a: LeadRef & { recipientName: string; reasons: string }) => ({
    subject: `【履约预警】${a.firmName}：${a.reasons}`,
    text: `${a.recipientName}，您好：\n\n已达产项目「${a.firmName}」（${a.parkName}）本季度履约检查：${a.reasons}。\n请核实企业报送的产值、税收数据，并跟进履约情况。\n${footer(a.leadId)}`,
  }),
};
