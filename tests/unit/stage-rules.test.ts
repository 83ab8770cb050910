import { describe, expect, it } from 'vitest';
import { checkStageChange } from '../../shared/domain/leads/rules.ts';

describe('lead stage transitions', () => {
  it('moves forward one step at a time', () => {
    expect(checkStageChange('new', null, { to: 'contacted' })).toEqual({ ok: true, stageBeforeHold: null });
    expect(checkStageChange('visited', null, { to: 'negotiating' }).ok).toBe(true);
  });

  it('signs only through signing, which creates the project', () => {
    expect(checkStageChange('negotiating', null, { to: 'signed' })).toMatchObject({ ok: false, field: 'to' });
  });

  it('refuses jumps, moving backwards and leaving signed, naming the allowed moves in Chinese', () => {
    const jump = checkStageChange('new', null, { to: 'negotiating' });
    expect(jump).toMatchObject({ ok: false, field: 'to' });
    expect(jump.ok === false && jump.message).toContain('初步接洽');
    expect(checkStageChange('visited', null, { to: 'contacted' }).ok).toBe(false);
    expect(checkStageChange('signed', null, { to: 'lost', reason: 'x' }).ok).toBe(false);
  });

  it('holds and resumes to the stage it was held from, and nowhere else', () => {
    expect(checkStageChange('visited', null, { to: 'on_hold' })).toEqual({ ok: true, stageBeforeHold: 'visited' });
    expect(checkStageChange('on_hold', 'visited', { to: 'visited' })).toEqual({ ok: true, stageBeforeHold: null });
    expect(checkStageChange('on_hold', 'visited', { to: 'negotiating' }).ok).toBe(false);
    expect(checkStageChange('on_hold', 'visited', { to: 'lost', reason: '企业搁置投资计划' }).ok).toBe(true);
  });

  it('needs a reason for lost; a lost lead may be reopened as new', () => {
    expect(checkStageChange('contacted', null, { to: 'lost' })).toMatchObject({ ok: false, field: 'reason' });
    expect(checkStageChange('contacted', null, { to: 'lost', reason: '  ' })).toMatchObject({ ok: false, field: 'reason' });
    expect(checkStageChange('lost', null, { to: 'new' }).ok).toBe(true);
  });
});
