import { z } from 'zod';

/** CNY amounts are integer yuan; people read them in 万元/亿元. */
export const Yuan = z.number().int().min(0).max(1e13).meta({ description: '金额，单位：元（整数）' });
export const SquareMetres = z.number().positive().max(1e8).meta({ description: '面积，单位：平方米' });
export const Mu = z.number().positive().max(1e7).meta({ description: '土地面积，单位：亩（1 亩 ≈ 666.67 m²）' });
export const IsoDate = z.iso.date().meta({ description: '业务日期（Asia/Shanghai），YYYY-MM-DD' });

export const MU_IN_M2 = 10000 / 15;

/** 12345678 → "1234.57万元"; 123456789 → "1.23亿元". */
export const formatYuan = (yuan: number): string =>
  yuan >= 1e8 ? `${(yuan / 1e8).toFixed(2)}亿元` : `${(yuan / 1e4).toFixed(2)}万元`;
