/** Standard factory space: unit statuses and the moves between them. */
export const unitStatuses = ['available', 'reserved', 'signed', 'occupied', 'withdrawn'] as const;
export type UnitStatus = (typeof unitStatuses)[number];

export const unitStatusLabels: Record<UnitStatus, string> = {
  available: '可招商',
  reserved: '已预留',
  signed: '已签约',
  occupied: '已入驻',
  withdrawn: '已退出市场',
};

export const unitTransitions: Readonly<Record<UnitStatus, readonly UnitStatus[]>> = {
  available: ['reserved', 'signed', 'withdrawn'],
  reserved: ['available', 'signed', 'withdrawn'],
  signed: ['occupied', 'available'],
  occupied: ['available'],
  withdrawn: ['available'],
};

export const canMoveUnit = (from: UnitStatus, to: UnitStatus) => unitTransitions[from].includes(to);
