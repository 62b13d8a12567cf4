/** How many fuzzed documents to try: `SXS_FUZZ_RUNS` (the long pass) or the quick pass's count. */
export function fuzzRuns(quick: number): number {
  const n = Number(process.env.SXS_FUZZ_RUNS);
  return Number.isFinite(n) && n > 0 ? n : quick;
}

/**
 * Counts the documents a fuzz suite tried and the slowest time per kilobyte it saw. Printed,
 * never asserted: timings are not pass/fail.
 */
export function fuzzReport(name: string) {
  let documents = 0;
  let bytes = 0;
  let slowest = { msPerKb: 0, what: '', kb: 0 };
  return {
    time<T>(text: string, fn: () => T, what = 'fuzzed'): T {
      const start = performance.now();
      const result = fn();
      const ms = performance.now() - start;
      documents++;
      bytes += text.length;
      const kb = Math.max(1, text.length / 1024);
      // Tiny documents measure the timer, not the reader.
      if (text.length >= 4096 && ms / kb > slowest.msPerKb) slowest = { msPerKb: ms / kb, what, kb };
      return result;
    },
    print() {
      console.log(`    fuzz ${name}: ${documents} documents, ${(bytes / 1e6).toFixed(1)} MB; slowest ${slowest.msPerKb.toFixed(3)} ms/KB (${slowest.what}, ${slowest.kb.toFixed(0)} KB)`);
    },
  };
}
