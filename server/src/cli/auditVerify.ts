import { loadConfig } from '../config';
import { readCheckpoints } from '../storage/auditCheckpoints';
import { loadAuditSeal } from '../storage/auditKeyFile';
import { verifyAuditChain } from '../storage/auditVerification';
import { openStore } from '../storage/openStore';

/**
 * `pnpm audit:verify`: walks the keyed hash chain of the configured store,
 * compares it with the latest checkpoint kept in AUDIT_DIR, and names the first
 * record that was altered, reordered or removed (a removed tail and a wiped
 * table included). Exit code 0 intact, 1 broken, 2 could not run.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const seal = loadAuditSeal(config.audit, { create: false });
  const checkpoints = readCheckpoints(seal.checkpointFile, seal.key);
  if (!checkpoints.ok) {
    process.stdout.write(`Audit trail BROKEN: ${checkpoints.problem}.\n`);
    process.exitCode = 1;
    return;
  }
  // The plain adapter, not the checkpointing one: verifying must not write a checkpoint of what it finds.
  const store = await openStore({ mongodbUri: config.mongodbUri, dataDir: config.dataDir, auditKey: seal.key });
  try {
    const verdict = await verifyAuditChain(seal.key, store.audit.iterateAll(), checkpoints.all);
    const against = checkpoints.latest ? ` (checkpoint at record ${checkpoints.latest.seq}, ${checkpoints.latest.at})` : ' (no checkpoint yet)';
    if (verdict.ok) {
      process.stdout.write(`Audit trail intact: ${verdict.count} records verified${against}.\n`);
      return;
    }
    process.stdout.write(`Audit trail BROKEN at record ${verdict.badSeq}: ${verdict.problem} (${verdict.count} records before it are intact).\n`);
    process.exitCode = 1;
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`audit:verify failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
