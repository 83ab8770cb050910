/**
 * Demo data for local runs: two development zones from the seed articles (晋江经济开发区 "5+3+2",
 * 漳平工业园区 "一区四园"), their leading chains, standard factory space and a pipeline of leads.
 *
 * Plain constants in the domain's input shapes (strict schemas: no extra fields) plus stable ids,
 * fed to the domain services by `seed.ts`. Firm names, people and phone numbers are fictional;
 * credit codes are syntactically valid (GB 32100-2015 / GB 11714 check characters) but invented.
 * "Today" for the story is 2026-11-21: activities happen in Oct–Nov 2026, some follow-ups are overdue.
 * Signed projects go back to mid-2024 (their leads' activities start earlier): `demoProjectEvents`
 * moves them through 开工/竣工/投产/达产 and 履约 reports, some late (三未) and one below its park's
 * 亩均税收 standard; `demoBlockers` are the 堵点 on projects and leads, several on the dispatch agenda.
 * `demoRoadshows` are the 场景招商 events: the 2024 集成电路 roadshow at 芯智造 that brought a first
 * batch of 7 and a second batch of 15 signed projects, and November 2026's "每月一场一园区" round.
 */
import type { z } from 'zod';
import type { Role } from '../../shared/auth/principal.ts';
import { addDays } from '../../shared/clock.ts';
import type { CreateChain } from '../../shared/domain/chains/schema.ts';
import { creditCodeCheckChar } from '../../shared/domain/credit-code.ts';
import type { ChangeStage, CreateLead, RecordActivity, UpdateLead } from '../../shared/domain/leads/schema.ts';
import type { CreatePark } from '../../shared/domain/parks/schema.ts';
import type { ChangeBlockerStatus, RaiseBlocker } from '../../shared/domain/blockers/schema.ts';
import type { Milestone } from '../../shared/domain/projects/rules.ts';
import type { CapitalIncrease, SignProject, SubmitReport } from '../../shared/domain/projects/schema.ts';
import type { CreateRoadshow, RegisterAttendee, RoadshowStatus } from '../../shared/domain/roadshows/schema.ts';
import type { CreateBuilding, NewUnit } from '../../shared/domain/space/schema.ts';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

export type DemoChain = { id: string } & z.input<typeof CreateChain>;
export type DemoPark = { id: string } & z.input<typeof CreatePark>;
export type DemoUser = { id: string; email: string; name: string; role: Role; scopeParkId: string | null };
export type DemoBuilding = { parkId: string; id: string; unitIds: string[] } & z.input<typeof CreateBuilding>;
export type DemoUnitMove = {
  parkId: string;
  buildingId: string;
  unitId: string;
  to: 'signed' | 'occupied' | 'reserved' | 'available';
};
export type DemoActivity = z.input<typeof RecordActivity> & { actorUserId?: string };
/** A signed lead stops at 商务洽谈 in `stages`; seed.ts then signs it, creating project `projectId`. */
type DemoSigning = { signing: z.input<typeof SignProject>; projectId: string };
export type DemoLead = {
  id: string;
  actorUserId: string;
  input: z.input<typeof CreateLead>;
  stages: Array<z.input<typeof ChangeStage>>;
  activities: DemoActivity[];
} & (DemoSigning | { signing?: undefined; projectId?: undefined });
/** What happened to a demo project after signing, applied in order by seed.ts. */
export type DemoProjectEvents = {
  projectId: string;
  actorUserId: string;
  milestones: Array<{ milestone: Milestone; actualDate: string }>;
  reports: Array<{ period: string } & z.input<typeof SubmitReport>>;
  capitalIncrease?: z.input<typeof CapitalIncrease>;
};
export type DemoBlocker = Omit<z.input<typeof RaiseBlocker>, 'ownerId'> & {
  actorUserId: string;
  transitions: Array<z.input<typeof ChangeBlockerStatus>>;
};
/**
 * What happened to a roadshow lead after the event, applied in order by seed.ts: an update (the
 * lead starts unowned: assign a follow-up officer), activities, stage moves, then — for a lead
 * that stops at 商务洽谈 — the signing and the project's milestones reached so far.
 */
export type DemoFollowUp = {
  actorUserId?: string;
  update?: z.input<typeof UpdateLead>;
  activities?: DemoActivity[];
  stages: Array<z.input<typeof ChangeStage>>;
} & (
  | (DemoSigning & Pick<DemoProjectEvents, 'milestones'> & Partial<Pick<DemoProjectEvents, 'reports'>>)
  | { signing?: undefined; projectId?: undefined; milestones?: undefined; reports?: undefined }
);
export type DemoAttendee = z.input<typeof RegisterAttendee> & {
  /** The firm already has this demo lead in the zone: the visit is noted on it, no lead is created. */
  existingLeadId?: string;
  /** Only for a lead the registration created. */
  afterwards?: DemoFollowUp;
};
/**
 * A roadshow (its id is generated; `key` names it in logs). seed.ts creates it planned, registers
 * the attendees (a closed roadshow takes none), applies their follow-ups, then moves it to `status`.
 */
export type DemoRoadshow = {
  key: string;
  actorUserId: string;
  input: z.input<typeof CreateRoadshow>;
  status: RoadshowStatus;
  /** How the attendee list came in: typed in by an officer, or a sign-in sheet imported. */
  via: 'officer' | 'import';
  attendees: DemoAttendee[];
};

// ---------------------------------------------------------------------------------------------
// Credit codes
// ---------------------------------------------------------------------------------------------

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const orgValue = (c: string) => (c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 55); // A=10 … Z=35

/**
 * A valid unified social credit code: '91' (enterprise) + 6-digit region + 8-char organisation body
 * + its GB 11714 check character + the GB 32100 check character. Deterministic; throws on bad input.
 */
export function demoCreditCode(region: string, orgBody: string): string {
  if (!/^\d{6}$/.test(region) || !/^[0-9A-HJ-NPQRTUWXY]{8}$/.test(orgBody)) {
    throw new Error(`demo credit code: bad region/org body ${region}/${orgBody}`);
  }
  const sum = [...orgBody].reduce((s, c, i) => s + orgValue(c) * ORG_WEIGHTS[i]!, 0);
  const c9 = 11 - (sum % 11);
  const first17 = `91${region}${orgBody}${c9 === 10 ? 'X' : c9 === 11 ? '0' : String(c9)}`;
  const check = creditCodeCheckChar(first17);
  if (!check) throw new Error(`demo credit code: cannot compute check char for ${first17}`);
  return first17 + check;
}

// Region codes (行政区划代码) used below.
const JINJIANG = '350582';
const ZHANGPING = '350881';

// ---------------------------------------------------------------------------------------------
// Chains
// ---------------------------------------------------------------------------------------------

