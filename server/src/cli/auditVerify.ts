import { loadConfig } from '../config';
import { verifyAuditChain } from '../storage/auditChain';
import { openStore } from '../storage/openStore';

/**
 * `pnpm audit:verify`: walks the hash-chained audit trail of the configured
 * store and names the first record that was altered, reordered or removed.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const store = await openStore({ mongodbUri: config.mongodbUri, dataDir: config.dataDir });
  try {
    const verdict = await verifyAuditChain(store.audit.iterateAll());
    if (verdict.ok) {
      process.stdout.write(`Audit trail intact: ${verdict.count} records verified.\n`);
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
