import { accessCheckBenchmark } from './accessChecks';
import { documentLoadBenchmark, type BenchResult } from './documentLoad';

/** Runs the benchmarks and prints a Markdown table for docs/benchmarks.md. */
async function main(): Promise<void> {
  const results: BenchResult[] = [...(await documentLoadBenchmark(100_000)), ...(await documentLoadBenchmark(100_000, false)), ...(await accessCheckBenchmark(20_000))];
  process.stdout.write(`Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n\n| benchmark | result | note |\n| --- | --- | --- |\n`);
  for (const r of results) process.stdout.write(`| ${r.name} | ${r.value.toFixed(r.unit === 'updates/s' ? 0 : 1)} ${r.unit} | ${r.note} |\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
