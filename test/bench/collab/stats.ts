/** Latency samples in milliseconds. */
export class Samples {
  private values: number[] = [];

  add(ms: number): void {
    this.values.push(ms);
  }

  get count(): number {
    return this.values.length;
  }

  /** The p-th percentile (0–100), or NaN without samples. */
  percentile(p: number): number {
    if (this.values.length === 0) return Number.NaN;
    const sorted = Float64Array.from(this.values).sort();
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  }
}

/** One load scenario's outcome, as the load generator reports it. */
export interface ScenarioResult {
  /** Edits sent in the whole run, warm-up included. */
  total: number;
  /** Edits sent in the measured window. */
  edits: number;
  achievedPerSecond: number;
  p50: number;
  p99: number;
  /** Deliveries expected (each edit to every other client of its room) but not received. */
  lost: number;
  savedP50: number;
  savedP99: number;
}
