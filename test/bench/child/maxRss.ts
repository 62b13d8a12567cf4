/**
 * Preloaded (`node --require`) into a process the benchmark times: at exit, writes the
 * process's peak resident memory, worker threads included, to the file SXS_RSS_FILE names,
 * and its CPU time (user and system, all threads, in microseconds) to SXS_CPU_FILE's.
 */
import * as fs from 'node:fs';

const file = process.env.SXS_RSS_FILE;
const cpuFile = process.env.SXS_CPU_FILE;
process.on('exit', () => {
  const usage = process.resourceUsage();
  if (file) fs.writeFileSync(file, String(usage.maxRSS * 1024));
  if (cpuFile) fs.writeFileSync(cpuFile, String(usage.userCPUTime + usage.systemCPUTime));
});
