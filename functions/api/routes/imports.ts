import { createRoute, z } from '@hono/zod-openapi';
import { DomainError } from '#shared/errors.ts';
import { getImport, ImportQuery, importLeads, type Progress } from '#shared/domain/imports/service.ts';
import { csvRows, xlsxRows } from '#shared/domain/imports/tables.ts';
import { newRouter } from '../router.ts';
import { errorResponses, json, writeErrorResponses } from '../http.ts';

const tags = ['台账导入 Imports'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_XLSX_BYTES = 20 * 1024 * 1024;

const RowOutcome = z.object({
  row: z.number().openapi({ description: '文件中的行号（表头为第 1 行）' }),
  outcome: z.enum(['created', 'updated', 'unchanged', 'rejected']).openapi({ description: '新建 · 更新 · 无变化 · 拒绝' }),
  creditCode: z.string().optional(), firmName: z.string().optional(), leadId: z.string().optional(),
  changes: z.array(z.string()).optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
const ImportReport = z.object({
  importId: z.string(), committed: z.boolean(), rows: z.number(),
  created: z.number(), updated: z.number(), unchanged: z.number(), rejected: z.number(),
  results: z.array(RowOutcome),
}).openapi('ImportReport');

export const imports = newRouter()
  .openapi(createRoute({
    method: 'post', path: '/imports/leads', tags,
    summary: '导入线索台账（CSV 或 XLSX，中文表头）：先校验给出逐行报告，commit=true 时写入；按统一社会信用代码去重，重复导入不产生新线索',
    description: '请求体为文件本身（Content-Type: text/csv 或 xlsx）。Accept: application/x-ndjson 时逐批返回进度行，最后一行为报告。',
    request: {
      query: ImportQuery,
      body: { required: true, content: { 'text/csv': { schema: z.string() }, [XLSX]: { schema: z.string().openapi({ format: 'binary' }) } } },
    },
    responses: {
      200: {
        description: '逐行报告（或 NDJSON 进度流）',
        content: { 'application/json': { schema: ImportReport }, 'application/x-ndjson': { schema: z.string() } },
      },
      ...writeErrorResponses,
    },
  }), async (c) => {
    const p = c.get('principal');
    const query = c.req.valid('query');
    const type = c.req.header('content-type') ?? '';
    let rows;
    if (type.startsWith(XLSX)) {
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (bytes.byteLength > MAX_XLSX_BYTES) throw new DomainError('request.invalid', '文件过大', [{ field: 'file', message: 'XLSX 文件不能超过 20 MB（更大的台账请用 CSV）', code: 'too_big' }]);
      try {
        rows = [...xlsxRows(bytes)];
      } catch {
        throw new DomainError('request.invalid', '无法读取该 XLSX 文件', [{ field: 'file', message: '文件不是有效的 XLSX', code: 'unreadable' }]);
      }
    } else if (type.startsWith('text/csv') || type.startsWith('text/plain')) {
      rows = csvRows(c.req.raw.body ?? []); // a ReadableStream is async-iterable
    } else {
      throw new DomainError('request.invalid', '请上传 CSV 或 XLSX 文件', [{ field: 'Content-Type', message: '应为 text/csv 或 XLSX', code: 'unsupported' }]);
    }
    if (!(c.req.header('accept') ?? '').includes('application/x-ndjson')) {
      return c.json(await importLeads(p, query, rows), 200);
    }
    // Progress as it goes: one line per batch, the report last.
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const line = (v: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(v)}\n`));
        try {
          const report = await importLeads(p, query, rows, (progress: Progress) => line({ progress }));
          line({ report });
        } catch (e) {
          line({ error: e instanceof DomainError ? { code: e.code, detail: e.detail, errors: e.errors } : { code: 'server.error', detail: '导入中断' } });
        }
        controller.close();
      },
    });
    // The route's typing knows only the JSON report; the NDJSON stream is the same 200 in another media type.
    const progress = c.body(stream, 200, { 'content-type': 'application/x-ndjson; charset=utf-8' });
    return progress as unknown as ReturnType<typeof c.json<z.infer<typeof ImportReport>, 200>>;
  })
  .openapi(createRoute({
    method: 'get', path: '/imports/{importId}', tags, summary: '一次已提交导入的汇总（含被拒绝的行）',
    request: { params: z.object({ importId: z.string().min(1).max(64) }) },
    responses: { 200: json(z.record(z.string(), z.unknown()).openapi('ImportSummary'), '汇总'), ...errorResponses },
  }), async (c) => c.json(await getImport(c.get('principal'), c.req.valid('param').importId), 200));
