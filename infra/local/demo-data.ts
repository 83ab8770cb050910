/**
 * Demo data for local runs: two development zones from the seed articles (晋江经济开发区 "5+3+2",
 * 漳平工业园区 "一区四园"), their leading chains, standard factory space and a pipeline of leads.
 *
 * Plain constants in the domain's input shapes (strict schemas: no extra fields) plus stable ids,
 * fed to the domain services by `seed.ts`. Firm names, people and phone numbers are fictional;
 * credit codes are syntactically valid (GB 32100-2015 / GB 11714 check characters) but invented.
 * "Today" for the story is 2026-11-21: activities happen in Oct–Nov 2026, some follow-ups are overdue.
 */
import type { z } from 'zod';
import type { Role } from '../../shared/auth/principal.ts';
import type { CreateChain } from '../../shared/domain/chains/schema.ts';
import { creditCodeCheckChar } from '../../shared/domain/credit-code.ts';
import type { ChangeStage, CreateLead, RecordActivity } from '../../shared/domain/leads/schema.ts';
import type { CreatePark } from '../../shared/domain/parks/schema.ts';
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
export type DemoLead = {
  id: string;
  actorUserId: string;
  input: z.input<typeof CreateLead>;
  stages: Array<z.input<typeof ChangeStage>>;
  activities: DemoActivity[];
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
  { parkId: 'park_yongjia', id: 'bld_yj_3', name: '3号研发厂房', ...floorsOf('unit_yj_b3', 5, 1280, { 1: 'withdrawn', 5: 'reserved' }) },
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

/** Applied in order after the buildings exist. Occupied = available → signed → occupied. */
export const demoUnitMoves: DemoUnitMove[] = [
  // 永佳: 17 of 18 marketable floors let (≈95.6% by area); 3号楼4F is the last one (held for a lead in talks).
  ...moves('park_yongjia', 'bld_yj_1', 'unit_yj_b1', [1, 2, 3, 4, 5, 6], OCCUPY),
  ...moves('park_yongjia', 'bld_yj_2', 'unit_yj_b2', [1, 2, 3, 4, 5, 6], OCCUPY),
  ...moves('park_yongjia', 'bld_yj_2', 'unit_yj_b2', [7, 8], SIGN),
  ...moves('park_yongjia', 'bld_yj_3', 'unit_yj_b3', [2, 3], OCCUPY),
  ...moves('park_yongjia', 'bld_yj_3', 'unit_yj_b3', [5], SIGN), // reserved → signed (lead_yj_01)
  ...moves('park_yongjia', 'bld_yj_3', 'unit_yj_b3', [4], ['reserved']), // held for lead_yj_07
  // 芯智造 (≈72%)
  ...moves('park_xinzhizao', 'bld_xz_1', 'unit_xz_b1', [1, 2, 3], OCCUPY),
  ...moves('park_xinzhizao', 'bld_xz_1', 'unit_xz_b1', [4], SIGN), // lead_xz_01
  ...moves('park_xinzhizao', 'bld_xz_2', 'unit_xz_b2', [1, 2], OCCUPY),
  ...moves('park_xinzhizao', 'bld_xz_2', 'unit_xz_b2', [3, 4], SIGN),
  ...moves('park_xinzhizao', 'bld_xz_3', 'unit_xz_b3', [1, 2, 3], OCCUPY),
  ...moves('park_xinzhizao', 'bld_xz_3', 'unit_xz_b3', [4, 5], SIGN),
  // 绿色面料整理微园 (60%)
  ...moves('park_lvse_mianliao', 'bld_lm_1', 'unit_lm_b1', [1, 2], OCCUPY),
  ...moves('park_lvse_mianliao', 'bld_lm_1', 'unit_lm_b1', [3], SIGN), // lead_ad_01
  ...moves('park_lvse_mianliao', 'bld_lm_2', 'unit_lm_b2', [1], SIGN),
  // 富山 (≈47%)
  ...moves('park_fushan', 'bld_fs_1', 'unit_fs_b1', [1, 2], OCCUPY),
  ...moves('park_fushan', 'bld_fs_1', 'unit_fs_b1', [3], SIGN), // lead_fs_01
  // 登榜 (≈32%)
  ...moves('park_dengbang', 'bld_db_1', 'unit_db_b1', [1, 2], OCCUPY),
  ...moves('park_dengbang', 'bld_db_2', 'unit_db_b2', [1], SIGN),
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
    stages: [{ to: 'contacted' }, { to: 'visited' }, { to: 'negotiating' }, { to: 'signed' }],
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
    stages: [{ to: 'contacted' }, { to: 'visited' }, { to: 'negotiating' }, { to: 'signed' }],
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
    stages: [{ to: 'contacted' }, { to: 'visited' }, { to: 'negotiating' }, { to: 'signed' }],
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
    stages: [{ to: 'contacted' }, { to: 'visited' }, { to: 'negotiating' }, { to: 'signed' }],
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
];
