import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditKey } from './auditChain';

/** Where the audit seal lives: the key and the checkpoint file, both outside the database. */
export interface AuditSealConfig {
  /** A directory outside DATA_DIR (mode 0700). */
  dir: string;
  /** AUDIT_KEY when set; otherwise the key file in `dir` is used, generated on first start. */
  key: string | undefined;
}

/** The key and checkpoint file an adapter and `audit:verify` use. */
export interface AuditSeal {
  key: AuditKey;
  checkpointFile: string;
}

/**
 * Loads the audit key: AUDIT_KEY if set, else `<dir>/audit-key`, created with
 * 0600 permissions on first start (and only then, so a wiped database can never
 * get a fresh key that would make a new chain look original).
 */
export function loadAuditSeal(config: AuditSealConfig, options: { create: boolean } = { create: true }): AuditSeal {
  mkdirSync(config.dir, { recursive: true, mode: 0o700 });
  const checkpointFile = join(config.dir, 'checkpoints.log');
  if (config.key !== undefined) return { key: Buffer.from(config.key, 'utf8'), checkpointFile };
  const file = join(config.dir, 'audit-key');
  if (!existsSync(file) && !options.create) throw new Error(`no audit key in ${config.dir} (set AUDIT_KEY or AUDIT_DIR)`);
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return { key: Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8'), checkpointFile };
}