export const demoChains: DemoChain[] = [
  {
    id: 'chain_ic',
    name: '集成电路',
    description: '设计—制造—装备—材料—封测—终端应用。晋江以存储芯片制造龙头牵引，芯智造产业园通过场景招商集聚上下游配套企业。',
    segments: [
      { id: 'design', name: '设计', position: 'upstream', customerIds: ['manufacturing'] },
      { id: 'manufacturing', name: '制造', position: 'midstream', customerIds: ['packaging_test'] },
      { id: 'equipment', name: '装备', position: 'upstream', customerIds: ['manufacturing', 'packaging_test'] },
      { id: 'materials', name: '材料', position: 'upstream', customerIds: ['manufacturing', 'packaging_test'] },
      { id: 'packaging_test', name: '封测', position: 'midstream', customerIds: ['terminal'] },
      { id: 'terminal', name: '终端应用', position: 'downstream', customerIds: [] },
    ],
  },
  {
    id: 'chain_equipment',
    name: '智能装备',
    description: '研发—测试—生产—配送全链条，上游零部件配套与工业软件服务；精密机械、智能机器人、鞋服机械、医疗健康机械等，“上下楼即上下游”。',
    segments: [
      { id: 'components', name: '零部件', position: 'upstream', customerIds: ['production'] },
      { id: 'software', name: '软件服务', position: 'upstream', customerIds: ['testing', 'production'] },
      { id: 'rnd', name: '研发', position: 'upstream', customerIds: ['testing', 'production'] },
      { id: 'testing', name: '测试', position: 'midstream', customerIds: ['production'] },
      { id: 'production', name: '生产', position: 'midstream', customerIds: ['distribution'] },
      { id: 'distribution', name: '配送', position: 'downstream', customerIds: [] },
    ],
  },
  {
    id: 'chain_textile',
    name: '纺织鞋服',
    description: '晋江传统优势产业：化纤—纺纱—织造—印染—面料后整理—服装鞋帽—品牌；围绕面料后整理短板强链补链，建设绿色高端面料整理微工业园。',
    segments: [
      { id: 'chemical_fiber', name: '化纤', position: 'upstream', customerIds: ['spinning', 'weaving'] },
      { id: 'spinning', name: '纺纱', position: 'upstream', customerIds: ['weaving'] },
      { id: 'weaving', name: '织造', position: 'midstream', customerIds: ['dyeing'] },
      { id: 'dyeing', name: '印染', position: 'midstream', customerIds: ['fabric_finishing'] },
      { id: 'fabric_finishing', name: '面料后整理', position: 'midstream', customerIds: ['apparel_footwear'] },
      { id: 'shoe_materials', name: '鞋材辅料', position: 'midstream', customerIds: ['apparel_footwear'] },
      { id: 'apparel_footwear', name: '服装鞋帽', position: 'downstream', customerIds: ['brand'] },
      { id: 'brand', name: '品牌运营', position: 'downstream', customerIds: [] },
    ],
  },
  {
    id: 'chain_materials',
    name: '新材料',
    description: '钢铁冶炼与特钢铸造（以龙头钢铁项目带动下游用钢），功能涂料、电子材料、高分子复合材料、竹木新材料与绿色建材。',
    segments: [
      { id: 'raw_chemicals', name: '化工原料', position: 'upstream', customerIds: ['coatings', 'electronic_materials', 'polymer_composites'] },
      { id: 'steel_smelting', name: '钢铁冶炼', position: 'upstream', customerIds: ['special_steel_casting', 'building_materials'] },
      { id: 'special_steel_casting', name: '特钢铸造', position: 'midstream', customerIds: ['machinery_auto'] },
      { id: 'coatings', name: '功能涂料', position: 'midstream', customerIds: ['machinery_auto', 'terminal_applications'] },
      { id: 'electronic_materials', name: '电子材料', position: 'midstream', customerIds: ['terminal_applications'] },
      { id: 'polymer_composites', name: '高分子复合材料', position: 'midstream', customerIds: ['machinery_auto', 'terminal_applications'] },
      { id: 'bamboo_wood', name: '竹木新材料', position: 'midstream', customerIds: ['building_materials', 'terminal_applications'] },
      { id: 'building_materials', name: '绿色建材', position: 'downstream', customerIds: [] },
      { id: 'machinery_auto', name: '机械及汽车零部件', position: 'downstream', customerIds: [] },
      { id: 'terminal_applications', name: '终端应用', position: 'downstream', customerIds: [] },
    ],
  },
  {
    id: 'chain_food',
    name: '食品',
    description: '农产品原料、配料与包装（含纸制品）—食品加工、饮料—冷链物流、商贸流通；晋江食品园与漳平富山轻工食品区。',
    segments: [
      { id: 'agri_raw', name: '农产品原料', position: 'upstream', customerIds: ['processing', 'beverages'] },
      { id: 'ingredients', name: '配料与添加剂', position: 'upstream', customerIds: ['processing', 'beverages'] },
      { id: 'packaging', name: '包装材料', position: 'upstream', customerIds: ['processing', 'beverages'] },
      { id: 'processing', name: '食品加工', position: 'midstream', customerIds: ['cold_chain', 'retail'] },
      { id: 'beverages', name: '饮料', position: 'midstream', customerIds: ['retail'] },
      { id: 'cold_chain', name: '冷链物流', position: 'downstream', customerIds: ['retail'] },
      { id: 'retail', name: '商贸流通', position: 'downstream', customerIds: [] },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Parks (parents before children)
// ---------------------------------------------------------------------------------------------

export const demoParks: DemoPark[] = [
  // 晋江经济开发区: "5+3+2" one zone, many parks (83.44 km² planned ≈ 125160 亩).
  {
    id: 'park_jinjiang',
    name: '晋江经济开发区',
    level: 'zone',
    parentId: null,
    landAreaMu: 125160,
    leadingChainIds: ['chain_textile', 'chain_food', 'chain_equipment'],
    annualTargets: { '2026': { signedInvestment: 6_500_000_000, spaceTakeUpM2: 150_000 } },
    address: '福建省泉州市晋江市经济开发区',
  },
  {
    id: 'park_yongjia',
    name: '永佳智能装备产业园',
    level: 'park',
    parentId: 'park_jinjiang',
    managementMode: 'direct',
    landAreaMu: 118,
    leadingChainIds: ['chain_equipment'],
    annualTargets: { '2026': { signedInvestment: 800_000_000, spaceTakeUpM2: 12_000 } },
    perMuTaxThreshold: 150_000, // 亩均税收标准 15万元/亩
    perMuOutputThreshold: 4_000_000, // 亩均产值标准 400万元/亩
  },
  {
    id: 'park_xinzhizao',
    name: '芯智造产业园',
    level: 'park',
    parentId: 'park_jinjiang',
    managementMode: 'joint',
    landAreaMu: 260,
    leadingChainIds: ['chain_ic', 'chain_equipment'],
    annualTargets: { '2026': { signedInvestment: 2_500_000_000, spaceTakeUpM2: 45_000 } },
    perMuTaxThreshold: 200_000, // 亩均税收标准 20万元/亩
    perMuOutputThreshold: 5_000_000, // 亩均产值标准 500万元/亩
  },
  {
    id: 'park_andong',
    name: '安东园',
    level: 'park',
    parentId: 'park_jinjiang',
    managementMode: 'direct',
    landAreaMu: 3600,
    leadingChainIds: ['chain_textile'],
    annualTargets: { '2026': { signedInvestment: 1_200_000_000, spaceTakeUpM2: 40_000 } },
    perMuTaxThreshold: 150_000, // 亩均税收标准 15万元/亩
    perMuOutputThreshold: 3_000_000, // 亩均产值标准 300万元/亩
    address: '晋江经济开发区安东园',
  },
  {
    id: 'park_lvse_mianliao',
    name: '绿色高端面料整理微工业园',
    level: 'subpark',
    parentId: 'park_andong',
    managementMode: 'joint',
    landAreaMu: 150,
    leadingChainIds: ['chain_textile'],
    annualTargets: { '2026': { signedInvestment: 400_000_000, spaceTakeUpM2: 25_000 } },
    address: '晋江经济开发区安东园',
  },
  {
    id: 'park_food',
    name: '食品园',
    level: 'park',
    parentId: 'park_jinjiang',
    managementMode: 'direct',
    landAreaMu: 2800,
    leadingChainIds: ['chain_food'],
    annualTargets: { '2026': { signedInvestment: 900_000_000, spaceTakeUpM2: 20_000 } },
    perMuTaxThreshold: 150_000, // 亩均税收标准 15万元/亩
    perMuOutputThreshold: 3_000_000, // 亩均产值标准 300万元/亩
    address: '晋江经济开发区食品园',
  },
  {
    id: 'park_jinjing',
    name: '金井绿色新材料产业园',
    level: 'park',
    parentId: 'park_jinjiang',
    managementMode: 'self',
    landAreaMu: 520,
    leadingChainIds: ['chain_materials'],
    annualTargets: { '2026': { signedInvestment: 600_000_000, spaceTakeUpM2: 15_000 } },
    perMuTaxThreshold: 150_000, // 亩均税收标准 15万元/亩
    perMuOutputThreshold: 3_000_000, // 亩均产值标准 300万元/亩
  },

  // 漳平工业园区: 一区四园 (11.03 km² ≈ 16545 亩), unified planning and management.
  {
    id: 'park_zhangping',
    name: '漳平工业园区',
    level: 'zone',
    parentId: null,
    landAreaMu: 16545,
    leadingChainIds: ['chain_materials', 'chain_food', 'chain_equipment'],
    annualTargets: { '2026': { signedInvestment: 5_500_000_000, spaceTakeUpM2: 65_000 } },
    address: '福建省龙岩市漳平市',
  },
  {
    id: 'park_fushan',
    name: '富山产业园',
    level: 'park',
    parentId: 'park_zhangping',
    managementMode: 'direct',
    landAreaMu: 1500,
    leadingChainIds: ['chain_food', 'chain_materials'],
    annualTargets: { '2026': { signedInvestment: 500_000_000, spaceTakeUpM2: 20_000 } },
    perMuTaxThreshold: 80_000, // 亩均税收标准 8万元/亩
    perMuOutputThreshold: 1_500_000, // 亩均产值标准 150万元/亩
  },
  {
    id: 'park_dengbang',
    name: '登榜产业园',
    level: 'park',
    parentId: 'park_zhangping',
    managementMode: 'direct',
    landAreaMu: 2200,
    leadingChainIds: ['chain_equipment', 'chain_materials'],
    annualTargets: { '2026': { signedInvestment: 800_000_000, spaceTakeUpM2: 25_000 } },
    perMuTaxThreshold: 100_000, // 亩均税收标准 10万元/亩
    perMuOutputThreshold: 2_000_000, // 亩均产值标准 200万元/亩
  },
  {
    id: 'park_zp_materials',
    name: '新材料产业园',
    level: 'park',
    parentId: 'park_zhangping',
    managementMode: 'direct',
    landAreaMu: 1800,
    leadingChainIds: ['chain_materials'],
    annualTargets: { '2026': { signedInvestment: 1_000_000_000, spaceTakeUpM2: 10_000 } },
    perMuTaxThreshold: 100_000, // 亩均税收标准 10万元/亩
    perMuOutputThreshold: 2_000_000, // 亩均产值标准 200万元/亩
  },
  {
    id: 'park_zp_steel',
    name: '钢铁产业园',
    level: 'park',
    parentId: 'park_zhangping',
    managementMode: 'direct',
    landAreaMu: 4500,
    leadingChainIds: ['chain_materials', 'chain_equipment'],
    annualTargets: { '2026': { signedInvestment: 3_000_000_000, spaceTakeUpM2: 5_000 } },
    perMuTaxThreshold: 100_000, // 亩均税收标准 10万元/亩
    perMuOutputThreshold: 3_000_000, // 亩均产值标准 300万元/亩
  },
];

// ---------------------------------------------------------------------------------------------
// Users
// ---------------------------------------------------------------------------------------------

const mail = (local: string) => `${local}@demo.park-crm.cn`;

export const demoUsers: DemoUser[] = [
  { id: 'user_admin', email: mail('admin'), name: '王建平', role: 'admin', scopeParkId: null },
  { id: 'user_manager_jinjiang', email: mail('manager.jinjiang'), name: '林志强', role: 'park_manager', scopeParkId: 'park_jinjiang' },
  { id: 'user_manager_yongjia', email: mail('manager.yongjia'), name: '陈文斌', role: 'park_manager', scopeParkId: 'park_yongjia' },
  { id: 'user_officer_yongjia', email: mail('officer.yongjia'), name: '张晓燕', role: 'officer', scopeParkId: 'park_yongjia' },
  { id: 'user_officer_yongjia_2', email: mail('officer2.yongjia'), name: '蔡俊杰', role: 'officer', scopeParkId: 'park_yongjia' },
  { id: 'user_officer_xinzhizao', email: mail('officer.xinzhizao'), name: '许嘉琪', role: 'officer', scopeParkId: 'park_xinzhizao' },
  { id: 'user_officer_xinzhizao_2', email: mail('officer2.xinzhizao'), name: '洪志鹏', role: 'officer', scopeParkId: 'park_xinzhizao' },
  { id: 'user_officer_andong', email: mail('officer.andong'), name: '施雅婷', role: 'officer', scopeParkId: 'park_andong' },
  { id: 'user_officer_food', email: mail('officer.food'), name: '吴丽娟', role: 'officer', scopeParkId: 'park_food' },
  { id: 'user_viewer_jinjiang', email: mail('viewer.jinjiang'), name: '李明', role: 'viewer', scopeParkId: 'park_jinjiang' },
  { id: 'user_manager_zhangping', email: mail('manager.zhangping'), name: '邓建华', role: 'park_manager', scopeParkId: 'park_zhangping' },
  { id: 'user_officer_fushan', email: mail('officer.fushan'), name: '黄丽萍', role: 'officer', scopeParkId: 'park_fushan' },
  { id: 'user_officer_fushan_2', email: mail('officer2.fushan'), name: '罗志明', role: 'officer', scopeParkId: 'park_fushan' },
];

// ---------------------------------------------------------------------------------------------
// Buildings and units (standard factory floors)
// ---------------------------------------------------------------------------------------------

type NewUnitInput = z.input<typeof NewUnit>;

/** One unit per floor, same floor plate; `initial` overrides the starting status of some floors. */
function floorsOf(
  unitPrefix: string,
  count: number,
  areaM2: number,
  initial: Record<number, 'reserved' | 'withdrawn'> = {},
): { floors: number; units: NewUnitInput[]; unitIds: string[] } {
  const floors = Array.from({ length: count }, (_, i) => i + 1);
  return {
    floors: count,
    units: floors.map((f) => ({ name: `${f}F`, floor: f, areaM2, status: initial[f] ?? 'available' })),
    unitIds: floors.map((f) => `${unitPrefix}_${f}f`),
  };
}

export const demoBuildings: DemoBuilding[] = [
  // 永佳: almost fully let ("去化率 95%")
  { parkId: 'park_yongjia', id: 'bld_yj_1', name: '1号标准厂房', ...floorsOf('unit_yj_b1', 6, 1850) },
  { parkId: 'park_yongjia', id: 'bld_yj_2', name: '2号标准厂房', ...floorsOf('unit_yj_b2', 8, 1620) },
  { parkId: 'park_yongjia', id: 'bld_yj_3', name: '3号研发厂房', ...floorsOf('unit_yj_b3', 5, 1280, { 1: 'withdrawn' }) },
  // 芯智造: first 7 projects in, second batch signed, some floors still open
  { parkId: 'park_xinzhizao', id: 'bld_xz_1', name: 'A1栋洁净厂房', ...floorsOf('unit_xz_b1', 4, 2600) },
  { parkId: 'park_xinzhizao', id: 'bld_xz_2', name: 'A2栋标准厂房', ...floorsOf('unit_xz_b2', 6, 2200, { 5: 'reserved' }) },
  { parkId: 'park_xinzhizao', id: 'bld_xz_3', name: 'B1栋研发中试楼', ...floorsOf('unit_xz_b3', 10, 980, { 6: 'reserved' }) },
  // 绿色高端面料整理微工业园 (subpark of 安东园): heavy finishing lines, large floor plates
  { parkId: 'park_lvse_mianliao', id: 'bld_lm_1', name: '1号后整理车间', ...floorsOf('unit_lm_b1', 3, 2800) },
  { parkId: 'park_lvse_mianliao', id: 'bld_lm_2', name: '2号后整理车间', ...floorsOf('unit_lm_b2', 4, 2400, { 2: 'reserved' }) },
  // 富山: 轻工食品区 + 木竹孵化园
  { parkId: 'park_fushan', id: 'bld_fs_1', name: '轻工食品区1号厂房', ...floorsOf('unit_fs_b1', 4, 2200) },
  { parkId: 'park_fushan', id: 'bld_fs_2', name: '木竹孵化园2号厂房', ...floorsOf('unit_fs_b2', 3, 2600, { 3: 'withdrawn' }) },
  // 登榜
  { parkId: 'park_dengbang', id: 'bld_db_1', name: '1号标准厂房', ...floorsOf('unit_db_b1', 5, 1500, { 3: 'reserved' }) },
  { parkId: 'park_dengbang', id: 'bld_db_2', name: '2号标准厂房', ...floorsOf('unit_db_b2', 5, 1500, { 5: 'withdrawn' }) },
];

const moves = (
  parkId: string,
  buildingId: string,
  unitPrefix: string,
  floors: number[],
  path: DemoUnitMove['to'][],
): DemoUnitMove[] => floors.flatMap((f) => path.map((to) => ({ parkId, buildingId, unitId: `${unitPrefix}_${f}f`, to })));

const SIGN: DemoUnitMove['to'][] = ['signed'];
const OCCUPY: DemoUnitMove['to'][] = ['signed', 'occupied'];

/**
 * Applied in order after the buildings exist. Occupied = available → signed → occupied. These are
 * tenants outside the demo pipeline; units a demo project signs are left available here and taken
 * by the signing (signed), then occupied when the project's 开工 is recorded. Take-up rates below
 * are after the seed, signings included.
 */
export const demoUnitMoves: DemoUnitMove[] = [
  // 永佳: 17 of 18 marketable floors let (≈95.6% by area); 3号楼4F is the last one (held for a lead in talks).
  // 3号楼5F is signed by proj_yj_01.
  ...moves('park_yongjia', 'bld_yj_1', 'unit_yj_b1', [1, 2, 3, 4, 5, 6], OCCUPY),
  ...moves('park_yongjia', 'bld_yj_2', 'unit_yj_b2', [1, 2, 3, 4, 5, 6], OCCUPY),
  ...moves('park_yongjia', 'bld_yj_2', 'unit_yj_b2', [7, 8], SIGN),
  ...moves('park_yongjia', 'bld_yj_3', 'unit_yj_b3', [2, 3], OCCUPY),
  ...moves('park_yongjia', 'bld_yj_3', 'unit_yj_b3', [4], ['reserved']), // held for lead_yj_07
  // 芯智造 (≈72%): A1 4F is proj_xz_01's, A2 3F proj_xz_02's.
  ...moves('park_xinzhizao', 'bld_xz_1', 'unit_xz_b1', [1, 2, 3], OCCUPY),
  ...moves('park_xinzhizao', 'bld_xz_2', 'unit_xz_b2', [1, 2], OCCUPY),
  ...moves('park_xinzhizao', 'bld_xz_2', 'unit_xz_b2', [4], SIGN),
  ...moves('park_xinzhizao', 'bld_xz_3', 'unit_xz_b3', [1, 2, 3], OCCUPY),
  ...moves('park_xinzhizao', 'bld_xz_3', 'unit_xz_b3', [4, 5], SIGN),
  // 绿色面料整理微园 (60%): 1号车间3F is proj_ad_01's.
  ...moves('park_lvse_mianliao', 'bld_lm_1', 'unit_lm_b1', [1, 2], OCCUPY),
  ...moves('park_lvse_mianliao', 'bld_lm_2', 'unit_lm_b2', [1], SIGN),
  // 富山 (≈47%): 1号厂房3F is proj_fs_01's.
  ...moves('park_fushan', 'bld_fs_1', 'unit_fs_b1', [1, 2], OCCUPY),
  // 登榜 (≈44%): 2号厂房1F-2F are proj_db_01's.
  ...moves('park_dengbang', 'bld_db_1', 'unit_db_b1', [1, 2], OCCUPY),
];

// ---------------------------------------------------------------------------------------------
// Leads
// ---------------------------------------------------------------------------------------------

export const demoLeads: DemoLead[] = [
  // ===== 永佳智能装备产业园 =====
  {
    id: 'lead_yj_01',
    actorUserId: 'user_officer_yongjia',
    input: {
      parkId: 'park_yongjia',
      creditCode: demoCreditCode(JINJIANG, 'MA2YK3R1'),
      firmName: '晋江恒拓智能装备有限公司',
      chainId: 'chain_equipment',
      segmentId: 'production',
      source: 'tenant_referral',
      plannedInvestment: 30_000_000,
      spaceNeedM2: 1280,
      expectedAnnualOutput: 80_000_000,
      expectedAnnualTax: 3_600_000,
      contact: { name: '王振华', title: '总经理', phone: '0595-85671234' },
      ownerId: 'user_officer_yongjia',
      tags: ['specialized', 'high_tech'],
      followUpDue: '2026-12-15',
      notes: '制鞋自动化产线整机企业，经园区鞋机机器人企业推荐入园，与楼上运动鞋机器人产线形成“上下楼即上下游”。',
    },
    stages: [{ to: 'contacted' }, { to: 'visited' }, { to: 'negotiating' }],
    projectId: 'proj_yj_01',
    signing: {
      signedAt: '2026-11-18',
      totalInvestment: 30_000_000,
      fixedAssetInvestment: 18_000_000,
      units: [{ buildingId: 'bld_yj_3', unitId: 'unit_yj_b3_5f' }],
      commitments: { annualOutput: 80_000_000, annualTax: 3_600_000, jobs: 65, byYear: 2028 },
      milestones: { construction_started: '2026-12-15', completed: '2027-02-28', in_production: '2027-03-31', at_capacity: '2028-06-30' },
      note: '租期5年，装修补贴及前两年租金优惠按园区政策执行；开工即装修进场，报建由园区代办员全程代办。',
    },
    activities: [
      { kind: 'call', occurredAt: '2026-10-09T10:20:00+08:00', summary: '经园区鞋机机器人企业推荐，电话初步沟通。企业主营制鞋自动化产线整机，现有厂房已满，急需约1300㎡生产空间。' },
      { kind: 'site_tour', occurredAt: '2026-10-16T15:00:00+08:00', summary: '陪同企业实地踏勘3号研发厂房5F（原预留楼层），层高、楼面荷载及货梯满足设备要求。', participants: ['张晓燕', '王振华'] },
      { kind: 'meeting', occurredAt: '2026-11-05T09:30:00+08:00', summary: '商务洽谈：租期5年，装修补贴及前两年租金优惠按园区政策执行，双方基本达成一致。', participants: ['陈文斌', '张晓燕', '王振华'], actorUserId: 'user_manager_yongjia' },
      { kind: 'note', occurredAt: '2026-11-18T17:10:00+08:00', summary: '租赁合同已签订，约定12月中旬进场装修，报建手续由园区代办员全程代办。', nextFollowUpDue: '2026-12-15' },
    ],
  },
  {
    id: 'lead_yj_02',
    actorUserId: 'user_officer_yongjia_2',
    input: {
      parkId: 'park_yongjia',
      creditCode: demoCreditCode('440305', 'MA5G7T2K'),
      firmName: '深圳新锐协作机器人有限公司',
      chainId: 'chain_equipment',
      segmentId: 'rnd',
      source: 'roadshow',
      plannedInvestment: 50_000_000,
      spaceNeedM2: 3240,
      expectedAnnualOutput: 120_000_000,
      expectedAnnualTax: 6_000_000,
      contact: { name: '刘海涛', title: '副总裁', phone: '0755-86329015' },
      ownerId: 'user_officer_yongjia_2',
      tags: ['high_tech', 'specialized'],
      followUpDue: '2026-11-27',
      notes: '拟设华东南研发测试中心。永佳现有厂房基本满租，需协调园区二期定制厂房或先租过渡空间。',
    },
    stages: [{ to: 'contacted' }, { to: 'visited' }, { to: 'negotiating' }],
    activities: [
      { kind: 'meeting', occurredAt: '2026-10-22T14:00:00+08:00', summary: '企业参加永佳园区智能装备场景招商日，观摩鞋机机器人产线应用场景，表达在晋江设立研发测试中心的意向。' },
      { kind: 'site_tour', occurredAt: '2026-11-03T10:00:00+08:00', summary: '带企业踏勘园区及二期预留地块，介绍“前置招商+定制建设”模式，企业需要两层约3200㎡连续空间。', participants: ['蔡俊杰', '刘海涛'] },
      { kind: 'meeting', occurredAt: '2026-11-17T15:30:00+08:00', summary: '商务洽谈：企业接受二期定制厂房方案，提出人才公寓20套及研发设备补助诉求，待园区办答复。', participants: ['陈文斌', '蔡俊杰', '刘海涛'], nextFollowUpDue: '2026-11-27' },
    ],
  },
  {
    id: 'lead_yj_03',
    actorUserId: 'user_officer_yongjia',
    input: {
      parkId: 'park_yongjia',
      creditCode: demoCreditCode(JINJIANG, '70538421'),
      firmName: '晋江精锐传动部件有限公司',
      chainId: 'chain_equipment',
      segmentId: 'components',
      source: 'anchor_led',
      plannedInvestment: 15_000_000,
      spaceNeedM2: 1620,
      expectedAnnualOutput: 40_000_000,
      expectedAnnualTax: 1_500_000,
      contact: { name: '吴国栋', title: '董事长', phone: '0595-85213306' },
      ownerId: 'user_officer_yongjia',
      tags: ['above_scale'],
      followUpDue: '2026-11-18',
      notes: '减速机、精密传动件配套商，跟随园区整机龙头企业就近配套。',
    },
    stages: [{ to: 'contacted' }, { to: 'visited' }],
    activities: [
      { kind: 'call', occurredAt: '2026-10-28T11:00:00+08:00', summary: '园区整机龙头企业提出本地化配套需求，电话联系其传动件供应商，对方愿意就近设厂。' },
      { kind: 'site_tour', occurredAt: '2026-11-10T09:30:00+08:00', summary: '企业董事长实地踏勘，关注一楼货车通行和行车安装条件，需回去测算搬迁成本。', nextFollowUpDue: '2026-11-18' },
    ],
  },
  {
    id: 'lead_yj_04',
    actorUserId: 'user_officer_yongjia_2',
    input: {
      parkId: 'park_yongjia',
      creditCode: demoCreditCode('310115', 'MA1H9W4N'),
      firmName: '上海擎工工业软件有限公司',
      chainId: 'chain_equipment',
      segmentId: 'software',
      source: 'online',
      plannedInvestment: 8_000_000,
      spaceNeedM2: 900,
      expectedAnnualOutput: 20_000_000,
      expectedAnnualTax: 1_800_000,
      contact: { name: '周逸凡', title: '华南区总经理', phone: '021-50812276' },
      ownerId: 'user_officer_yongjia_2',
      tags: ['high_tech'],
      followUpDue: '2026-11-25',
    },
    stages: [{ to: 'contacted' }],
    activities: [
      { kind: 'call', occurredAt: '2026-11-12T16:00:00+08:00', summary: '云上招商推介会后企业主动联系。主营MES与产线仿真软件，拟在晋江设立服务团队，服务鞋服、装备企业数字化改造。', nextFollowUpDue: '2026-11-25' },
    ],
  },
  {
    id: 'lead_yj_05',
    actorUserId: 'user_officer_yongjia',
    input: {
      parkId: 'park_yongjia',
      creditCode: demoCreditCode('350102', 'MA34B8PX'),
      firmName: '福建安衡智能检测技术有限公司',
      chainId: 'chain_equipment',
      segmentId: 'testing',
      source: 'chamber',
      plannedInvestment: 12_000_000,
      spaceNeedM2: 1280,
      expectedAnnualOutput: 25_000_000,
      expectedAnnualTax: 1_200_000,
      contact: { name: '郑立新', title: '总经理', phone: '0591-87536620' },
      ownerId: 'user_officer_yongjia',
      tags: [],
      followUpDue: '2026-11-24',
    },
    stages: [],
    activities: [
      { kind: 'note', occurredAt: '2026-11-19T18:00:00+08:00', summary: '福州晋江商会推荐：第三方检测机构，拟在园区设立智能装备检测实验室（补链）。待约首次电话沟通。', nextFollowUpDue: '2026-11-24' },
    ],
  },
  {
    id: 'lead_yj_06',
    actorUserId: 'user_officer_yongjia_2',
    input: {
      parkId: 'park_yongjia',
      creditCode: demoCreditCode('320506', '69842175'),
      firmName: '苏州睿联精密机械有限公司',
      chainId: 'chain_equipment',
      segmentId: 'production',
      source: 'operator',
      plannedInvestment: 40_000_000,
      spaceNeedM2: 3700,
      expectedAnnualOutput: 90_000_000,
      expectedAnnualTax: 3_000_000,
      contact: { name: '沈建明', title: '副总经理', phone: '0512-66179032' },
      ownerId: 'user_officer_yongjia_2',
      tags: ['above_scale'],
      followUpDue: null,
    },
    stages: [{ to: 'contacted' }, { to: 'visited' }, { to: 'lost', reason: '企业总部决定在苏州本地扩产，不再外迁' }],
    activities: [
      { kind: 'call', occurredAt: '2026-10-08T10:00:00+08:00', summary: '园区运营商推荐的精密机械企业，电话沟通扩产需求，约3700㎡。' },
      { kind: 'site_tour', occurredAt: '2026-10-20T14:30:00+08:00', summary: '企业实地踏勘，对园区配套满意，但对两地管理成本有顾虑。' },
      { kind: 'call', occurredAt: '2026-11-06T09:40:00+08:00', summary: '企业告知总部已决定在苏州本地扩产，暂不考虑晋江。保持联系。' },
    ],
  },
  {
    id: 'lead_yj_07',
    actorUserId: 'user_officer_yongjia',
    input: {
      parkId: 'park_yongjia',
      creditCode: demoCreditCode(JINJIANG, 'MA8RDL6U'),
      firmName: '晋江医康智能医疗器械有限公司',
      chainId: 'chain_equipment',
      segmentId: 'production',
      source: 'fund_led',
      plannedInvestment: 60_000_000,
      spaceNeedM2: 1280,
      expectedAnnualOutput: 150_000_000,
      expectedAnnualTax: 9_000_000,
      contact: { name: '黄思远', title: '创始人', phone: '0595-85390418' },
      ownerId: 'user_officer_yongjia',
      tags: ['high_tech', 'specialized'],
      followUpDue: '2026-11-30',
      notes: '产业基金被投企业，康复机器人及医疗健康机械。园区暂为其预留3号研发厂房4F。',
    },
    stages: [
      { to: 'contacted' },
      { to: 'visited' },
      { to: 'negotiating' },
      { to: 'on_hold', reason: '等待二类医疗器械注册证审批' },
      { to: 'negotiating', reason: '注册证已获批，恢复洽谈' },
    ],
    activities: [
      { kind: 'meeting', occurredAt: '2026-10-10T10:00:00+08:00', summary: '市产业基金推荐被投企业，与创始人座谈，了解康复机器人量产计划。' },
      { kind: 'site_tour', occurredAt: '2026-10-15T15:00:00+08:00', summary: '实地踏勘3号研发厂房，企业对洁净装配区改造有要求。' },
      { kind: 'call', occurredAt: '2026-10-30T11:20:00+08:00', summary: '企业反馈二类医疗器械注册证审批延后，量产计划推迟，项目暂缓。' },
      { kind: 'meeting', occurredAt: '2026-11-16T14:00:00+08:00', summary: '注册证已获批，重启商务洽谈；园区同意预留3号研发厂房4F，企业提交装修方案。', participants: ['陈文斌', '张晓燕', '黄思远'], nextFollowUpDue: '2026-11-30' },
    ],
  },
  {
    id: 'lead_yj_08',
    actorUserId: 'user_officer_yongjia_2',
    input: {
      parkId: 'park_yongjia',
      creditCode: demoCreditCode('350503', 'MA31QK7E'),
      firmName: '泉州力擎物流装备有限公司',
      chainId: 'chain_equipment',
      segmentId: 'distribution',
      source: 'other',
      plannedInvestment: 20_000_000,
      spaceNeedM2: 2400,
      expectedAnnualOutput: 45_000_000,
      expectedAnnualTax: 1_600_000,
      contact: { name: '苏明辉', title: '总经理', phone: '0595-22783541' },
      ownerId: 'user_officer_yongjia_2',
      tags: [],
      followUpDue: '2026-11-20',
    },
    stages: [],
    activities: [
      { kind: 'note', occurredAt: '2026-11-13T16:40:00+08:00', summary: '企业负责人自行来电咨询厂房租金政策（智能仓储与配送装备），已登记，待安排上门拜访。', nextFollowUpDue: '2026-11-20' },
    ],
  },
  {
    id: 'lead_yj_09',
    actorUserId: 'user_officer_yongjia',
    input: {
      parkId: 'park_yongjia',
      creditCode: demoCreditCode(JINJIANG, 'MA2XN5CT'),
      firmName: '华晟自动化（晋江）有限公司',
      chainId: 'chain_equipment',
      segmentId: 'production',
      source: 'overseas_chinese',
      plannedInvestment: 150_000_000,
      landNeedMu: 30,
      expectedAnnualOutput: 300_000_000,
      expectedAnnualTax: 15_000_000,
      contact: { name: '施家豪', title: '董事', phone: '0595-85668802' },
      ownerId: 'user_officer_yongjia',
      tags: ['foreign_funded'],
      followUpDue: '2026-12-05',
      notes: '新加坡晋江籍侨商投资，园区厂房余量不足，拟按“前置招商+定制建设”在二期供地30亩。',
    },
    stages: [{ to: 'contacted' }, { to: 'visited' }],
    activities: [
      { kind: 'meeting', occurredAt: '2026-10-18T10:00:00+08:00', summary: '经市侨联牵线，新加坡晋江籍侨商回乡考察座谈，介绍包装自动化设备项目。', participants: ['林志强', '张晓燕', '施家豪'], actorUserId: 'user_manager_jinjiang' },
      { kind: 'site_tour', occurredAt: '2026-11-08T09:00:00+08:00', summary: '踏勘永佳园区及二期预留用地，企业希望定制建设、分期投产。', nextFollowUpDue: '2026-12-05' },
    ],
  },

  // ===== 芯智造产业园 =====
  {
    id: 'lead_xz_01',
    actorUserId: 'user_officer_xinzhizao',
    input: {
      parkId: 'park_xinzhizao',
      creditCode: demoCreditCode(JINJIANG, 'MA35HW0G'),
      firmName: '晋江晶拓半导体设备有限公司',
      chainId: 'chain_ic',
      segmentId: 'equipment',
      source: 'roadshow',
      plannedInvestment: 80_000_000,
      spaceNeedM2: 2600,
      expectedAnnualOutput: 200_000_000,
      expectedAnnualTax: 10_000_000,
      contact: { name: '陈立群', title: '总经理', phone: '0595-85102237' },
      ownerId: 'user_officer_xinzhizao',
      tags: ['high_tech', 'specialized'],
      followUpDue: '2026-12-08',
      notes: '晶圆传输设备整机，为园区龙头晶圆制造企业配套（强链）。',
    },
    stages: [{ to: 'contacted' }, { to: 'visited' }, { to: 'negotiating' }],
    projectId: 'proj_xz_01',
    signing: {
      signedAt: '2026-11-19',
      totalInvestment: 80_000_000,
      fixedAssetInvestment: 55_000_000,
      units: [{ buildingId: 'bld_xz_1', unitId: 'unit_xz_b1_4f' }],
      commitments: { annualOutput: 200_000_000, annualTax: 10_000_000, jobs: 150, byYear: 2029 },
      milestones: { construction_started: '2026-12-05', completed: '2027-03-31', in_production: '2027-05-31', at_capacity: '2028-12-31' },
      note: '租期5年，前两年租金减半；设备进口由园区协助办理。',
    },
    activities: [
      { kind: 'meeting', occurredAt: '2026-10-12T09:30:00+08:00', summary: '参加2026年晋江集成电路产业场景招商会，观摩龙头晶圆厂配套场景，会后单独座谈。' },
      { kind: 'site_tour', occurredAt: '2026-10-21T14:00:00+08:00', summary: '踏勘A1栋洁净厂房4F，确认防微振、纯水和双回路供电条件。', participants: ['许嘉琪', '陈立群'] },
      { kind: 'meeting', occurredAt: '2026-11-10T10:00:00+08:00', summary: '签约前洽谈：租期5年，前两年租金减半，设备进口协助办理。', participants: ['林志强', '许嘉琪', '陈立群'], actorUserId: 'user_manager_jinjiang' },
      { kind: 'note', occurredAt: '2026-11-19T17:30:00+08:00', summary: '合同已签订，约定12月初进场装修，安排驻企联络员跟进装修报建。', nextFollowUpDue: '2026-12-08' },
    ],
  },
  {
    id: 'lead_xz_02',
    actorUserId: 'user_officer_xinzhizao',
    input: {
      parkId: 'park_xinzhizao',
      creditCode: demoCreditCode(JINJIANG, 'MA8UAT9B'),
      firmName: '福建芯源靶材科技有限公司',
      chainId: 'chain_ic',
      segmentId: 'materials',
      source: 'anchor_led',
      plannedInvestment: 120_000_000,
      spaceNeedM2: 4400,
      expectedAnnualOutput: 300_000_000,
      expectedAnnualTax: 15_000_000,
      contact: { name: '林晓峰', title: '投资总监', phone: '0595-85117620' },
      ownerId: 'user_officer_xinzhizao',
      tags: ['specialized'],
      followUpDue: '2026-11-26',
      notes: '高纯溅射靶材，依托龙头晶圆制造企业本地化采购需求引进。',
    },
    stages: [{ to: 'contacted' }, { to: 'visited' }, { to: 'negotiating' }],
    activities: [
      { kind: 'visit', occurredAt: '2026-10-14T10:30:00+08:00', summary: '上门拜访企业，介绍龙头晶圆厂本地化采购清单及园区配套政策。' },
      { kind: 'site_tour', occurredAt: '2026-10-29T15:00:00+08:00', summary: '踏勘A1、A2栋，企业需两层约4400㎡并增加纯水与废气处理设施；现有空置楼层与封测项目有竞争，园区研究二期定制厂房方案。' },
      { kind: 'meeting', occurredAt: '2026-11-13T09:30:00+08:00', summary: '洽谈厂房改造分担方式及环评办理，企业希望园区代办环评手续。', nextFollowUpDue: '2026-11-26' },
    ],
  },
  {
    id: 'lead_xz_03',
    actorUserId: 'user_officer_xinzhizao_2',
    input: {
      parkId: 'park_xinzhizao',
      creditCode: demoCreditCode('350206', 'MA2Y4D1L'),
      firmName: '厦门芯睿微电子设计有限公司',
      chainId: 'chain_ic',
      segmentId: 'design',
      source: 'fund_led',
      plannedInvestment: 30_000_000,
      spaceNeedM2: 980,
      expectedAnnualOutput: 50_000_000,
      expectedAnnualTax: 5_000_000,
      contact: { name: '杨子健', title: 'CEO', phone: '0592-5731860' },
      ownerId: 'user_officer_xinzhizao_2',
      tags: ['high_tech'],
      followUpDue: '2026-11-16',
    },
    stages: [{ to: 'contacted' }, { to: 'visited' }],
    activities: [
      { kind: 'call', occurredAt: '2026-10-26T10:00:00+08:00', summary: '园区合作产业基金推荐的被投芯片设计企业，电话沟通设立晋江分公司事宜。' },
      { kind: 'site_tour', occurredAt: '2026-11-06T14:00:00+08:00', summary: '踏勘B1栋研发中试楼7F，企业关注人才公寓和研发补助政策。', nextFollowUpDue: '2026-11-16' },
    ],
  },
  {
    id: 'lead_xz_04',
    actorUserId: 'user_officer_xinzhizao',
    input: {
      parkId: 'park_xinzhizao',
      creditCode: demoCreditCode('310117', 'MA1J7P3F'),
      firmName: '上海臻芯封装测试技术有限公司',
      chainId: 'chain_ic',
      segmentId: 'packaging_test',
      source: 'operator',
      plannedInvestment: 200_000_000,
      spaceNeedM2: 4400,
      expectedAnnualOutput: 400_000_000,
      expectedAnnualTax: 18_000_000,
      contact: { name: '钱志远', title: '董事长', phone: '021-57742093' },
      ownerId: 'user_officer_xinzhizao',
      tags: ['high_tech', 'above_scale'],
      followUpDue: '2026-11-28',
      notes: '补链：园区尚无封测环节。设备进口贴息及双回路供电需提请市领导调度。',
    },
    stages: [{ to: 'contacted' }, { to: 'visited' }, { to: 'negotiating' }],
    activities: [
      { kind: 'meeting', occurredAt: '2026-10-19T14:00:00+08:00', summary: '经园区合作半导体研究机构与运营商引荐，在上海与企业管理层会谈。', participants: ['林志强', '许嘉琪'], actorUserId: 'user_manager_jinjiang' },
      { kind: 'site_tour', occurredAt: '2026-11-02T10:00:00+08:00', summary: '企业带队踏勘A2栋5F-6F，关注双回路供电、防微振与废水处理。' },
      { kind: 'meeting', occurredAt: '2026-11-18T15:00:00+08:00', summary: '商务洽谈：企业提出定制化改造及设备进口贴息诉求，需报市里调度会研究。', nextFollowUpDue: '2026-11-28' },
    ],
  },
  {
    id: 'lead_xz_05',
    actorUserId: 'user_officer_xinzhizao_2',
    input: {
      parkId: 'park_xinzhizao',
      creditCode: demoCreditCode(JINJIANG, 'MA33E6RN'),
      firmName: '晋江芯视智能终端有限公司',
      chainId: 'chain_ic',
      segmentId: 'terminal',
      source: 'tenant_referral',
      plannedInvestment: 25_000_000,
      spaceNeedM2: 2200,
      expectedAnnualOutput: 80_000_000,
      expectedAnnualTax: 3_000_000,
      contact: { name: '蔡伟明', title: '总经理', phone: '0595-85236671' },
      ownerId: 'user_officer_xinzhizao_2',
      tags: [],
      followUpDue: '2026-11-23',
    },
    stages: [{ to: 'contacted' }],
    activities: [
      { kind: 'call', occurredAt: '2026-11-11T10:30:00+08:00', summary: '已入驻芯片设计企业推荐其下游客户（智能视觉终端），电话介绍园区政策，对方同意月底来园考察。', nextFollowUpDue: '2026-11-23' },
    ],
  },
  {
    id: 'lead_xz_06',
    actorUserId: 'user_officer_xinzhizao',
    input: {
      parkId: 'park_xinzhizao',
      creditCode: demoCreditCode(JINJIANG, 'MA8WC2HQ'),
      firmName: '福建侨芯半导体科技有限公司',
      chainId: 'chain_ic',
      segmentId: 'packaging_test',
      source: 'overseas_chinese',
      plannedInvestment: 100_000_000,
      spaceNeedM2: 4400,
      contact: { name: '许文彬', title: '筹备组负责人', phone: '0595-85661390' },
      ownerId: 'user_officer_xinzhizao',
      tags: ['foreign_funded'],
      followUpDue: '2026-11-30',
    },
    stages: [],
    activities: [
      { kind: 'note', occurredAt: '2026-11-17T11:00:00+08:00', summary: '市侨联转来线索：马来西亚槟城晋江籍侨商拟回乡投资半导体测试项目，待约视频会。', nextFollowUpDue: '2026-11-30' },
    ],
  },
  {
    id: 'lead_xz_07',
    actorUserId: 'user_officer_xinzhizao_2',
    input: {
      parkId: 'park_xinzhizao',
      creditCode: demoCreditCode('110108', 'MA01F8KM'),
      firmName: '北京灵动服务机器人有限公司',
      chainId: 'chain_equipment',
      segmentId: 'rnd',
      source: 'roadshow',
      plannedInvestment: 50_000_000,
      spaceNeedM2: 1960,
      expectedAnnualOutput: 100_000_000,
      expectedAnnualTax: 4_000_000,
      contact: { name: '赵宇航', title: '副总裁', phone: '010-62718845' },
      ownerId: 'user_officer_xinzhizao_2',
      tags: ['high_tech'],
      followUpDue: '2026-12-28',
    },
    stages: [{ to: 'contacted' }, { to: 'visited' }, { to: 'on_hold', reason: '企业新一轮融资未到位，落地计划暂缓' }],
    activities: [
      { kind: 'meeting', occurredAt: '2026-10-12T11:00:00+08:00', summary: '集成电路产业场景招商会上接洽，企业拟设清洁机器人华南研发中心。' },
      { kind: 'site_tour', occurredAt: '2026-10-23T10:00:00+08:00', summary: '踏勘B1栋研发中试楼8F-9F，企业对场地满意。' },
      { kind: 'call', occurredAt: '2026-11-09T16:00:00+08:00', summary: '企业反馈B轮融资延后，项目暂缓，约定12月底再沟通。', nextFollowUpDue: '2026-12-28' },
    ],
  },
  {
    id: 'lead_xz_08',
    actorUserId: 'user_officer_xinzhizao_2',
    input: {
      parkId: 'park_xinzhizao',
      creditCode: demoCreditCode('440306', 'MA5H2LXD'),
      firmName: '深圳芯联测控设备有限公司',
      chainId: 'chain_ic',
      segmentId: 'equipment',
      source: 'online',
      plannedInvestment: 40_000_000,
      spaceNeedM2: 2200,
      contact: { name: '何俊', title: '运营总监', phone: '0755-27563318' },
      ownerId: 'user_officer_xinzhizao_2',
      tags: ['specialized'],
      followUpDue: null,
    },
    stages: [{ to: 'contacted' }, { to: 'lost', reason: '企业选址深圳光明科学城，周边客户和配套更集中' }],
    activities: [
      { kind: 'call', occurredAt: '2026-10-15T15:30:00+08:00', summary: '云上招商平台留资，电话沟通半导体测试设备扩产需求。' },
      { kind: 'call', occurredAt: '2026-11-04T10:10:00+08:00', summary: '企业确认选址深圳光明科学城，不再考虑晋江。' },
    ],
  },
  {
    id: 'lead_xz_09',
    actorUserId: 'user_officer_xinzhizao',
    input: {
      parkId: 'park_xinzhizao',
      creditCode: demoCreditCode('340104', 'MA2N6Q8Y'),
      firmName: '合肥矽微功率半导体有限公司',
      chainId: 'chain_ic',
      segmentId: 'manufacturing',
      source: 'fund_led',
      plannedInvestment: 1_500_000_000,
      landNeedMu: 80,
      expectedAnnualOutput: 2_000_000_000,
      expectedAnnualTax: 80_000_000,
      contact: { name: '孙承志', title: '董事长', phone: '0551-65538207' },
      ownerId: 'user_officer_xinzhizao',
      tags: ['above_scale', 'high_tech'],
      followUpDue: '2026-11-19',
      notes: '功率器件特色工艺产线，市产业基金拟领投；能耗指标与环评需提请市领导调度。',
    },
    stages: [{ to: 'contacted' }, { to: 'visited' }, { to: 'negotiating' }],
    activities: [
      { kind: 'meeting', occurredAt: '2026-10-20T14:00:00+08:00', summary: '市产业基金与企业股东会谈，基金拟领投新一轮融资，条件为产线落地晋江。', participants: ['林志强', '许嘉琪', '孙承志'], actorUserId: 'user_manager_jinjiang' },
      { kind: 'site_tour', occurredAt: '2026-10-31T09:30:00+08:00', summary: '陪同企业踏勘芯智造二期预留用地约80亩，企业关注供电容量和特气管廊。', actorUserId: 'user_manager_jinjiang' },
      { kind: 'meeting', occurredAt: '2026-11-12T15:00:00+08:00', summary: '洽谈投资协议框架：基金投资+定制厂房，能耗指标、环评需提请市领导调度。', nextFollowUpDue: '2026-11-19' },
    ],
  },
  {
    id: 'lead_xz_10',
    actorUserId: 'user_officer_xinzhizao_2',
    input: {
      parkId: 'park_xinzhizao',
      creditCode: demoCreditCode('350502', 'MA349TBC'),
      firmName: '泉州智联汽车电子有限公司',
      chainId: 'chain_ic',
      segmentId: 'terminal',
      source: 'chamber',
      plannedInvestment: 18_000_000,
      spaceNeedM2: 980,
      contact: { name: '庄志鸿', title: '总经理', phone: '0595-22967314' },
      ownerId: 'user_officer_xinzhizao_2',
      tags: [],
      followUpDue: '2026-12-02',
    },
    stages: [],
    activities: [
      { kind: 'note', occurredAt: '2026-11-20T10:00:00+08:00', summary: '泉州市半导体行业协会推荐线索：车载控制器企业，有意靠近芯片供应商设研发测试点。待首次联系。', nextFollowUpDue: '2026-12-02' },
    ],
  },

  {
    id: 'lead_xz_11',
    actorUserId: 'user_officer_xinzhizao_2',
    input: {
      parkId: 'park_xinzhizao',
      creditCode: demoCreditCode(JINJIANG, 'MA8XH3T5'),
      firmName: '福建晶蓝电子化学品有限公司',
      chainId: 'chain_ic',
      segmentId: 'materials',
      source: 'anchor_led',
      plannedInvestment: 120_000_000,
      spaceNeedM2: 2200,
      expectedAnnualOutput: 220_000_000,
      expectedAnnualTax: 10_000_000,
      contact: { name: '郑晓东', title: '总经理', phone: '0595-85126637' },
      ownerId: 'user_officer_xinzhizao_2',
      tags: ['specialized'],
      followUpDue: null,
      notes: '湿电子化学品（高纯蚀刻液、清洗液）分装配制基地，为园区龙头晶圆制造企业本地化配套（强链）。',
    },
    stages: [{ to: 'contacted' }, { to: 'visited' }, { to: 'negotiating' }],
    projectId: 'proj_xz_02',
    signing: {
      signedAt: '2025-05-20',
      totalInvestment: 120_000_000,
      fixedAssetInvestment: 85_000_000,
      units: [{ buildingId: 'bld_xz_2', unitId: 'unit_xz_b2_3f' }],
      commitments: { annualOutput: 220_000_000, annualTax: 10_000_000, jobs: 90, byYear: 2027 },
      milestones: { construction_started: '2025-07-15', completed: '2026-01-31', in_production: '2026-06-30', at_capacity: '2027-06-30' },
      note: '租期8年；危化品仓库由企业自建，园区协调消防审验。',
    },
    activities: [
      { kind: 'visit', occurredAt: '2025-03-12T10:00:00+08:00', summary: '龙头晶圆厂提出湿电子化学品本地化采购需求，上门拜访其供应商，对方有意在晋江设立分装配制基地。' },
      { kind: 'site_tour', occurredAt: '2025-04-02T14:30:00+08:00', summary: '踏勘A2栋3F，企业重点关注危化品仓储、废液收集及防腐地坪改造条件。', participants: ['洪志鹏', '郑晓东'] },
      { kind: 'meeting', occurredAt: '2025-05-08T09:30:00+08:00', summary: '商务洽谈：租期8年，危化品仓库企业自建、园区协调消防审验，约定7月中旬进场装修。', participants: ['林志强', '洪志鹏', '郑晓东'], actorUserId: 'user_manager_jinjiang' },
      { kind: 'note', occurredAt: '2025-05-20T17:00:00+08:00', summary: '投资协议签订，总投资1.2亿元；驻企联络员对接危化品经营许可及环评手续。' },
    ],
  },

  // ===== 安东园 / 绿色高端面料整理微工业园 =====
  {
    id: 'lead_ad_01',
    actorUserId: 'user_officer_andong',
    input: {
      parkId: 'park_lvse_mianliao',
      creditCode: demoCreditCode('320507', 'MA1MG4H7'),
      firmName: '苏州锦程纺织科技有限公司',
      chainId: 'chain_textile',
      segmentId: 'fabric_finishing',
      source: 'chamber',
      plannedInvestment: 15_000_000,
      spaceNeedM2: 2800,
      expectedAnnualOutput: 60_000_000,
      expectedAnnualTax: 2_400_000,
      contact: { name: '肖振宇', title: '总经理', phone: '0512-65871324' },
      ownerId: 'user_officer_andong',
      tags: ['above_scale'],
      followUpDue: '2026-12-10',
      notes: '跨省招商：看重园区“一条龙”面料整理服务与集中污水处理，降低环保成本。',
    },
    stages: [{ to: 'contacted' }, { to: 'visited' }, { to: 'negotiating' }],
    projectId: 'proj_ad_01',
    signing: {
      signedAt: '2026-11-16',
      totalInvestment: 15_000_000,
      fixedAssetInvestment: 12_000_000,
      units: [{ buildingId: 'bld_lm_1', unitId: 'unit_lm_b1_3f' }],
      commitments: { annualOutput: 60_000_000, annualTax: 2_400_000, jobs: 70, byYear: 2027 },
      milestones: { construction_started: '2026-12-10', completed: '2027-01-31', in_production: '2027-03-15', at_capacity: '2027-12-31' },
      note: '污水纳管指标按园区集中处理设施核定；生产设备12月进场安装调试。',
    },
    activities: [
      { kind: 'meeting', occurredAt: '2026-10-09T14:00:00+08:00', summary: '苏州晋江商会组织面料企业来晋考察，座谈介绍微园区后整理产业生态。' },
      { kind: 'site_tour', occurredAt: '2026-10-17T10:00:00+08:00', summary: '踏勘1号后整理车间3F，重点查看蒸汽管道、污水纳管与智能验布系统。', participants: ['施雅婷', '肖振宇'] },
      { kind: 'meeting', occurredAt: '2026-11-06T15:00:00+08:00', summary: '商务洽谈：确认环保准入条件、污水纳管指标及设备进场时间。' },
      { kind: 'note', occurredAt: '2026-11-16T18:00:00+08:00', summary: '签约完成，生产设备预计12月进场安装调试。', nextFollowUpDue: '2026-12-10' },
    ],
  },
  {
    id: 'lead_ad_02',
    actorUserId: 'user_officer_andong',
    input: {
      parkId: 'park_lvse_mianliao',
      creditCode: demoCreditCode('330603', '14583962'),
      firmName: '绍兴柯桥佳纶整理有限公司',
      chainId: 'chain_textile',
      segmentId: 'fabric_finishing',
      source: 'tenant_referral',
      plannedInvestment: 30_000_000,
      spaceNeedM2: 2400,
      expectedAnnualOutput: 90_000_000,
      expectedAnnualTax: 3_500_000,
      contact: { name: '陶国良', title: '董事长', phone: '0575-84127735' },
      ownerId: 'user_officer_andong',
      tags: ['above_scale'],
      followUpDue: '2026-11-14',
    },
    stages: [{ to: 'contacted' }, { to: 'visited' }],
    activities: [
      { kind: 'call', occurredAt: '2026-10-24T09:30:00+08:00', summary: '已签约的苏州面料企业推荐其柯桥合作方，电话沟通功能性面料后整理产能转移意向。' },
      { kind: 'site_tour', occurredAt: '2026-11-04T14:00:00+08:00', summary: '踏勘2号后整理车间3F，企业对日处理1万吨污水设施和职工公寓较满意，回去上会研究。', nextFollowUpDue: '2026-11-14' },
    ],
  },
  {
    id: 'lead_ad_03',
    actorUserId: 'user_officer_andong',
    input: {
      parkId: 'park_lvse_mianliao',
      creditCode: demoCreditCode(JINJIANG, '75739184'),
      firmName: '晋江恒彩功能面料有限公司',
      chainId: 'chain_textile',
      segmentId: 'fabric_finishing',
      source: 'anchor_led',
      plannedInvestment: 25_000_000,
      spaceNeedM2: 2400,
      expectedAnnualOutput: 70_000_000,
      expectedAnnualTax: 2_800_000,
      contact: { name: '洪少伟', title: '总经理', phone: '0595-85807126' },
      ownerId: 'user_officer_andong',
      tags: ['above_scale'],
      followUpDue: '2026-12-20',
    },
    stages: [{ to: 'contacted' }, { to: 'on_hold', reason: '排污总量指标待生态环境部门批复，企业暂不购置设备' }],
    activities: [
      { kind: 'visit', occurredAt: '2026-10-13T10:00:00+08:00', summary: '随龙头面料企业走访其配套整理厂，企业有意整体搬入微园区。' },
      { kind: 'call', occurredAt: '2026-11-02T15:00:00+08:00', summary: '企业担心环保准入不确定，暂不购置设备，待排污指标落实后再议；已列入园区办堵点清单。', nextFollowUpDue: '2026-12-20' },
    ],
  },
  {
    id: 'lead_ad_04',
    actorUserId: 'user_officer_andong',
    input: {
      parkId: 'park_andong',
      creditCode: demoCreditCode('350583', 'MA2YP7W3'),
      firmName: '南安鸿运鞋材科技有限公司',
      chainId: 'chain_textile',
      segmentId: 'shoe_materials',
      source: 'online',
      plannedInvestment: 10_000_000,
      spaceNeedM2: 1500,
      contact: { name: '傅志勇', title: '总经理', phone: '0595-86352019' },
      ownerId: 'user_officer_andong',
      tags: [],
      followUpDue: '2026-11-26',
    },
    stages: [],
    activities: [
      { kind: 'note', occurredAt: '2026-11-18T09:00:00+08:00', summary: '云上招商平台留资：企业寻求运动鞋中底生产厂房约1500㎡，待电话回访。', nextFollowUpDue: '2026-11-26' },
    ],
  },
  {
    id: 'lead_ad_05',
    actorUserId: 'user_officer_andong',
    input: {
      parkId: 'park_andong',
      creditCode: demoCreditCode(JINJIANG, 'MA8TK1EA'),
      firmName: '晋江动域运动用品有限公司',
      chainId: 'chain_textile',
      segmentId: 'apparel_footwear',
      source: 'overseas_chinese',
      plannedInvestment: 50_000_000,
      landNeedMu: 25,
      expectedAnnualOutput: 150_000_000,
      expectedAnnualTax: 5_000_000,
      contact: { name: '许志成', title: '董事', phone: '0595-85942376' },
      ownerId: 'user_officer_andong',
      tags: ['foreign_funded'],
      followUpDue: null,
    },
    stages: [{ to: 'contacted' }, { to: 'visited' }, { to: 'lost', reason: '企业选择在石狮自建厂房，取消在园区的用地需求' }],
    activities: [
      { kind: 'visit', occurredAt: '2026-10-11T10:00:00+08:00', summary: '菲律宾晋江籍侨商投资的运动鞋服企业，上门拜访了解扩产用地需求。' },
      { kind: 'site_tour', occurredAt: '2026-10-25T15:00:00+08:00', summary: '踏勘安东园储备地块，企业认为地块形状不利于产线布局。' },
      { kind: 'call', occurredAt: '2026-11-12T11:00:00+08:00', summary: '企业告知已在石狮购得工业用地自建厂房，本项目终止。' },
    ],
  },

  {
    id: 'lead_ad_06',
    actorUserId: 'user_officer_andong',
    input: {
      parkId: 'park_andong',
      creditCode: demoCreditCode(JINJIANG, '78452163'),
      firmName: '晋江鸿翔鞋材科技有限公司',
      chainId: 'chain_textile',
      segmentId: 'shoe_materials',
      source: 'anchor_led',
      plannedInvestment: 260_000_000,
      landNeedMu: 60,
      expectedAnnualOutput: 300_000_000,
      expectedAnnualTax: 12_000_000,
      contact: { name: '许伟鸿', title: '董事长', phone: '0595-85917738' },
      ownerId: 'user_officer_andong',
      tags: ['above_scale'],
      followUpDue: null,
      notes: '运动鞋中底超临界发泡材料生产基地。按亩均效益准入：承诺亩均税收不低于20万元/亩。',
    },
    stages: [{ to: 'contacted' }, { to: 'visited' }, { to: 'negotiating' }],
    projectId: 'proj_ad_02',
    signing: {
      signedAt: '2024-07-12',
      totalInvestment: 260_000_000,
      fixedAssetInvestment: 210_000_000,
      landMu: 60,
      commitments: { annualOutput: 300_000_000, annualTax: 12_000_000, jobs: 280, byYear: 2026 },
      milestones: { construction_started: '2024-09-30', completed: '2025-08-31', in_production: '2025-10-31', at_capacity: '2026-10-31' },
      note: '土地挂牌出让；投资强度350万元/亩，达产后亩均税收不低于20万元/亩，未达标按协议核减奖励。',
    },
    activities: [
      { kind: 'meeting', occurredAt: '2024-04-18T10:00:00+08:00', summary: '运动品牌龙头企业推荐其中底材料供应商，座谈了解扩产用地需求约60亩。' },
      { kind: 'site_tour', occurredAt: '2024-05-09T09:30:00+08:00', summary: '踏勘安东园收储地块，企业关注地块平整进度与蒸汽供热管网。', participants: ['施雅婷', '许伟鸿'] },
      { kind: 'meeting', occurredAt: '2024-06-27T15:00:00+08:00', summary: '洽谈投资协议：投资强度、亩均税收承诺及未达标退出条款，企业接受。', participants: ['林志强', '施雅婷', '许伟鸿'], actorUserId: 'user_manager_jinjiang' },
      { kind: 'note', occurredAt: '2024-07-12T17:30:00+08:00', summary: '投资协议签订，土地挂牌出让程序同步启动，约定9月底前开工。' },
    ],
  },

  // ===== 食品园 =====
  {
    id: 'lead_fd_01',
    actorUserId: 'user_officer_food',
    input: {
      parkId: 'park_food',
      creditCode: demoCreditCode(JINJIANG, '79376012'),
      firmName: '福建嘉味坊食品有限公司',
      chainId: 'chain_food',
      segmentId: 'processing',
      source: 'tenant_referral',
      plannedInvestment: 80_000_000,
      landNeedMu: 35,
      expectedAnnualOutput: 250_000_000,
      expectedAnnualTax: 10_000_000,
      contact: { name: '李庆丰', title: '董事长', phone: '0595-85627713' },
      ownerId: 'user_officer_food',
      tags: ['above_scale'],
      followUpDue: '2026-11-29',
      notes: '休闲食品生产基地扩建，按亩均效益准入：投资强度约228万元/亩。',
    },
    stages: [{ to: 'contacted' }, { to: 'visited' }, { to: 'negotiating' }],
    activities: [
      { kind: 'visit', occurredAt: '2026-10-16T10:00:00+08:00', summary: '园区食品龙头企业引荐其OEM合作方，上门拜访了解扩产计划。' },
      { kind: 'site_tour', occurredAt: '2026-10-30T09:30:00+08:00', summary: '踏勘食品园“工改工”地块约35亩，企业关注蒸汽供热和污水处理。' },
      { kind: 'meeting', occurredAt: '2026-11-14T14:30:00+08:00', summary: '洽谈投资协议：固投、亩均产值与税收承诺，以及土地出让方式。', nextFollowUpDue: '2026-11-29' },
    ],
  },
  {
    id: 'lead_fd_02',
    actorUserId: 'user_officer_food',
    input: {
      parkId: 'park_food',
      creditCode: demoCreditCode('350211', 'MA33UJ5R'),
      firmName: '厦门绿源饮品有限公司',
      chainId: 'chain_food',
      segmentId: 'beverages',
      source: 'roadshow',
      plannedInvestment: 60_000_000,
      landNeedMu: 30,
      expectedAnnualOutput: 180_000_000,
      expectedAnnualTax: 7_000_000,
      contact: { name: '叶少华', title: '总经理', phone: '0592-6215480' },
      ownerId: 'user_officer_food',
      tags: [],
      followUpDue: '2026-11-22',
    },
    stages: [{ to: 'contacted' }],
    activities: [
      { kind: 'meeting', occurredAt: '2026-11-06T09:30:00+08:00', summary: '参加食品园“一园一场”场景招商活动，观摩饮料自动化、智能化生产线。' },
      { kind: 'call', occurredAt: '2026-11-13T10:00:00+08:00', summary: '电话跟进，企业拟在闽南新建灌装基地，约定下周来园区实地踏勘。', nextFollowUpDue: '2026-11-22' },
    ],
  },
  {
    id: 'lead_fd_03',
    actorUserId: 'user_officer_food',
    input: {
      parkId: 'park_food',
      creditCode: demoCreditCode(JINJIANG, 'MA8YB6N2'),
      firmName: '晋江闽南冷链物流有限公司',
      chainId: 'chain_food',
      segmentId: 'cold_chain',
      source: 'online',
      plannedInvestment: 35_000_000,
      landNeedMu: 20,
      expectedAnnualOutput: 60_000_000,
      expectedAnnualTax: 2_000_000,
      contact: { name: '曾文杰', title: '总经理', phone: '0595-85531698' },
      ownerId: 'user_officer_food',
      tags: [],
      followUpDue: '2026-12-03',
    },
    stages: [{ to: 'contacted' }],
    activities: [
      { kind: 'call', occurredAt: '2026-11-16T15:00:00+08:00', summary: '企业通过云上招商平台咨询，拟建冷链仓储配送中心，服务食品专业市场，已发送用地政策资料。', nextFollowUpDue: '2026-12-03' },
    ],
  },

  {
    id: 'lead_fd_04',
    actorUserId: 'user_officer_food',
    input: {
      parkId: 'park_food',
      creditCode: demoCreditCode(JINJIANG, 'MA2YQ4B8'),
      firmName: '晋江禾丰烘焙食品有限公司',
      chainId: 'chain_food',
      segmentId: 'processing',
      source: 'roadshow',
      plannedInvestment: 120_000_000,
      landNeedMu: 28,
      expectedAnnualOutput: 200_000_000,
      expectedAnnualTax: 6_000_000,
      contact: { name: '黄志坚', title: '总经理', phone: '0595-85663127' },
      ownerId: 'user_officer_food',
      tags: [],
      followUpDue: null,
      notes: '烘焙中央工厂（面包、冷冻面团），供应闽南连锁门店；“工改工”地块28亩。',
    },
    stages: [{ to: 'contacted' }, { to: 'visited' }, { to: 'negotiating' }],
    projectId: 'proj_fd_01',
    signing: {
      signedAt: '2025-03-18',
      totalInvestment: 120_000_000,
      fixedAssetInvestment: 95_000_000,
      landMu: 28,
      commitments: { annualOutput: 200_000_000, annualTax: 6_000_000, jobs: 300, byYear: 2027 },
      milestones: { construction_started: '2025-06-30', completed: '2026-08-31', in_production: '2026-10-31', at_capacity: '2027-12-31' },
    },
    activities: [
      { kind: 'meeting', occurredAt: '2024-12-06T10:00:00+08:00', summary: '参加食品园场景招商日，观摩园区企业自动化烘焙产线，提出新建中央工厂意向。' },
      { kind: 'site_tour', occurredAt: '2025-01-10T09:30:00+08:00', summary: '踏勘食品园“工改工”地块约28亩，企业关注天然气供应能力与污水预处理。', participants: ['吴丽娟', '黄志坚'] },
      { kind: 'meeting', occurredAt: '2025-02-26T14:30:00+08:00', summary: '洽谈投资协议与亩均承诺，企业要求园区协调燃气中压管道在竣工前接入地块。' },
      { kind: 'note', occurredAt: '2025-03-18T16:00:00+08:00', summary: '投资协议签订，约定6月底前开工。' },
    ],
  },
  {
    id: 'lead_fd_05',
    actorUserId: 'user_officer_food',
    input: {
      parkId: 'park_food',
      creditCode: demoCreditCode(JINJIANG, '77518649'),
      firmName: '晋江优味源食品饮料有限公司',
      chainId: 'chain_food',
      segmentId: 'beverages',
      source: 'tenant_referral',
      plannedInvestment: 180_000_000,
      landNeedMu: 40,
      expectedAnnualOutput: 360_000_000,
      expectedAnnualTax: 14_000_000,
      contact: { name: '洪建新', title: '董事长', phone: '0595-85738215' },
      ownerId: 'user_officer_food',
      tags: ['above_scale'],
      followUpDue: null,
      notes: '植物蛋白饮料及茶饮料灌装基地，园区“一园一场”场景招商的饮料智能化示范产线。',
    },
    stages: [{ to: 'contacted' }, { to: 'visited' }, { to: 'negotiating' }],
    projectId: 'proj_fd_02',
    signing: {
      signedAt: '2024-06-18',
      totalInvestment: 180_000_000,
      fixedAssetInvestment: 140_000_000,
      landMu: 40,
      commitments: { annualOutput: 360_000_000, annualTax: 14_000_000, jobs: 420, byYear: 2026 },
      milestones: { construction_started: '2024-09-30', completed: '2025-06-30', in_production: '2025-08-31', at_capacity: '2026-06-30' },
      note: '投资强度350万元/亩，达产后亩均税收不低于30万元/亩。',
    },
    activities: [
      { kind: 'visit', occurredAt: '2024-03-14T10:00:00+08:00', summary: '园区饮料龙头企业推荐其代工合作方，上门拜访了解新建灌装基地计划。' },
      { kind: 'site_tour', occurredAt: '2024-04-11T09:00:00+08:00', summary: '踏勘食品园储备地块约40亩，企业关注水源、蒸汽和污水处理能力。', participants: ['吴丽娟', '洪建新'] },
      { kind: 'meeting', occurredAt: '2024-05-23T14:00:00+08:00', summary: '洽谈投资协议：固投1.4亿元、达产后亩均税收不低于30万元/亩，企业同意。' },
      { kind: 'note', occurredAt: '2024-06-18T17:00:00+08:00', summary: '投资协议签订，约定9月底前开工、2026年上半年达产。' },
    ],
  },

  // ===== 金井绿色新材料产业园 =====
  {
    id: 'lead_jj_01',
    actorUserId: 'user_manager_jinjiang',
    input: {
      parkId: 'park_jinjing',
      creditCode: demoCreditCode(JINJIANG, 'MA35RT8H'),
      firmName: '福建华研电子陶瓷材料有限公司',
      chainId: 'chain_materials',
      segmentId: 'electronic_materials',
      source: 'fund_led',
      plannedInvestment: 300_000_000,
      landNeedMu: 60,
      expectedAnnualOutput: 500_000_000,
      expectedAnnualTax: 25_000_000,
      contact: { name: '卓建伟', title: '总经理', phone: '0595-85079925' },
      ownerId: null,
      tags: ['specialized', 'high_tech'],
      followUpDue: '2026-12-01',
    },
    stages: [{ to: 'contacted' }, { to: 'visited' }],
    activities: [
      { kind: 'meeting', occurredAt: '2026-10-27T10:00:00+08:00', summary: '产业基金推荐：电子陶瓷基板材料企业，拟建第二生产基地，座谈了解用地与能耗需求。' },
      { kind: 'site_tour', occurredAt: '2026-11-11T09:30:00+08:00', summary: '踏勘金井园区盘活低效用地地块约60亩，企业要求12月前明确供地时间表。', nextFollowUpDue: '2026-12-01' },
    ],
  },
  {
    id: 'lead_jj_02',
    actorUserId: 'user_manager_jinjiang',
    input: {
      parkId: 'park_jinjing',
      creditCode: demoCreditCode('350581', 'MA2Y9CK4'),
      firmName: '石狮蓝海高分子材料有限公司',
      chainId: 'chain_materials',
      segmentId: 'polymer_composites',
      source: 'chamber',
      plannedInvestment: 90_000_000,
      landNeedMu: 30,
      expectedAnnualOutput: 150_000_000,
      expectedAnnualTax: 6_000_000,
      contact: { name: '蔡明华', title: '副总经理', phone: '0595-88752016' },
      ownerId: null,
      tags: [],
      followUpDue: '2026-11-17',
    },
    stages: [{ to: 'contacted' }],
    activities: [
      { kind: 'call', occurredAt: '2026-11-05T14:00:00+08:00', summary: '泉州外商投资协会推荐，电话了解可降解鞋材用高分子材料项目。', nextFollowUpDue: '2026-11-17' },
    ],
  },

  {
    id: 'lead_jj_03',
    actorUserId: 'user_manager_jinjiang',
    input: {
      parkId: 'park_jinjing',
      creditCode: demoCreditCode(JINJIANG, 'MA34NP6W'),
      firmName: '晋江绿涂新材料科技有限公司',
      chainId: 'chain_materials',
      segmentId: 'coatings',
      source: 'chamber',
      plannedInvestment: 240_000_000,
      landNeedMu: 45,
      expectedAnnualOutput: 300_000_000,
      expectedAnnualTax: 10_000_000,
      contact: { name: '蔡文博', title: '总经理', phone: '0595-85092716' },
      ownerId: null,
      tags: ['high_tech'],
      followUpDue: null,
      notes: '水性工业涂料及UV固化材料，盘活金井园区低效用地约45亩（腾笼换鸟）。',
    },
    stages: [{ to: 'contacted' }, { to: 'visited' }, { to: 'negotiating' }],
    projectId: 'proj_jj_01',
    signing: {
      signedAt: '2025-12-20',
      totalInvestment: 240_000_000,
      fixedAssetInvestment: 200_000_000,
      landMu: 45,
      commitments: { annualOutput: 300_000_000, annualTax: 10_000_000, jobs: 150, byYear: 2028 },
      milestones: { construction_started: '2026-06-30', completed: '2027-06-30', in_production: '2027-09-30', at_capacity: '2028-12-31' },
      note: '园区承诺2026年5月底前净地交付。',
    },
    activities: [
      { kind: 'call', occurredAt: '2025-09-08T10:00:00+08:00', summary: '泉州涂料行业协会推荐，电话沟通水性涂料项目，企业需约45亩用地。' },
      { kind: 'site_tour', occurredAt: '2025-10-15T09:30:00+08:00', summary: '踏勘金井园区低效用地地块，地块内仍有3户旧厂房待征迁，企业要求明确净地交付时间。' },
      { kind: 'meeting', occurredAt: '2025-11-27T15:00:00+08:00', summary: '洽谈投资协议：园区承诺2026年5月底前净地交付，企业6月底前开工。', participants: ['林志强', '蔡文博'] },
      { kind: 'note', occurredAt: '2025-12-20T17:00:00+08:00', summary: '投资协议签订，总投资2.4亿元。' },
    ],
  },

  // ===== 晋江经济开发区（未定园区）=====
  {
    id: 'lead_jz_01',
    actorUserId: 'user_manager_jinjiang',
    input: {
      parkId: 'park_jinjiang',
      creditCode: demoCreditCode(JINJIANG, 'MA2YG8QB'),
      firmName: '福建光储新能源装备有限公司',
      chainId: 'chain_equipment',
      segmentId: 'production',
      source: 'chamber',
      plannedInvestment: 200_000_000,
      landNeedMu: 40,
      expectedAnnualOutput: 400_000_000,
      expectedAnnualTax: 16_000_000,
      contact: { name: '王锦辉', title: '董事长', phone: '0595-85716653' },
      ownerId: null,
      tags: ['high_tech'],
      followUpDue: '2026-12-04',
      notes: '储能变流设备。落地园区待定（永佳二期或芯智造二期），由开发区统筹。',
    },
    stages: [{ to: 'contacted' }],
    activities: [
      { kind: 'visit', occurredAt: '2026-11-09T10:00:00+08:00', summary: '经晋江异地商会引荐拜访企业，了解储能装备项目用地及厂房需求，需开发区统筹选址。', nextFollowUpDue: '2026-12-04' },
    ],
  },

  // ===== 漳平工业园区：富山产业园 =====
  {
    id: 'lead_fs_01',
    actorUserId: 'user_officer_fushan',
    input: {
      parkId: 'park_fushan',
      creditCode: demoCreditCode(ZHANGPING, 'MA31DN2W'),
      firmName: '漳平山珍食品有限公司',
      chainId: 'chain_food',
      segmentId: 'processing',
      source: 'tenant_referral',
      plannedInvestment: 20_000_000,
      spaceNeedM2: 2200,
      expectedAnnualOutput: 50_000_000,
      expectedAnnualTax: 1_500_000,
      contact: { name: '邓春生', title: '总经理', phone: '0597-7532816' },
      ownerId: 'user_officer_fushan',
      tags: [],
      followUpDue: '2026-12-05',
      notes: '菌菇笋干等山珍食品加工，吸纳周边乡镇劳动力约80人。',
    },
    stages: [{ to: 'contacted' }, { to: 'visited' }, { to: 'negotiating' }],
    projectId: 'proj_fs_01',
    signing: {
      signedAt: '2026-11-17',
      totalInvestment: 20_000_000,
      fixedAssetInvestment: 12_000_000,
      units: [{ buildingId: 'bld_fs_1', unitId: 'unit_fs_b1_3f' }],
      commitments: { annualOutput: 50_000_000, annualTax: 1_500_000, jobs: 80, byYear: 2028 },
      milestones: { construction_started: '2026-12-05', completed: '2027-02-15', in_production: '2027-04-30', at_capacity: '2028-06-30' },
      note: '租赁标准厂房，租金按优惠政策执行；“我来跑”代办队代办食品生产许可。',
    },
    activities: [
      { kind: 'visit', occurredAt: '2026-10-10T09:30:00+08:00', summary: '园区食品企业推荐，上门拜访了解现有作坊式生产的搬迁升级需求。' },
      { kind: 'site_tour', occurredAt: '2026-10-22T10:00:00+08:00', summary: '踏勘轻工食品区1号厂房3F，企业关注食品生产许可与冷库配套。' },
      { kind: 'meeting', occurredAt: '2026-11-09T15:00:00+08:00', summary: '签约洽谈：驻企特派员全程代办食品生产许可等手续，租金按标准厂房优惠政策执行。', participants: ['邓建华', '黄丽萍', '邓春生'], actorUserId: 'user_manager_zhangping' },
      { kind: 'note', occurredAt: '2026-11-17T16:00:00+08:00', summary: '租赁合同已签订，“我来跑”代办队对接许可办理，12月初跟进装修进度。', nextFollowUpDue: '2026-12-05' },
    ],
  },
  {
    id: 'lead_fs_02',
    actorUserId: 'user_officer_fushan_2',
    input: {
      parkId: 'park_fushan',
      creditCode: demoCreditCode(ZHANGPING, 'MA8T3GJ6'),
      firmName: '福建竹韵家居科技有限公司',
      chainId: 'chain_materials',
      segmentId: 'bamboo_wood',
      source: 'operator',
      plannedInvestment: 45_000_000,
      spaceNeedM2: 2600,
      expectedAnnualOutput: 100_000_000,
      expectedAnnualTax: 3_000_000,
      contact: { name: '罗建荣', title: '总经理', phone: '0597-7689125' },
      ownerId: 'user_officer_fushan_2',
      tags: ['high_tech'],
      followUpDue: '2026-11-25',
    },
    stages: [{ to: 'contacted' }, { to: 'visited' }],
    activities: [
      { kind: 'call', occurredAt: '2026-10-19T10:00:00+08:00', summary: '园区运营商推荐：竹集成材家居企业，有意入驻木竹孵化园。' },
      { kind: 'site_tour', occurredAt: '2026-11-07T09:30:00+08:00', summary: '踏勘木竹孵化园2号厂房1F，企业关注集中供热与粉尘处理，需测算产线布局。', nextFollowUpDue: '2026-11-25' },
    ],
  },
  {
    id: 'lead_fs_03',
    actorUserId: 'user_officer_fushan',
    input: {
      parkId: 'park_fushan',
      creditCode: demoCreditCode(ZHANGPING, '15832740'),
      firmName: '漳平水仙茶业发展有限公司',
      chainId: 'chain_food',
      segmentId: 'processing',
      source: 'online',
      plannedInvestment: 15_000_000,
      spaceNeedM2: 1800,
      expectedAnnualOutput: 40_000_000,
      expectedAnnualTax: 1_200_000,
      contact: { name: '陈永福', title: '董事长', phone: '0597-7350642' },
      ownerId: 'user_officer_fushan',
      tags: [],
      followUpDue: '2026-12-30',
    },
    stages: [{ to: 'contacted' }, { to: 'on_hold', reason: '企业投资决策推迟至明年春茶季后' }],
    activities: [
      { kind: 'call', occurredAt: '2026-10-14T15:00:00+08:00', summary: '智慧园区云上招商平台留资，电话沟通茶叶精深加工及仓储需求。' },
      { kind: 'call', occurredAt: '2026-11-03T10:30:00+08:00', summary: '企业表示资金安排调整，决策推迟至明年春茶后，约定年底再联系。', nextFollowUpDue: '2026-12-30' },
    ],
  },
  {
    id: 'lead_fs_04',
    actorUserId: 'user_officer_fushan_2',
    input: {
      parkId: 'park_fushan',
      creditCode: demoCreditCode('350211', 'MA2XR8LA'),
      firmName: '厦门木艺坊智能家具有限公司',
      chainId: 'chain_materials',
      segmentId: 'bamboo_wood',
      source: 'chamber',
      plannedInvestment: 30_000_000,
      spaceNeedM2: 2600,
      contact: { name: '郭文涛', title: '总经理', phone: '0592-6083217' },
      ownerId: 'user_officer_fushan_2',
      tags: [],
      followUpDue: '2026-11-27',
    },
    stages: [],
    activities: [
      { kind: 'note', occurredAt: '2026-11-15T11:00:00+08:00', summary: '厦门龙岩商会推荐：木制家具企业拟建数字化工厂，关注“5G+工业互联网”应用，待首次联系。', nextFollowUpDue: '2026-11-27' },
    ],
  },

  // ===== 漳平工业园区：新材料产业园 =====
  {
    id: 'lead_zm_01',
    actorUserId: 'user_manager_zhangping',
    input: {
      parkId: 'park_zp_materials',
      creditCode: demoCreditCode(ZHANGPING, 'MA34KE7P'),
      firmName: '福建科润新型涂料有限公司',
      chainId: 'chain_materials',
      segmentId: 'coatings',
      source: 'anchor_led',
      plannedInvestment: 180_000_000,
      landNeedMu: 50,
      expectedAnnualOutput: 400_000_000,
      expectedAnnualTax: 20_000_000,
      contact: { name: '钟华明', title: '总经理', phone: '0597-7521930' },
      ownerId: null,
      tags: ['specialized', 'high_tech'],
      followUpDue: '2026-11-30',
      notes: '高固含绝缘涂料，为园区电机、电工企业配套。',
    },
    stages: [{ to: 'contacted' }, { to: 'visited' }, { to: 'negotiating' }],
    activities: [
      { kind: 'visit', occurredAt: '2026-10-13T10:00:00+08:00', summary: '园区龙头新材料企业引荐其上游涂料合作方，上门拜访了解新建生产基地计划。' },
      { kind: 'site_tour', occurredAt: '2026-10-28T09:00:00+08:00', summary: '踏勘新材料产业园一期储备用地，管廊、污水处理厂已建成，企业较满意。' },
      { kind: 'meeting', occurredAt: '2026-11-16T14:00:00+08:00', summary: '洽谈供地方式与亩均税收承诺（不低于40万元/亩），环评由园区协调提前介入。', nextFollowUpDue: '2026-11-30' },
    ],
  },
  {
    id: 'lead_zm_02',
    actorUserId: 'user_manager_zhangping',
    input: {
      parkId: 'park_zp_materials',
      creditCode: demoCreditCode('440606', 'MA39CF2U'),
      firmName: '佛山聚元高分子材料有限公司',
      chainId: 'chain_materials',
      segmentId: 'polymer_composites',
      source: 'online',
      plannedInvestment: 800_000_000,
      landNeedMu: 120,
      expectedAnnualOutput: 1_200_000_000,
      expectedAnnualTax: 40_000_000,
      contact: { name: '梁志坚', title: '投资总监', phone: '0757-22816043' },
      ownerId: null,
      tags: ['above_scale'],
      followUpDue: '2026-11-12',
      notes: '用地需求120亩连片，需盘活周边低效用地或调整储备地块。',
    },
    stages: [{ to: 'contacted' }, { to: 'visited' }],
    activities: [
      { kind: 'call', occurredAt: '2026-10-16T10:00:00+08:00', summary: '云上招商推介后企业来电，介绍改性工程塑料项目，需连片用地约120亩。' },
      { kind: 'site_tour', occurredAt: '2026-10-30T10:00:00+08:00', summary: '踏勘新材料产业园及登榜储备用地，现有连片地块不足，需研究盘活相邻闲置用地。', nextFollowUpDue: '2026-11-12' },
    ],
  },

  {
    id: 'lead_zm_03',
    actorUserId: 'user_manager_zhangping',
    input: {
      parkId: 'park_zp_materials',
      creditCode: demoCreditCode(ZHANGPING, 'MA2XD7KE'),
      firmName: '福建漳龙绿色建材科技有限公司',
      chainId: 'chain_materials',
      segmentId: 'building_materials',
      source: 'anchor_led',
      plannedInvestment: 200_000_000,
      landNeedMu: 80,
      expectedAnnualOutput: 400_000_000,
      expectedAnnualTax: 16_000_000,
      contact: { name: '陈炳坤', title: '董事长', phone: '0597-7538826' },
      ownerId: null,
      tags: ['above_scale'],
      followUpDue: null,
      notes: '装配式建筑部品及蒸压加气混凝土板材，消纳钢铁产业园钢渣等固废。亩产论英雄：投资强度200万元/亩，亩均税收不低于20万元/亩。',
    },
    stages: [{ to: 'contacted' }, { to: 'visited' }, { to: 'negotiating' }],
    projectId: 'proj_zm_01',
    signing: {
      signedAt: '2024-09-26',
      totalInvestment: 200_000_000,
      fixedAssetInvestment: 160_000_000,
      landMu: 80,
      commitments: { annualOutput: 400_000_000, annualTax: 16_000_000, jobs: 260, byYear: 2027 },
      milestones: { construction_started: '2024-12-31', completed: '2025-10-31', in_production: '2025-12-31', at_capacity: '2027-06-30' },
    },
    activities: [
      { kind: 'meeting', occurredAt: '2024-07-16T10:00:00+08:00', summary: '龙头钢铁企业牵线，座谈钢渣综合利用生产绿色建材项目。' },
      { kind: 'site_tour', occurredAt: '2024-08-08T09:30:00+08:00', summary: '踏勘新材料产业园一期地块约80亩，管廊和污水处理厂已建成。' },
      { kind: 'meeting', occurredAt: '2024-09-05T14:30:00+08:00', summary: '洽谈投资协议：投资强度、亩均税收承诺及钢渣固废供应保障。', participants: ['邓建华', '陈炳坤'] },
      { kind: 'note', occurredAt: '2024-09-26T16:30:00+08:00', summary: '投资协议签订，总投资2亿元，驻企特派员全程代办报批报建。' },
    ],
  },

  // ===== 漳平工业园区：钢铁产业园 =====
  {
    id: 'lead_st_01',
    actorUserId: 'user_manager_zhangping',
    input: {
      parkId: 'park_zp_steel',
      creditCode: demoCreditCode(ZHANGPING, 'MA2YG4HM'),
      firmName: '漳平龙腾特钢铸造有限公司',
      chainId: 'chain_materials',
      segmentId: 'special_steel_casting',
      source: 'anchor_led',
      plannedInvestment: 600_000_000,
      landNeedMu: 150,
      expectedAnnualOutput: 1_500_000_000,
      expectedAnnualTax: 50_000_000,
      contact: { name: '张德胜', title: '董事长', phone: '0597-7609358' },
      ownerId: null,
      tags: ['above_scale'],
      followUpDue: '2026-12-12',
      notes: '以龙头钢铁项目为牵引引进下游集中用钢项目（延链），铁水/钢坯就近供应。',
    },
    stages: [{ to: 'contacted' }, { to: 'visited' }, { to: 'negotiating' }],
    activities: [
      { kind: 'meeting', occurredAt: '2026-10-21T09:30:00+08:00', summary: '龙头钢铁企业牵线，与特钢铸造企业座谈，介绍钢铁产业园下游用钢项目规划。' },
      { kind: 'site_tour', occurredAt: '2026-11-04T10:00:00+08:00', summary: '踏勘钢铁产业园二期地块约150亩，企业关注电力容量与铁路专用线。' },
      { kind: 'meeting', occurredAt: '2026-11-19T15:00:00+08:00', summary: '洽谈投资协议：固投强度、能耗指标和用电增容方案，报市里月度调度会研究。', nextFollowUpDue: '2026-12-12' },
    ],
  },

  {
    id: 'lead_st_02',
    actorUserId: 'user_manager_zhangping',
    input: {
      parkId: 'park_zp_steel',
      creditCode: demoCreditCode(ZHANGPING, 'MA8YF2RC'),
      firmName: '漳平闽钢精品线材有限公司',
      chainId: 'chain_materials',
      segmentId: 'steel_smelting',
      source: 'anchor_led',
      plannedInvestment: 650_000_000,
      landNeedMu: 100,
      expectedAnnualOutput: 1_600_000_000,
      expectedAnnualTax: 48_000_000,
      contact: { name: '张国梁', title: '总经理', phone: '0597-7612237' },
      ownerId: null,
      tags: ['above_scale'],
      followUpDue: null,
      notes: '高速线材及精品棒材轧制项目，由龙头钢铁企业控股，钢坯就近供应（延链）。',
    },
    stages: [{ to: 'contacted' }, { to: 'visited' }, { to: 'negotiating' }],
    projectId: 'proj_st_01',
    signing: {
      signedAt: '2024-11-08',
      totalInvestment: 650_000_000,
      fixedAssetInvestment: 560_000_000,
      landMu: 100,
      commitments: { annualOutput: 1_600_000_000, annualTax: 48_000_000, jobs: 520, byYear: 2028 },
      milestones: { construction_started: '2025-03-31', completed: '2026-09-30', in_production: '2026-12-31', at_capacity: '2028-06-30' },
    },
    activities: [
      { kind: 'meeting', occurredAt: '2024-08-20T09:30:00+08:00', summary: '龙头钢铁企业与园区座谈，确定在钢铁产业园建设精品线材轧制项目。' },
      { kind: 'site_tour', occurredAt: '2024-09-12T10:00:00+08:00', summary: '踏勘钢铁产业园二期地块约100亩，企业关注110kV变电站增容与铁路专用线衔接。' },
      { kind: 'meeting', occurredAt: '2024-10-24T15:00:00+08:00', summary: '洽谈投资协议：能耗指标、用电增容方案报市里月度调度会研究。', participants: ['邓建华', '张国梁'] },
      { kind: 'note', occurredAt: '2024-11-08T17:00:00+08:00', summary: '投资协议签订，总投资6.5亿元。' },
    ],
  },

  // ===== 漳平工业园区：登榜产业园 =====
  {
    id: 'lead_db_01',
    actorUserId: 'user_manager_zhangping',
    input: {
      parkId: 'park_dengbang',
      creditCode: demoCreditCode('350802', 'MA31W7TK'),
      firmName: '龙岩宏达汽车零部件有限公司',
      chainId: 'chain_materials',
      segmentId: 'machinery_auto',
      source: 'other',
      plannedInvestment: 50_000_000,
      spaceNeedM2: 3000,
      expectedAnnualOutput: 120_000_000,
      expectedAnnualTax: 3_600_000,
      contact: { name: '温志远', title: '总经理', phone: '0597-2286714' },
      ownerId: null,
      tags: [],
      followUpDue: '2026-11-28',
    },
    stages: [{ to: 'contacted' }],
    activities: [
      { kind: 'call', occurredAt: '2026-11-10T09:00:00+08:00', summary: '企业自行来电咨询标准厂房，计划扩建汽车底盘件生产线，需两层约3000㎡。', nextFollowUpDue: '2026-11-28' },
    ],
  },
  {
    id: 'lead_db_02',
    actorUserId: 'user_manager_zhangping',
    input: {
      parkId: 'park_dengbang',
      creditCode: demoCreditCode('350802', 'MA31LK9D'),
      firmName: '龙岩恒力精工机械有限公司',
      chainId: 'chain_equipment',
      segmentId: 'production',
      source: 'tenant_referral',
      plannedInvestment: 45_000_000,
      spaceNeedM2: 3000,
      expectedAnnualOutput: 90_000_000,
      expectedAnnualTax: 2_700_000,
      contact: { name: '林德旺', title: '总经理', phone: '0597-2316528' },
      ownerId: null,
      tags: [],
      followUpDue: null,
      notes: '矿山及工程机械结构件，租用2号标准厂房1F-2F。',
    },
    stages: [{ to: 'contacted' }, { to: 'visited' }, { to: 'negotiating' }],
    projectId: 'proj_db_01',
    signing: {
      signedAt: '2026-05-20',
      totalInvestment: 45_000_000,
      fixedAssetInvestment: 30_000_000,
      units: [{ buildingId: 'bld_db_2', unitId: 'unit_db_b2_1f' }, { buildingId: 'bld_db_2', unitId: 'unit_db_b2_2f' }],
      commitments: { annualOutput: 90_000_000, annualTax: 2_700_000, jobs: 110, byYear: 2027 },
      milestones: { construction_started: '2026-08-31', completed: '2026-11-30', in_production: '2026-12-31', at_capacity: '2027-12-31' },
      note: '租期6年，前三年租金优惠；开工即装修进场。',
    },
    activities: [
      { kind: 'visit', occurredAt: '2026-02-24T10:00:00+08:00', summary: '园区已入驻机械企业推荐，上门拜访了解扩产及搬迁需求。' },
      { kind: 'site_tour', occurredAt: '2026-03-19T09:30:00+08:00', summary: '踏勘2号标准厂房1F-2F，企业关注行车安装和一楼货车通行。' },
      { kind: 'meeting', occurredAt: '2026-04-28T15:00:00+08:00', summary: '洽谈租赁协议：租期6年，前三年租金优惠，企业8月底前进场装修。', participants: ['邓建华', '林德旺'] },
      { kind: 'note', occurredAt: '2026-05-20T16:00:00+08:00', summary: '租赁协议签订。企业设备采购贷款正在银行审批中。' },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Projects after signing: milestones, 履约 reports, capital increases
// ---------------------------------------------------------------------------------------------

type DemoReport = DemoProjectEvents['reports'][number];

/** Monthly (YYYY-MM) or quarterly (YYYY-Qn) reports from parallel columns of yuan figures. */
function reportsOf(periods: string[], figures: { fixedAssetInvestment: number[]; outputValue: number[]; tax: number[] }): DemoReport[] {
  const { fixedAssetInvestment: fai, outputValue: output, tax } = figures;
  if (fai.length !== periods.length || output.length !== periods.length || tax.length !== periods.length) {
    throw new Error(`demo reports: ${periods.length} periods but ${fai.length}/${output.length}/${tax.length} figures`);
  }
  return periods.map((period, i) => ({ period, fixedAssetInvestment: fai[i]!, outputValue: output[i]!, tax: tax[i]! }));
}

/** Consecutive months `from`…`to` (YYYY-MM). */
function monthsFrom(from: string, to: string): string[] {
  const out: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (let period = from; period <= to; period = `${year}-${String(month).padStart(2, '0')}`) {
    out.push(period);
    if (++month > 12) [year, month] = [year + 1, 1];
  }
  return out;
}

/**
 * As of 2026-11-21 (committed dates are in the signings above):
 *   签约未开工 (三未)   proj_jj_01 (金井, land not cleared), proj_db_01 (登榜, equipment loan pending)
 *   开工未竣工 (三未)   proj_fd_01 (食品园, no gas connection), proj_st_01 (钢铁, substation late)
 *   竣工未投产 (三未)   proj_xz_02 (芯智造, environmental permit change)
 *   投产, reporting     proj_ad_02 (安东园, monthly, 亩均税收 ≈7.8万元/亩 < 15万: below standard),
 *                       proj_zm_01 (新材料, monthly, ≈16.5万元/亩 > 10万; 增资 2亿 → 3亿)
 *   达产                proj_fd_02 (食品园, quarterly, ≈33万元/亩 > 15万)
 *   just signed         proj_yj_01, proj_xz_01, proj_ad_01, proj_fs_01 (开工 due in December)
 */
export const demoProjectEvents: DemoProjectEvents[] = [
  {
    projectId: 'proj_xz_02',
    actorUserId: 'user_officer_xinzhizao_2',
    milestones: [
      { milestone: 'construction_started', actualDate: '2025-07-08' },
      { milestone: 'completed', actualDate: '2026-03-28' }, // committed 2026-01-31: late
    ],
    reports: [],
  },
  {
    projectId: 'proj_fd_01',
    actorUserId: 'user_officer_food',
    milestones: [{ milestone: 'construction_started', actualDate: '2025-06-20' }],
    reports: [],
  },
  {
    projectId: 'proj_st_01',
    actorUserId: 'user_manager_zhangping',
    milestones: [{ milestone: 'construction_started', actualDate: '2025-04-15' }], // committed 2025-03-31: late
    reports: [],
  },
  {
    // Producing but weak: orders short, ≈45% capacity. 12 months ≈ 1.39亿 output, 470万 tax on 60 亩.
    projectId: 'proj_ad_02',
    actorUserId: 'user_officer_andong',
    milestones: [
      { milestone: 'construction_started', actualDate: '2024-09-10' },
      { milestone: 'completed', actualDate: '2025-08-20' },
      { milestone: 'in_production', actualDate: '2025-10-15' },
    ],
    reports: reportsOf(monthsFrom('2025-11', '2026-10'), {
      fixedAssetInvestment: [120_000_000, 8_000_000, 6_000_000, 0, 5_000_000, 4_000_000, 3_000_000, 2_000_000, 0, 2_000_000, 0, 0],
      outputValue: [9_800_000, 10_500_000, 8_200_000, 7_600_000, 11_300_000, 12_000_000, 12_600_000, 13_100_000, 12_200_000, 13_500_000, 14_000_000, 13_800_000],
      tax: [320_000, 350_000, 280_000, 240_000, 390_000, 410_000, 430_000, 450_000, 420_000, 460_000, 480_000, 470_000],
    }),
  },
  {
    // Ramping up well: 10 months ≈ 2.69亿 output, 1099万 tax on 80 亩 (annualised ≈ 3.23亿 / 1319万).
    projectId: 'proj_zm_01',
    actorUserId: 'user_manager_zhangping',
    milestones: [
      { milestone: 'construction_started', actualDate: '2024-12-18' },
      { milestone: 'completed', actualDate: '2025-10-30' },
      { milestone: 'in_production', actualDate: '2026-01-10' }, // committed 2025-12-31: slightly late
    ],
    reports: reportsOf(monthsFrom('2026-01', '2026-10'), {
      fixedAssetInvestment: [135_000_000, 3_000_000, 2_000_000, 2_000_000, 1_000_000, 0, 0, 0, 18_000_000, 22_000_000],
      outputValue: [16_500_000, 14_200_000, 24_800_000, 27_300_000, 28_900_000, 30_100_000, 31_400_000, 29_800_000, 32_600_000, 33_500_000],
      tax: [620_000, 540_000, 1_020_000, 1_130_000, 1_180_000, 1_240_000, 1_300_000, 1_220_000, 1_350_000, 1_390_000],
    }),
    capitalIncrease: {
      signedAt: '2026-08-15',
      totalInvestment: 300_000_000,
      fixedAssetInvestment: 240_000_000,
      note: '二期扩产：新增装配式墙板生产线2条，增资1亿元（其中固定资产投资8000万元）。',
    },
  },
  {
    // At capacity: quarterly reports; last four quarters ≈ 3.5亿 output, 1330万 tax on 40 亩.
    projectId: 'proj_fd_02',
    actorUserId: 'user_officer_food',
    milestones: [
      { milestone: 'construction_started', actualDate: '2024-08-26' },
      { milestone: 'completed', actualDate: '2025-05-28' },
      { milestone: 'in_production', actualDate: '2025-07-15' },
      { milestone: 'at_capacity', actualDate: '2026-06-20' },
    ],
    reports: reportsOf(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3'], {
      fixedAssetInvestment: [110_000_000, 12_000_000, 6_000_000, 4_000_000, 3_000_000],
      outputValue: [45_000_000, 78_000_000, 82_000_000, 92_000_000, 98_000_000],
      tax: [1_200_000, 2_900_000, 3_100_000, 3_500_000, 3_800_000],
    }),
  },
];

// ---------------------------------------------------------------------------------------------
// Blockers (堵点 / 企业诉求) and the dispatch agenda (调度)
// ---------------------------------------------------------------------------------------------

export const demoBlockers: DemoBlocker[] = [
  // ===== 晋江经济开发区 =====
  {
    actorUserId: 'user_manager_jinjiang',
    subject: { type: 'project', id: 'proj_jj_01' },
    description: '地块内尚有3户旧厂房未完成征迁补偿，无法净地交付，企业已错过6月底开工承诺，设备订单面临违约。',
    category: 'land',
    department: '金井镇人民政府、晋江市自然资源局',
    dueDate: '2026-12-31',
    transitions: [{ to: 'escalated', note: '提请市领导月度调度会：明确征迁补偿方案及净地交付时限。' }],
  },
  {
    actorUserId: 'user_manager_jinjiang',
    subject: { type: 'project', id: 'proj_jj_01' },
    description: '企业申请施工许可“容缺受理”，净地交付后桩基工程可先行施工，压缩开工准备时间。',
    category: 'approval',
    department: '晋江市住建局',
    dueDate: '2026-12-15',
    transitions: [],
  },
  {
    actorUserId: 'user_officer_xinzhizao_2',
    subject: { type: 'project', id: 'proj_xz_02' },
    description: '新增高纯蚀刻液产品，与原环评批复的产品清单不一致，须办理环评变更后方可试生产；危险化学品经营许可同步受阻。',
    category: 'environment',
    department: '泉州市晋江生态环境局',
    dueDate: '2026-11-30',
    transitions: [{ to: 'escalated', note: '提请市领导调度：环评变更与危化品经营许可并联审批。' }],
  },
  {
    actorUserId: 'user_officer_food',
    subject: { type: 'project', id: 'proj_fd_01' },
    description: '天然气中压管道尚未接入地块，蒸汽锅炉和隧道炉无法调试，主体已完工但无法组织竣工验收。',
    category: 'utilities',
    department: '晋江市城市管理局、燃气公司',
    dueDate: '2026-12-20',
    transitions: [{ to: 'escalated', note: '纳入开发区“一月一调度”议程，协调燃气管道路由及道路开挖许可。' }],
  },
  {
    actorUserId: 'user_officer_food',
    subject: { type: 'project', id: 'proj_fd_01' },
    description: '综合楼已先行完工，企业申请分栋验收，以便办公及研发人员提前入驻。',
    category: 'approval',
    department: '晋江市住建局',
    transitions: [{ to: 'resolved', note: '部门集中会商同意分栋验收，综合楼已通过竣工验收备案。' }],
  },
  {
    actorUserId: 'user_officer_andong',
    subject: { type: 'project', id: 'proj_ad_02' },
    description: '订单不足，产能利用率约45%，亩均税收约7.8万元/亩，低于园区15万元/亩标准；企业申请技改补助及市场开拓支持，纳入亩均效益提升帮扶。',
    category: 'other',
    department: '晋江市工信局',
    dueDate: '2027-03-31',
    transitions: [],
  },
  {
    actorUserId: 'user_officer_food',
    subject: { type: 'project', id: 'proj_fd_02' },
    description: '达产后废水排放量超出原核定总量，申请增加排污总量指标。',
    category: 'environment',
    department: '泉州市晋江生态环境局',
    transitions: [{ to: 'resolved', note: '通过排污权交易调剂解决，新增总量指标已核发，排污许可证已变更。' }],
  },
  {
    actorUserId: 'user_manager_jinjiang',
    subject: { type: 'lead', id: 'lead_xz_04' },
    description: '封测产线需双回路供电，A2栋现有供电容量不足须新建专线；企业同时申请设备进口贴息。',
    category: 'utilities',
    department: '国网晋江市供电公司、晋江市商务局',
    dueDate: '2026-12-31',
    transitions: [{ to: 'escalated', note: '提请市领导调度：双回路供电专线建设及设备进口贴息政策。' }],
  },
  {
    actorUserId: 'user_officer_andong',
    subject: { type: 'lead', id: 'lead_ad_03' },
    description: '排污总量指标待生态环境部门批复，企业担心环保准入不确定，不敢购置设备进厂安装。',
    category: 'environment',
    department: '泉州市晋江生态环境局',
    dueDate: '2026-12-20',
    transitions: [{ to: 'escalated', note: '市领导牵头召开协调会，统筹微园区集中污水处理设施总量指标。' }],
  },
  {
    actorUserId: 'user_officer_yongjia_2',
    subject: { type: 'lead', id: 'lead_yj_06' },
    description: '企业反映晋江、苏州两地管理成本差异较大，申请专项租金补贴。',
    category: 'other',
    department: '晋江经济开发区经济发展局',
    transitions: [{ to: 'closed', note: '企业已决定在苏州本地扩产，诉求不再需要处理。' }],
  },

  // ===== 漳平工业园区 =====
  {
    actorUserId: 'user_manager_zhangping',
    subject: { type: 'project', id: 'proj_st_01' },
    description: '110kV专用变电站增容工程滞后，轧钢主厂房已封顶，但设备无法带电调试，竣工推迟。',
    category: 'utilities',
    department: '国网漳平市供电公司',
    dueDate: '2026-12-31',
    transitions: [{ to: 'escalated', note: '提请市领导月度调度：变电站增容工程倒排工期，供电公司成立专班推进。' }],
  },
  {
    actorUserId: 'user_manager_zhangping',
    subject: { type: 'project', id: 'proj_st_01' },
    description: '轧钢、电气等技术工人缺口约120人。',
    category: 'labour',
    department: '漳平市人社局',
    transitions: [{ to: 'resolved', note: '组织专场招聘会2场，与龙岩技师学院签订定向培养协议，已到岗96人。' }],
  },
  {
    actorUserId: 'user_manager_zhangping',
    subject: { type: 'project', id: 'proj_db_01' },
    description: '企业设备采购贷款3000万元尚未获批，装修进场推迟，已错过8月底开工承诺。',
    category: 'financing',
    department: '漳平市金融服务中心',
    dueDate: '2026-12-15',
    transitions: [{ to: 'escalated', note: '纳入月度调度：组织政银企对接会，争取“园区贷”风险补偿资金支持。' }],
  },
  {
    actorUserId: 'user_manager_zhangping',
    subject: { type: 'project', id: 'proj_zm_01' },
    description: '二期扩产新增用工约150人，园区职工宿舍不足。',
    category: 'facilities',
    department: '漳平工业园区管委会',
    transitions: [{ to: 'resolved', note: '园区人才公寓调剂60套，另协调周边村集体闲置房源改造为职工宿舍。' }],
  },
  {
    actorUserId: 'user_manager_zhangping',
    subject: { type: 'lead', id: 'lead_zm_02' },
    description: '企业需连片用地约120亩，现有储备地块不足，需盘活相邻闲置用地约45亩并调整储备地块规划。',
    category: 'land',
    department: '漳平市自然资源局',
    dueDate: '2027-01-31',
    transitions: [],
  },
];

// ---------------------------------------------------------------------------------------------
// Roadshows (场景招商)
// ---------------------------------------------------------------------------------------------

/*
 * 2024年晋江集成电路产业场景招商 at 芯智造: the anchor wafer fab's supply needs as the "scene";
 * firms register, become 场景招商 leads credited to the roadshow, and 22 of them sign — a first
 * batch of 7 (June–July 2024, producing since spring 2025) and a second batch of 15
 * (September–December 2024, producing since late 2025 / early 2026; two produced late, and two are
 * on the 三未 lists: proj_ic24_20 开工未竣工, proj_ic24_17 竣工未投产). They take small plots
 * (供地, 5–15 亩, 定制厂房 built by the park), not the standard floors above. Committed milestone dates follow from the signing date by batch; the actual dates
 * from the project's story, relative to those commitments. The first batch files quarterly 履约
 * reports (2025-Q4 … 2026-Q3, all above 芯智造's 亩均 standards); the second batch none yet.
 */
type IcStory = 'at_capacity' | 'at_capacity_late' | 'in_production' | 'in_production_late' | 'not_producing' | 'not_completed';

const IC_MILESTONES: Milestone[] = ['construction_started', 'completed', 'in_production', 'at_capacity'];
/** Committed 开工/竣工/投产/达产: days after signing. */
const IC_COMMITTED_DAYS: Record<1 | 2, [number, number, number, number]> = {
  1: [45, 210, 270, 640],
  2: [60, 300, 390, 820],
};
/** First-batch quarterly reports: share of the committed annual output reached, and of the fixed assets invested. */
const IC_REPORTS: Array<{ period: string; output: number; fixedAsset: number }> = [
  { period: '2025-Q4', output: 0.8, fixedAsset: 0.4 },
  { period: '2026-Q1', output: 0.9, fixedAsset: 0.2 },
  { period: '2026-Q2', output: 1.0, fixedAsset: 0.2 },
  { period: '2026-Q3', output: 1.05, fixedAsset: 0.2 },
];
/** Actual dates of the milestones reached, in days from each committed date (negative: early). */
const IC_ACTUAL_DAYS: Record<IcStory, number[]> = {
  at_capacity: [-10, -10, -10, -10],
  at_capacity_late: [-5, -5, -5, 40],
  in_production: [-5, -5, -5],
  in_production_late: [-3, 20, 35],
  not_producing: [-5, 15],
  not_completed: [10],
};

const IC_ROADSHOW_DATE = '2024-05-16';
const icSegmentName = (segmentId: string) =>
  demoChains.find((c) => c.id === 'chain_ic')!.segments.find((s) => s.id === segmentId)!.name;
const wan = (yuan: number) => `${yuan / 10_000}万元`;

/** One of the 22 signed firms: registered at the roadshow, walked to 商务洽谈, signed for land. */
function icSigned(f: {
  n: number;
  batch: 1 | 2;
  region: string;
  org: string;
  firmName: string;
  segmentId: string;
  contact: { name: string; title: string; phone: string };
  onSiteIntent: boolean;
  signedAt: string;
  investment: number;
  landMu: number;
  story: IcStory;
}): DemoAttendee {
  const committed = IC_COMMITTED_DAYS[f.batch].map((d) => addDays(f.signedAt, d));
  const [start, completed, producing, capacity] = committed as [string, string, string, string];
  const annualOutput = Math.round(f.investment * 1.6);
  const fixedAssetInvestment = Math.round(f.investment * 0.7);
  const officer = f.n % 2 === 1 ? 'user_officer_xinzhizao' : 'user_officer_xinzhizao_2';
  const batchLabel = f.batch === 1 ? '首批' : '第二批';
  // The site visit: a month before signing, but never before the roadshow.
  const siteTour = [addDays(IC_ROADSHOW_DATE, 4 + f.n), addDays(f.signedAt, -30)].sort().at(-1)!;
  return {
    creditCode: demoCreditCode(f.region, f.org),
    firmName: f.firmName,
    contact: f.contact,
    segmentId: f.segmentId,
    onSiteIntent: f.onSiteIntent,
    afterwards: {
      update: { ownerId: officer, plannedInvestment: f.investment, landNeedMu: f.landMu },
      activities: [
        {
          kind: 'site_tour',
          occurredAt: `${siteTour}T10:00:00+08:00`,
          summary: `踏勘芯智造产业园约${f.landMu}亩定制厂房地块，对接龙头晶圆厂${icSegmentName(f.segmentId)}环节本地化配套清单。`,
          actorUserId: officer,
        },
        {
          kind: 'meeting',
          occurredAt: `${addDays(f.signedAt, -7)}T15:00:00+08:00`,
          summary: `商务洽谈：总投资${wan(f.investment)}，供地${f.landMu}亩，定制厂房园区代建、设备购置补助按场景招商政策执行，双方达成一致。`,
          participants: ['林志强', f.contact.name],
          actorUserId: 'user_manager_jinjiang',
        },
      ],
      stages: [{ to: 'contacted' }, { to: 'visited' }, { to: 'negotiating' }],
      projectId: `proj_ic24_${String(f.n).padStart(2, '0')}`,
      signing: {
        signedAt: f.signedAt,
        totalInvestment: f.investment,
        fixedAssetInvestment,
        landMu: f.landMu,
        commitments: {
          annualOutput,
          annualTax: Math.round(annualOutput * 0.05),
          jobs: Math.round(f.investment / 800_000),
          byYear: Number(capacity.slice(0, 4)),
        },
        milestones: { construction_started: start, completed, in_production: producing, at_capacity: capacity },
        note: `2024年晋江集成电路产业场景招商${batchLabel}签约项目；定制厂房由园区代建，报批报建由联络员全程代办。`,
      },
      milestones: IC_ACTUAL_DAYS[f.story].map((d, i) => ({ milestone: IC_MILESTONES[i]!, actualDate: addDays(committed[i]!, d) })),
      reports: f.batch === 1 ? IC_REPORTS.map((r) => {
        const outputValue = Math.round((annualOutput / 4) * r.output);
        return { period: r.period, outputValue, tax: Math.round(outputValue * 0.05), fixedAssetInvestment: Math.round(fixedAssetInvestment * r.fixedAsset) };
      }) : [],
    },
  };
}

const icRoadshow2024: DemoRoadshow = {
  key: 'rs_ic_2024',
  actorUserId: 'user_officer_xinzhizao',
  via: 'import',
  status: 'closed',
  input: {
    parkId: 'park_xinzhizao',
    date: IC_ROADSHOW_DATE,
    title: '2024年晋江集成电路产业场景招商推介会',
    themeChainId: 'chain_ic',
    invitedOrganisations: [
      { name: '晋江市集成电路行业协会', type: 'chamber' },
      { name: '上海晋江商会', type: 'chamber' },
      { name: '闽南芯创产业投资基金', type: 'fund' },
      { name: '晋江科创天使投资基金', type: 'fund' },
      { name: '晋江晶鸿存储科技有限公司', type: 'anchor_firm' },
      { name: '芯桥半导体产业研究院', type: 'operator' },
      { name: '赛芯产业园区运营管理有限公司', type: 'operator' },
    ],
    notes: '以龙头晶圆制造企业的本地化配套需求为场景，组织设计、装备、材料、封测、终端应用企业现场观摩产线、对接采购清单；签到表会后导入。',
  },
  attendees: [
    // ----- 首批 7 个项目：2024年6–7月签约，2025年春投产 -----
    icSigned({
      n: 1, batch: 1, region: JINJIANG, org: 'MA6C1L7Q', firmName: '晋江颀芯晶圆装备有限公司', segmentId: 'equipment',
      contact: { name: '吴承泽', title: '总经理', phone: '0595-85107731' }, onSiteIntent: true,
      signedAt: '2024-06-12', investment: 80_000_000, landMu: 10, story: 'at_capacity',
    }),
    icSigned({
      n: 2, batch: 1, region: JINJIANG, org: 'MA6C2K4R', firmName: '北方芯创半导体装备（晋江）有限公司', segmentId: 'equipment',
      contact: { name: '高鹏飞', title: '项目总监', phone: '0595-85109462' }, onSiteIntent: true,
      signedAt: '2024-06-20', investment: 150_000_000, landMu: 15, story: 'at_capacity',
    }),
    icSigned({
      n: 3, batch: 1, region: '350102', org: 'MA6C3H8T', firmName: '福建维芯微电子有限公司', segmentId: 'design',
      contact: { name: '郑可欣', title: '联合创始人', phone: '0591-87613390' }, onSiteIntent: true,
      signedAt: '2024-06-28', investment: 30_000_000, landMu: 5, story: 'at_capacity',
    }),
    icSigned({
      n: 4, batch: 1, region: JINJIANG, org: 'MA6C4G2U', firmName: '晋江晶澄高纯气体有限公司', segmentId: 'materials',
      contact: { name: '施伟强', title: '董事长', phone: '0595-85223108' }, onSiteIntent: true,
      signedAt: '2024-07-05', investment: 60_000_000, landMu: 8, story: 'at_capacity_late',
    }),
    icSigned({
      n: 5, batch: 1, region: '350206', org: 'MA6C5F6W', firmName: '厦门矽源光掩模科技有限公司', segmentId: 'materials',
      contact: { name: '黄志诚', title: '副总经理', phone: '0592-5702846' }, onSiteIntent: true,
      signedAt: '2024-07-11', investment: 45_000_000, landMu: 6, story: 'at_capacity',
    }),
    icSigned({
      n: 6, batch: 1, region: JINJIANG, org: 'MA6C6E3X', firmName: '晋江芯合精密封测有限公司', segmentId: 'packaging_test',
      contact: { name: '许振东', title: '总经理', phone: '0595-85338415' }, onSiteIntent: true,
      signedAt: '2024-07-19', investment: 120_000_000, landMu: 12, story: 'in_production',
    }),
    icSigned({
      n: 7, batch: 1, region: '350502', org: 'MA6C7D9Y', firmName: '泉州芯舟智能终端科技有限公司', segmentId: 'terminal',
      contact: { name: '庄宏图', title: '总经理', phone: '0595-22851637' }, onSiteIntent: true,
      signedAt: '2024-07-26', investment: 35_000_000, landMu: 6, story: 'at_capacity',
    }),

    // ----- 第二批 15 个项目：2024年9–12月签约 -----
    icSigned({
      n: 8, batch: 2, region: JINJIANG, org: 'MA6C8B5A', firmName: '闽芯创新研究院（晋江）有限公司', segmentId: 'design',
      contact: { name: '林启航', title: '院长助理', phone: '0595-85190276' }, onSiteIntent: true,
      signedAt: '2024-09-06', investment: 50_000_000, landMu: 6, story: 'in_production',
    }),
    icSigned({
      n: 9, batch: 2, region: '310115', org: 'MA6C9A1B', firmName: '上海高芯清洁机器人有限公司', segmentId: 'terminal',
      contact: { name: '沈嘉禾', title: '副总裁', phone: '021-58827713' }, onSiteIntent: true,
      signedAt: '2024-09-20', investment: 40_000_000, landMu: 5, story: 'in_production',
    }),
    icSigned({
      n: 10, batch: 2, region: '440305', org: 'MA6CA27C', firmName: '深圳吾达智能电子有限公司', segmentId: 'terminal',
      contact: { name: '邱伟杰', title: '运营总监', phone: '0755-86712294' }, onSiteIntent: false,
      signedAt: '2024-09-27', investment: 30_000_000, landMu: 5, story: 'in_production',
    }),
    icSigned({
      n: 11, batch: 2, region: JINJIANG, org: 'MA6CB38D', firmName: '杰微半导体测试（晋江）有限公司', segmentId: 'packaging_test',
      contact: { name: '蔡志远', title: '总经理', phone: '0595-85367720' }, onSiteIntent: true,
      signedAt: '2024-10-11', investment: 90_000_000, landMu: 10, story: 'in_production_late',
    }),
    icSigned({
      n: 12, batch: 2, region: '320505', org: 'MA6CC44E', firmName: '苏州芯驰精密零部件有限公司', segmentId: 'equipment',
      contact: { name: '顾永明', title: '董事长', phone: '0512-68093315' }, onSiteIntent: false,
      signedAt: '2024-10-18', investment: 60_000_000, landMu: 8, story: 'in_production',
    }),
    icSigned({
      n: 13, batch: 2, region: '320214', org: 'MA6CD51F', firmName: '无锡矽晟封装材料有限公司', segmentId: 'materials',
      contact: { name: '钱立新', title: '总经理', phone: '0510-81167452' }, onSiteIntent: true,
      signedAt: '2024-10-25', investment: 75_000_000, landMu: 9, story: 'in_production',
    }),
    icSigned({
      n: 14, batch: 2, region: JINJIANG, org: 'MA6CE62G', firmName: '晋江晶测计量科技有限公司', segmentId: 'equipment',
      contact: { name: '陈晓薇', title: '总经理', phone: '0595-85271843' }, onSiteIntent: false,
      signedAt: '2024-11-08', investment: 35_000_000, landMu: 5, story: 'in_production',
    }),
    icSigned({
      n: 15, batch: 2, region: '350211', org: 'MA6CF73H', firmName: '厦门芯光显示驱动芯片设计有限公司', segmentId: 'design',
      contact: { name: '叶俊熙', title: 'CEO', phone: '0592-6218804' }, onSiteIntent: true,
      signedAt: '2024-11-15', investment: 25_000_000, landMu: 5, story: 'in_production',
    }),
    icSigned({
      n: 16, batch: 2, region: '320115', org: 'MA6CG84J', firmName: '南京芯耀电源管理芯片有限公司', segmentId: 'design',
      contact: { name: '朱文博', title: '副总经理', phone: '025-52173369' }, onSiteIntent: false,
      signedAt: '2024-11-22', investment: 40_000_000, landMu: 5, story: 'in_production',
    }),
    icSigned({
      n: 17, batch: 2, region: '350102', org: 'MA6CH95K', firmName: '福建晶准真空装备有限公司', segmentId: 'equipment',
      contact: { name: '王清源', title: '总经理', phone: '0591-83367251' }, onSiteIntent: false,
      signedAt: '2024-11-29', investment: 55_000_000, landMu: 7, story: 'not_producing',
    }),
    icSigned({
      n: 18, batch: 2, region: JINJIANG, org: 'MA6CJ06L', firmName: '晋江闽芯湿法清洗设备有限公司', segmentId: 'equipment',
      contact: { name: '洪建伟', title: '董事长', phone: '0595-85316608' }, onSiteIntent: true,
      signedAt: '2024-12-06', investment: 65_000_000, landMu: 8, story: 'in_production',
    }),
    icSigned({
      n: 19, batch: 2, region: '510116', org: 'MA6CK17M', firmName: '成都芯联射频前端科技有限公司', segmentId: 'design',
      contact: { name: '李思远', title: '投资总监', phone: '028-85236671' }, onSiteIntent: false,
      signedAt: '2024-12-13', investment: 30_000_000, landMu: 5, story: 'in_production_late',
    }),
    icSigned({
      n: 20, batch: 2, region: JINJIANG, org: 'MA6CL28N', firmName: '晋江芯泰晶圆级封装有限公司', segmentId: 'packaging_test',
      contact: { name: '苏国梁', title: '总经理', phone: '0595-85348827' }, onSiteIntent: true,
      signedAt: '2024-12-18', investment: 110_000_000, landMu: 12, story: 'not_completed',
    }),
    icSigned({
      n: 21, batch: 2, region: '420115', org: 'MA6CM39P', firmName: '武汉芯锐抛光材料有限公司', segmentId: 'materials',
      contact: { name: '胡德明', title: '副总裁', phone: '027-87926635' }, onSiteIntent: false,
      signedAt: '2024-12-20', investment: 70_000_000, landMu: 8, story: 'in_production',
    }),
    icSigned({
      n: 22, batch: 2, region: '350503', org: 'MA6CN40Q', firmName: '泉州芯行车规电子有限公司', segmentId: 'terminal',
      contact: { name: '黄建华', title: '总经理', phone: '0595-22683154' }, onSiteIntent: true,
      signedAt: '2024-12-27', investment: 45_000_000, landMu: 6, story: 'in_production',
    }),

    // ----- 未签约的 6 家 -----
    {
      creditCode: demoCreditCode('310104', 'MA6CP51R'),
      firmName: '上海矽感MEMS传感器有限公司',
      contact: { name: '徐嘉明', title: '副总经理', phone: '021-64187720' },
      segmentId: 'terminal',
      onSiteIntent: true,
      notes: '拟建MEMS传感器封装测试线，需约10亩用地。',
      afterwards: {
        update: { ownerId: 'user_officer_xinzhizao', landNeedMu: 10, plannedInvestment: 90_000_000, followUpDue: '2026-12-10' },
        activities: [
          { kind: 'site_tour', occurredAt: '2024-06-18T10:00:00+08:00', summary: '踏勘芯智造二期预留地块，企业关注洁净厂房定制周期。' },
          { kind: 'meeting', occurredAt: '2024-08-22T15:00:00+08:00', summary: '商务洽谈：企业希望园区代建洁净厂房并回购，与园区代建政策存在差距，暂未谈拢。' },
          { kind: 'meeting', occurredAt: '2026-10-30T10:00:00+08:00', summary: '企业新一轮融资完成后重启选址，园区提出“定制建设+租赁”方案，企业内部评估中。', nextFollowUpDue: '2026-12-10' },
        ],
        stages: [{ to: 'contacted' }, { to: 'visited' }, { to: 'negotiating' }],
      },
    },
    {
      creditCode: demoCreditCode('440306', 'MA6CQ62T'),
      firmName: '深圳芯驰封装基板有限公司',
      contact: { name: '曾志豪', title: '董事长', phone: '0755-29937015' },
      segmentId: 'materials',
      onSiteIntent: true,
      afterwards: {
        update: { ownerId: 'user_officer_xinzhizao_2', landNeedMu: 25, plannedInvestment: 300_000_000, followUpDue: '2026-11-30' },
        activities: [
          { kind: 'site_tour', occurredAt: '2024-06-05T14:00:00+08:00', summary: '企业带队踏勘，关注电镀废水处理及排放指标。' },
          { kind: 'meeting', occurredAt: '2024-09-12T10:00:00+08:00', summary: '商务洽谈：电镀工序环评准入是前置条件，需市生态环境局研究。' },
          { kind: 'call', occurredAt: '2026-11-09T16:30:00+08:00', summary: '企业仍在等待电镀工序环评准入口径，约定月底前给出答复。', nextFollowUpDue: '2026-11-30' },
        ],
        stages: [{ to: 'contacted' }, { to: 'visited' }, { to: 'negotiating' }],
      },
    },
    {
      creditCode: demoCreditCode('320115', 'MA6CR73U'),
      firmName: '南京集芯EDA软件有限公司',
      contact: { name: '陆晓东', title: '华南区总监', phone: '025-52876641' },
      segmentId: 'design',
      onSiteIntent: false,
      afterwards: {
        update: { ownerId: 'user_officer_xinzhizao_2', spaceNeedM2: 800, followUpDue: '2026-12-18' },
        activities: [
          { kind: 'site_tour', occurredAt: '2024-07-03T10:30:00+08:00', summary: '参观B1栋研发中试楼，企业拟设华南技术支持中心，需约800㎡办公研发空间。' },
          { kind: 'call', occurredAt: '2026-09-15T11:00:00+08:00', summary: '企业表示华南布局延后至2027年，保持联系。', nextFollowUpDue: '2026-12-18' },
        ],
        stages: [{ to: 'contacted' }, { to: 'visited' }],
      },
    },
    {
      creditCode: demoCreditCode('350503', 'MA6CT84W'),
      firmName: '泉州闽芯光电科技有限公司',
      contact: { name: '傅雅琴', title: '总经理', phone: '0595-22198736' },
      segmentId: 'terminal',
      onSiteIntent: false,
      afterwards: {
        update: { ownerId: 'user_officer_xinzhizao', spaceNeedM2: 1960 },
        activities: [
          { kind: 'site_tour', occurredAt: '2024-06-26T15:00:00+08:00', summary: '踏勘B1栋8F-9F，企业关注租金与装修补贴。' },
        ],
        stages: [{ to: 'contacted' }, { to: 'visited' }],
      },
    },
    {
      creditCode: demoCreditCode('340104', 'MA6CU95X'),
      firmName: '合肥芯峰半导体装备有限公司',
      contact: { name: '程立伟', title: '副总经理', phone: '0551-63379012' },
      segmentId: 'equipment',
      onSiteIntent: true,
      afterwards: {
        update: { ownerId: 'user_officer_xinzhizao_2', landNeedMu: 15 },
        activities: [
          { kind: 'site_tour', occurredAt: '2024-06-07T09:30:00+08:00', summary: '踏勘芯智造地块，企业比较晋江与合肥两地条件。' },
          { kind: 'call', occurredAt: '2024-08-30T16:00:00+08:00', summary: '企业确认落户合肥新站高新区。' },
        ],
        stages: [{ to: 'contacted' }, { to: 'visited' }, { to: 'lost', reason: '企业选址合肥新站高新区：当地给予代建厂房及设备购置补贴，且靠近主要客户' }],
      },
    },
    {
      creditCode: demoCreditCode('350211', 'MA6CW06Y'),
      firmName: '厦门芯晖功率器件有限公司',
      contact: { name: '周伯涵', title: '创始人', phone: '0592-6375508' },
      segmentId: 'manufacturing',
      onSiteIntent: false,
      afterwards: {
        update: { ownerId: 'user_officer_xinzhizao', followUpDue: '2027-01-15' },
        activities: [
          { kind: 'call', occurredAt: '2024-06-11T10:00:00+08:00', summary: '会后电话回访，企业拟建功率器件封装线，需先完成A轮融资。', nextFollowUpDue: '2027-01-15' },
        ],
        stages: [{ to: 'contacted' }, { to: 'on_hold', reason: '企业A轮融资未到位，建线计划暂缓' }],
      },
    },
  ],
};

/** An attendee whose firm already has a demo lead in the zone: the visit goes on that lead. */
function attendeeOf(leadId: string, extra: { onSiteIntent?: boolean } = {}): DemoAttendee {
  const lead = demoLeads.find((l) => l.id === leadId);
  if (!lead?.input.contact) throw new Error(`demo roadshows: ${leadId} is not a demo lead with a contact`);
  return { creditCode: lead.input.creditCode, firmName: lead.input.firmName, contact: lead.input.contact, existingLeadId: leadId, ...extra };
}

const at = (date: string, time = '10:00') => `${date}T${time}:00+08:00`;

/**
 * November 2026, 每月一场一园区: a roadshow in most parks of both zones. Held ones (up to 11-20)
 * have their attendees; planned ones (late November) none yet. 金井绿色新材料产业园 and 钢铁产业园
 * have none this month (the cadence view lists them). 安东园's is held at its 绿色面料整理微工业园.
 */
const november2026: DemoRoadshow[] = [
  {
    key: 'rs_yj_2611',
    actorUserId: 'user_officer_yongjia',
    via: 'officer',
    status: 'closed',
    input: {
      parkId: 'park_yongjia',
      date: '2026-11-06',
      title: '永佳智能装备产业园“上下楼即上下游”场景招商日（11月）',
      themeChainId: 'chain_equipment',
      invitedOrganisations: [
        { name: '晋江市智能装备行业协会', type: 'chamber' },
        { name: '上海晋江商会', type: 'chamber' },
        { name: '晋江博创鞋机机器人有限公司', type: 'anchor_firm' },
        { name: '晋江市产业投资引导基金', type: 'fund' },
      ],
      notes: '观摩园区鞋机机器人自动化产线及供需对接；复盘已完成。',
    },
    attendees: [
      {
        creditCode: demoCreditCode('350206', 'MA7Y1A2B'),
        firmName: '厦门视联工业视觉科技有限公司',
        contact: { name: '吕志伟', title: '销售总监', phone: '0592-5968821' },
        segmentId: 'software',
        onSiteIntent: true,
        spaceNeedM2: 900,
        afterwards: {
          actorUserId: 'user_officer_yongjia_2',
          update: { ownerId: 'user_officer_yongjia_2', followUpDue: '2026-11-27' },
          activities: [
            { kind: 'call', occurredAt: at('2026-11-09'), summary: '会后回访：企业为鞋机产线提供视觉检测模组，拟在园区设应用服务中心。' },
            { kind: 'site_tour', occurredAt: at('2026-11-16', '14:30'), summary: '踏勘园区，企业倾向与鞋机整机企业同楼，需约900㎡。', nextFollowUpDue: '2026-11-27' },
          ],
          stages: [{ to: 'contacted' }, { to: 'visited' }],
        },
      },
      {
        creditCode: demoCreditCode('350503', 'MA7Y2C3D'),
        firmName: '泉州捷步鞋机自动化有限公司',
        contact: { name: '陈海滨', title: '总经理', phone: '0595-22376409' },
        segmentId: 'production',
        onSiteIntent: true,
        spaceNeedM2: 1620,
        afterwards: {
          update: { ownerId: 'user_officer_yongjia', followUpDue: '2026-11-25' },
          activities: [
            { kind: 'call', occurredAt: at('2026-11-10', '16:00'), summary: '企业现场表达扩产意向，约定下周来园看二期定制厂房方案。', nextFollowUpDue: '2026-11-25' },
          ],
          stages: [{ to: 'contacted' }],
        },
      },
      {
        creditCode: demoCreditCode('330206', 'MA7Y3E4F'),
        firmName: '宁波力拓伺服电机有限公司',
        contact: { name: '邵建国', title: '华南区经理', phone: '0574-86913357' },
        segmentId: 'components',
        onSiteIntent: false,
      },
      attendeeOf('lead_yj_04', { onSiteIntent: true }),
    ],
  },
  {
    key: 'rs_xz_2611',
    actorUserId: 'user_officer_xinzhizao_2',
    via: 'officer',
    status: 'held',
    input: {
      parkId: 'park_xinzhizao',
      date: '2026-11-13',
      title: '芯智造产业园封测与材料配套场景对接会',
      themeChainId: 'chain_ic',
      showcasedUnits: [
        { buildingId: 'bld_xz_2', unitId: 'unit_xz_b2_6f' },
        { buildingId: 'bld_xz_3', unitId: 'unit_xz_b3_8f' },
        { buildingId: 'bld_xz_3', unitId: 'unit_xz_b3_9f' },
        { buildingId: 'bld_xz_3', unitId: 'unit_xz_b3_10f' },
      ],
      invitedOrganisations: [
        { name: '晋江市集成电路行业协会', type: 'chamber' },
        { name: '闽南芯创产业投资基金', type: 'fund' },
        { name: '晋江晶鸿存储科技有限公司', type: 'anchor_firm' },
        { name: '芯桥半导体产业研究院', type: 'operator' },
      ],
    },
    attendees: [
      {
        creditCode: demoCreditCode('320505', 'MA7Y4G5H'),
        firmName: '苏州芯测半导体检测技术有限公司',
        contact: { name: '唐毅', title: '总经理', phone: '0512-66581732' },
        segmentId: 'packaging_test',
        onSiteIntent: true,
        spaceNeedM2: 2200,
        afterwards: {
          update: { ownerId: 'user_officer_xinzhizao_2', followUpDue: '2026-11-28' },
          activities: [
            { kind: 'site_tour', occurredAt: at('2026-11-18', '09:30'), summary: '踏勘A2栋6F，企业关注防微振等级与纯水供应。', nextFollowUpDue: '2026-11-28' },
          ],
          stages: [{ to: 'contacted' }, { to: 'visited' }],
        },
      },
      {
        creditCode: demoCreditCode('320214', 'MA7Y5J6K'),
        firmName: '无锡华矽光刻材料有限公司',
        contact: { name: '蒋立群', title: '副总经理', phone: '0510-85276640' },
        segmentId: 'materials',
        onSiteIntent: true,
        afterwards: {
          update: { ownerId: 'user_officer_xinzhizao', followUpDue: '2026-12-03' },
          activities: [
            { kind: 'call', occurredAt: at('2026-11-17', '15:00'), summary: '会后电话沟通：企业需危化品仓储，拟12月初来园考察。', nextFollowUpDue: '2026-12-03' },
          ],
          stages: [{ to: 'contacted' }],
        },
      },
      {
        creditCode: demoCreditCode('330108', 'MA7Y6L7M'),
        firmName: '杭州芯图EDA软件有限公司',
        contact: { name: '方晓宇', title: '市场经理', phone: '0571-87731925' },
        segmentId: 'design',
        onSiteIntent: false,
      },
      {
        creditCode: demoCreditCode('350102', 'MA7Y7N8P'),
        firmName: '福州闽芯智能传感科技有限公司',
        contact: { name: '张凯', title: '总经理', phone: '0591-83716650' },
        segmentId: 'terminal',
        onSiteIntent: false,
      },
      attendeeOf('lead_xz_03'),
    ],
  },
  {
    key: 'rs_lm_2611',
    actorUserId: 'user_officer_andong',
    via: 'officer',
    status: 'held',
    input: {
      parkId: 'park_lvse_mianliao',
      date: '2026-11-18',
      title: '绿色高端面料整理微工业园“一条龙”后整理场景招商会',
      themeChainId: 'chain_textile',
      showcasedUnits: [
        { buildingId: 'bld_lm_2', unitId: 'unit_lm_b2_3f' },
        { buildingId: 'bld_lm_2', unitId: 'unit_lm_b2_4f' },
      ],
      invitedOrganisations: [
        { name: '晋江市纺织服装商会', type: 'chamber' },
        { name: '绍兴柯桥晋江商会', type: 'chamber' },
        { name: '晋江恒锦纺织集团有限公司', type: 'anchor_firm' },
        { name: '福建绿纺园区运营管理有限公司', type: 'operator' },
      ],
      notes: '观摩集中污水处理、智能验布与后整理生产控制系统。',
    },
    attendees: [
      {
        creditCode: demoCreditCode('330603', 'MA7Y8Q9R'),
        firmName: '绍兴越纺数码印花有限公司',
        contact: { name: '金国平', title: '董事长', phone: '0575-84127739' },
        segmentId: 'fabric_finishing',
        onSiteIntent: true,
        spaceNeedM2: 2400,
        afterwards: {
          update: { ownerId: 'user_officer_andong', followUpDue: '2026-11-30' },
          activities: [
            { kind: 'site_tour', occurredAt: at('2026-11-20', '10:00'), summary: '会后留园踏勘2号车间3F-4F，企业关注蒸汽与污水处理费用。', nextFollowUpDue: '2026-11-30' },
          ],
          stages: [{ to: 'contacted' }, { to: 'visited' }],
        },
      },
      {
        creditCode: demoCreditCode('320509', 'MA7Y9T0U'),
        firmName: '吴江盛泽功能面料整理有限公司',
        contact: { name: '沈建忠', title: '总经理', phone: '0512-63581206' },
        segmentId: 'fabric_finishing',
        onSiteIntent: true,
        afterwards: {
          update: { ownerId: 'user_officer_andong', followUpDue: '2026-11-26' },
          stages: [{ to: 'contacted' }],
        },
      },
      {
        creditCode: demoCreditCode('350581', 'MA7YA1W2'),
        firmName: '石狮锦纶弹力面料有限公司',
        contact: { name: '蔡明辉', title: '总经理', phone: '0595-88736512' },
        segmentId: 'weaving',
        onSiteIntent: false,
      },
      attendeeOf('lead_ad_04'),
    ],
  },
  {
    key: 'rs_fd_2611',
    actorUserId: 'user_officer_food',
    via: 'officer',
    status: 'planned',
    input: {
      parkId: 'park_food',
      date: '2026-11-27',
      title: '食品园预制菜与冷链配套场景招商会',
      themeChainId: 'chain_food',
      invitedOrganisations: [
        { name: '晋江市食品行业协会', type: 'chamber' },
        { name: '泉州市预制菜产业联盟', type: 'chamber' },
        { name: '晋江闽味食品集团有限公司', type: 'anchor_firm' },
      ],
    },
    attendees: [],
  },
  {
    key: 'rs_fs_2611',
    actorUserId: 'user_officer_fushan_2',
    via: 'officer',
    status: 'held',
    input: {
      parkId: 'park_fushan',
      date: '2026-11-12',
      title: '富山产业园木竹孵化园竹木新材料场景招商会',
      themeChainId: 'chain_materials',
      showcasedUnits: [
        { buildingId: 'bld_fs_2', unitId: 'unit_fs_b2_1f' },
        { buildingId: 'bld_fs_2', unitId: 'unit_fs_b2_2f' },
      ],
      invitedOrganisations: [
        { name: '漳平市竹产业协会', type: 'chamber' },
        { name: '龙岩绿色产业投资基金', type: 'fund' },
        { name: '福建木竹产业孵化运营有限公司', type: 'operator' },
      ],
    },
    attendees: [
      {
        creditCode: demoCreditCode(ZHANGPING, 'MA7YB2X3'),
        firmName: '福建竹立方新材料科技有限公司',
        contact: { name: '温振宇', title: '总经理', phone: '0597-7536218' },
        segmentId: 'bamboo_wood',
        onSiteIntent: true,
        spaceNeedM2: 2600,
        afterwards: {
          update: { ownerId: 'user_officer_fushan_2', followUpDue: '2026-11-26' },
          activities: [
            { kind: 'site_tour', occurredAt: at('2026-11-17', '15:00'), summary: '踏勘木竹孵化园2号厂房1F-2F，企业需竹材原料堆场。', nextFollowUpDue: '2026-11-26' },
          ],
          stages: [{ to: 'contacted' }, { to: 'visited' }],
        },
      },
      {
        creditCode: demoCreditCode('330523', 'MA7YC3Y4'),
        firmName: '浙江安吉竹美家居有限公司',
        contact: { name: '潘立军', title: '副总经理', phone: '0572-5123367' },
        segmentId: 'bamboo_wood',
        onSiteIntent: false,
        afterwards: {
          update: { ownerId: 'user_officer_fushan' },
          stages: [{ to: 'contacted' }],
        },
      },
      attendeeOf('lead_fs_04', { onSiteIntent: true }),
    ],
  },
  {
    key: 'rs_zm_2611',
    actorUserId: 'user_manager_zhangping',
    via: 'officer',
    status: 'held',
    input: {
      parkId: 'park_zp_materials',
      date: '2026-11-19',
      title: '漳平新材料产业园功能涂料与高分子材料场景招商会',
      themeChainId: 'chain_materials',
      invitedOrganisations: [
        { name: '福建省涂料行业协会', type: 'chamber' },
        { name: '闽西新材料产业基金', type: 'fund' },
        { name: '龙岩天润化工集团有限公司', type: 'anchor_firm' },
        { name: '闽西化工园区运营服务有限公司', type: 'operator' },
      ],
    },
    attendees: [
      {
        creditCode: demoCreditCode('350211', 'MA7YD4A5'),
        firmName: '厦门海晟环氧树脂有限公司',
        contact: { name: '林海生', title: '总经理', phone: '0592-6518824' },
        segmentId: 'raw_chemicals',
        onSiteIntent: true,
        afterwards: { stages: [{ to: 'contacted' }] },
      },
      {
        creditCode: demoCreditCode('350102', 'MA7YE5B6'),
        firmName: '福州聚能防腐涂料有限公司',
        contact: { name: '郑宏伟', title: '董事长', phone: '0591-87832210' },
        segmentId: 'coatings',
        onSiteIntent: true,
        afterwards: {
          activities: [
            { kind: 'site_tour', occurredAt: at('2026-11-20', '09:00'), summary: '会后次日踏勘园区储备地块，企业需约30亩。' },
          ],
          stages: [{ to: 'contacted' }, { to: 'visited' }],
        },
      },
      {
        creditCode: demoCreditCode('360702', 'MA7YF6C7'),
        firmName: '江西赣丰高分子材料有限公司',
        contact: { name: '刘永康', title: '总经理', phone: '0797-8361152' },
        segmentId: 'polymer_composites',
        onSiteIntent: false,
      },
      {
        creditCode: demoCreditCode('350402', 'MA7YG7D8'),
        firmName: '三明中润改性塑料有限公司',
        contact: { name: '邓永强', title: '副总经理', phone: '0598-8237719' },
        segmentId: 'polymer_composites',
        onSiteIntent: true,
      },
      {
        creditCode: demoCreditCode('350802', 'MA7YH8E9'),
        firmName: '龙岩恒新电子浆料有限公司',
        contact: { name: '谢文杰', title: '总经理', phone: '0597-2283546' },
        segmentId: 'electronic_materials',
        onSiteIntent: false,
      },
      attendeeOf('lead_zm_02', { onSiteIntent: true }),
    ],
  },
  {
    key: 'rs_db_2611',
    actorUserId: 'user_manager_zhangping',
    via: 'officer',
    status: 'planned',
    input: {
      parkId: 'park_dengbang',
      date: '2026-11-26',
      title: '登榜产业园汽车零部件与精密机械场景招商会',
      themeChainId: 'chain_equipment',
      showcasedUnits: [
        { buildingId: 'bld_db_1', unitId: 'unit_db_b1_4f' },
        { buildingId: 'bld_db_1', unitId: 'unit_db_b1_5f' },
        { buildingId: 'bld_db_2', unitId: 'unit_db_b2_3f' },
        { buildingId: 'bld_db_2', unitId: 'unit_db_b2_4f' },
      ],
      invitedOrganisations: [
        { name: '龙岩市机械行业协会', type: 'chamber' },
        { name: '厦门龙岩商会', type: 'chamber' },
        { name: '龙岩恒力精工机械有限公司', type: 'anchor_firm' },
      ],
    },
    attendees: [],
  },
];

export const demoRoadshows: DemoRoadshow[] = [icRoadshow2024, ...november2026];
