import type { AuditExportQuery } from '@carehuddle/shared';
import type { AuditQuery, AuditRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { forbidden } from '../errors';
import { canExportAudit } from '../policies/auditPolicy';
import { presentAuditRecord } from './auditReview';
import type { Services } from '../services';

const CSV_COLUMNS = ['seq', 'at', 'userId', 'role', 'patientId', 'action', 'type', 'resourceType', 'resourceId', 'category', 'outcome', 'ip', 'sessionId', 'reason', 'prevHash', 'hash'] as const;
/** Records read from the store per page while streaming. */
const STREAM_PAGE = 1000;

/**
 * A cell a spreadsheet could run as a formula: one starting with = + - @ (or
 * their full-width forms), TAB, CR or LF, or with any of those after leading
 * spaces — spreadsheets trim the spaces and still evaluate.
 */
const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;

/** Quotes a CSV cell, and neutralizes spreadsheet formulas by prefixing a quote. */
export function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

function rangeOf(query: AuditExportQuery): Omit<AuditQuery, 'limit'> {
  return { ...(query.patientId ? { patientId: query.patientId } : {}), ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}) };
}

async function requireExporter(services: Services, actor: Actor, query: AuditExportQuery): Promise<void> {
  if (!canExportAudit(actor)) throw forbidden('Only organization admins export the audit trail.');
  // The range (validated instants, as `from..to`), not the contents, is recorded: before any of it is served.
  await services.audit.record({
    actor, patientId: query.patientId ?? null, action: 'E', type: 'audit.export', resourceType: 'AuditEvent',
    resourceId: `${query.from ?? '*'}..${query.to ?? '*'}`, outcome: 'success', reason: `export as ${query.format}`,
  });
}

/** One JSON page of the export (admins only); each page request is audited. */
export async function exportAuditPage(services: Services, actor: Actor, query: AuditExportQuery): Promise<{ records: AuditRecord[]; nextAfterSeq: number | null }> {
  await requireExporter(services, actor, query);
  const page = await services.store.audit.list({ ...rangeOf(query), afterSeq: query.afterSeq ?? 0, limit: query.limit + 1 });
  const records = page.slice(0, query.limit).map(presentAuditRecord);
  return { records, nextAfterSeq: page.length > query.limit ? records[records.length - 1]!.seq : null };
}

/**
 * The export as CSV lines (admins only), read from the store page by page so
 * that a long range never sits in memory. Authorization and the audit record
 * happen before the first line.
 */
export async function exportAuditCsv(services: Services, actor: Actor, query: AuditExportQuery): Promise<AsyncIterable<string>> {
  await requireExporter(services, actor, query);
  const range = rangeOf(query);
  return (async function* lines() {
    yield `${CSV_COLUMNS.join(',')}\n`;
    let after = 0;
    for (;;) {
      const page = await services.store.audit.list({ ...range, afterSeq: after, limit: STREAM_PAGE });
      for (const r of page.map(presentAuditRecord)) yield `${CSV_COLUMNS.map((c) => csvCell(r[c])).join(',')}\n`;
      if (page.length < STREAM_PAGE) return;
      after = page[page.length - 1]!.seq;
    }
  })();
}
