/**
 * Preloaded (`node --require`) into a process the benchmark times: at exit, writes the
 * process's peak resident memory, worker threads included, to the file SXS_RSS_FILE names.
 */
import * as fs from 'node:fs';

const file = process.env.SXS_RSS_FILE;
if (file) process.on('exit', () => fs.writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
