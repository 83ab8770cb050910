import { z } from 'zod';
import { CreditCode, Contact } from '../leads/schema.ts';
import { IsoDate, SquareMetres } from '../money.ts';

export const roadshowStatuses = ['planned', 'held', 'closed'] as const;
export type RoadshowStatus = (typeof roadshowStatuses)[number];
export const RoadshowStatus = z.enum(roadshowStatuses).meta({ description: '状态：planned 筹备中 → held 已举办 → closed 已结束（复盘完成）' });
/** planned → held → closed; a planned one may be closed (cancelled). */
export const roadshowTransitions: Record<RoadshowStatus, readonly RoadshowStatus[]> = {
  planned: ['held', 'closed'],
  held: ['closed'],
  closed: [],
};

export const OrganisationType = z.enum(['chamber', 'fund', 'anchor_firm', 'operator', 'other']).meta({
  description: '受邀机构：chamber 商会/协会 · fund 基金 · anchor_firm 龙头企业 · operator 专业运营商 · other 其他',
});

const UnitRef = z.strictObject({
  parkId: z.string().min(1).optional(),
  buildingId: z.string().min(1),
  unitId: z.string().min(1),
});

const editable = {
  date: IsoDate.meta({ description: '活动日期' }),
  title: z.string().trim().min(2).max(100).meta({ description: '活动名称，如 集成电路产业场景招商推介会' }),
  themeChainId: z.string().min(1).meta({ description: '主题产业链' }),
  showcasedUnits: z.array(UnitRef).max(50).default([]).meta({ description: '展示的可招商厂房单元' }),
  invitedOrganisations: z.array(z.strictObject({ name: z.string().trim().min(2).max(100), type: OrganisationType })).max(100).default([]),
  notes: z.string().trim().max(2000).optional(),
};

export const CreateRoadshow = z.strictObject({
  parkId: z.string().min(1).meta({ description: '举办园区' }),
  ...editable,
}).meta({ id: 'CreateRoadshow' });

export const UpdateRoadshow = z.strictObject({
  date: editable.date.optional(),
  title: editable.title.optional(),
  themeChainId: editable.themeChainId.optional(),
  showcasedUnits: z.array(UnitRef).max(50).optional(),
  invitedOrganisations: editable.invitedOrganisations.unwrap().optional(),
  notes: editable.notes,
}).refine((u) => Object.keys(u).length > 0, { message: '至少修改一个字段' }).meta({ id: 'UpdateRoadshow' });

export const ChangeRoadshowStatus = z.strictObject({ to: z.enum(['held', 'closed']) }).meta({ id: 'ChangeRoadshowStatus' });

export const Roadshow = z.object({
  id: z.string(),
  parkId: z.string(),
  zoneId: z.string(),
  parkPath: z.array(z.string()),
  date: z.string(),
  title: z.string(),
  themeChainId: z.string(),
  showcasedUnits: z.array(UnitRef),
  invitedOrganisations: z.array(z.object({ name: z.string(), type: OrganisationType })),
  notes: z.string().optional(),
  status: RoadshowStatus,
  createdBy: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'Roadshow' });
export type Roadshow = z.infer<typeof Roadshow>;

/** An attendee as a firm or an officer gives it: creates the firm's lead, or notes the visit on it. */
export const RegisterAttendee = z.strictObject({
  creditCode: CreditCode,
  firmName: z.string().trim().min(2).max(100),
  contact: Contact,
  segmentId: z.string().min(1).optional().meta({ description: '所在产业链环节（主题产业链内）' }),
  onSiteIntent: z.boolean().default(false).meta({ description: '现场是否表达投资意向' }),
  spaceNeedM2: SquareMetres.optional(),
  notes: z.string().trim().max(500).optional(),
}).meta({ id: 'RegisterAttendee' });
export type RegisterAttendee = z.infer<typeof RegisterAttendee>;

export const Attendee = z.object({
  roadshowId: z.string(),
  creditCode: z.string(),
  firmName: z.string(),
  contact: Contact,
  leadId: z.string(),
  leadCreated: z.boolean().meta({ description: '本次登记是否新建了线索（否则记在已有线索上）' }),
  onSiteIntent: z.boolean(),
  via: z.enum(['officer', 'check_in', 'import']),
  registeredAt: z.string(),
}).meta({ id: 'Attendee' });
export type Attendee = z.infer<typeof Attendee>;

export const RoadshowResults = z.object({
  roadshowId: z.string(),
  attendees: z.number(),
  onSiteIntents: z.number(),
  leadsCreated: z.number().meta({ description: '本场产生的新线索' }),
  reachedVisit: z.number().meta({ description: '其中到达实地考察的' }),
  reachedNegotiation: z.number().meta({ description: '其中到达商务洽谈的' }),
  signed: z.number().meta({ description: '其中签约的（每个项目只归功于产生其线索的一场活动）' }),
  signedM2: z.number(),
  signedInvestment: z.number(),
}).meta({ id: 'RoadshowResults' });
export type RoadshowResults = z.infer<typeof RoadshowResults>;

export const ListRoadshowsQuery = z.strictObject({
  parkId: z.string().min(1).optional(),
  from: IsoDate.optional().meta({ description: '起始日期（含）' }),
  to: IsoDate.optional().meta({ description: '截止日期（含）' }),
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
}).meta({ id: 'ListRoadshowsQuery' });
