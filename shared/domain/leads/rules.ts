/**
 * The lead pipeline: one transition table, used by the API and (later) the lifecycle workflow.
 *
 *   new → contacted → visited → negotiating → signed (signing creates the project)
 *   any open stage ⇄ on_hold (resume returns to the stage it was held from)
 *   any open stage → lost (a reason is required); lost → new (reopen)
 */
export const leadStages = ['new', 'contacted', 'visited', 'negotiating', 'signed', 'on_hold', 'lost'] as const;
export type LeadStage = (typeof leadStages)[number];

export const stageLabels: Record<LeadStage, string> = {
  new: '线索',
  contacted: '初步接洽',
  visited: '实地考察',
  negotiating: '商务洽谈',
  signed: '签约',
  on_hold: '搁置',
  lost: '流失',
};

const openStages = ['new', 'contacted', 'visited', 'negotiating'] as const;
type OpenStage = (typeof openStages)[number];
const isOpen = (s: LeadStage): s is OpenStage => (openStages as readonly string[]).includes(s);

export const forwardTransitions: Readonly<Record<LeadStage, readonly LeadStage[]>> = {
  new: ['contacted', 'on_hold', 'lost'],
  contacted: ['visited', 'on_hold', 'lost'],
  visited: ['negotiating', 'on_hold', 'lost'],
  negotiating: ['on_hold', 'lost'], // → signed only through signing (POST /leads/{id}/sign), which creates the project
  signed: [],
  on_hold: ['lost'], // plus: back to the stage it was held from
  lost: ['new'],
};

/** The pipeline in order: "reached" counts (funnel, roadshow results) use the furthest stage. */
export const pipeline = ['new', 'contacted', 'visited', 'negotiating', 'signed'] as const;
export type PipelineStage = (typeof pipeline)[number];
const rank = (s: LeadStage) => (pipeline as readonly string[]).indexOf(s);

/** The stage a move reaches for the first time, if any (on_hold, lost and going back reach nothing). */
export const newlyReached = (furthest: LeadStage, to: LeadStage): PipelineStage | null =>
  rank(to) > rank(furthest) ? (to as PipelineStage) : null;

/** Active leads are the ones still being chased (chain-fit presence counts them). */
export const isActive = (s: LeadStage) => s !== 'signed' && s !== 'lost';

export type StageChange = { to: LeadStage; reason?: string | undefined };
export type StageCheck =
  | { ok: true; stageBeforeHold: LeadStage | null }
  | { ok: false; field: 'to' | 'reason'; message: string };

/** Decide whether a lead at `from` (held from `heldFrom`) may move to `change.to`. */
export function checkStageChange(from: LeadStage, heldFrom: LeadStage | null, change: StageChange): StageCheck {
  const { to } = change;
  if (to === 'signed' && from === 'negotiating') {
    return { ok: false, field: 'to', message: '签约须通过签约登记（填写投资额、厂房或用地、承诺与里程碑），不能直接变更阶段' };
  }
  const resuming = from === 'on_hold' && heldFrom !== null && to === heldFrom;
  if (!resuming && !forwardTransitions[from].includes(to)) {
    const allowed = [...forwardTransitions[from], ...(from === 'on_hold' && heldFrom ? [heldFrom] : [])];
    return {
      ok: false,
      field: 'to',
      message: `不能从「${stageLabels[from]}」变更为「${stageLabels[to]}」；可变更为：${allowed.map((s) => stageLabels[s]).join('、') || '无'}`,
    };
  }
  if (to === 'lost' && !change.reason?.trim()) {
    return { ok: false, field: 'reason', message: '标记为流失时必须填写原因' };
  }
  return { ok: true, stageBeforeHold: to === 'on_hold' ? (isOpen(from) ? from : heldFrom) : null };
}
