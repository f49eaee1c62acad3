/** Messages between the benchmark's orchestrator and each server process it starts. */
export type ToServer = { type: 'memory' } | { type: 'stop' };

/** What a server process reports. */
export type FromServer = { type: 'ready'; port: number } | { type: 'memory'; rss: number; heap: number };

/**
 * Wires a benchmarked server process to its orchestrator: reports its port,
 * answers memory requests after a forced GC (the process runs with
 * --expose-gc) and stops on request.
 */
export function serveOrchestrator(port: number, stop: () => Promise<void>): void {
  const send = (message: FromServer) => process.send?.(message);
  process.on('message', (message: ToServer) => {
    if (message.type === 'memory') {
      const gc = (globalThis as { gc?: () => void }).gc;
      for (let i = 0; i < 3; i += 1) gc?.();
      const m = process.memoryUsage();
      send({ type: 'memory', rss: m.rss, heap: m.heapUsed + m.external });
    } else if (message.type === 'stop') {
      void stop().finally(() => process.exit(0));
    }
  });
  send({ type: 'ready', port });
}
