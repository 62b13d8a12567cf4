/**
 * A progress line for long runs, on standard error and only on a terminal: piped or
 * redirected output carries nothing but results. Redrawn at most ten times a second.
 */
export function progressLine(stream: NodeJS.WriteStream): { update(what: string, done: number, total: number): void; clear(): void } {
  if (!stream.isTTY) return { update: () => undefined, clear: () => undefined };
  let last = 0;
  let shown = false;
  return {
    update(what, done, total) {
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      shown = true;
      stream.write(`\r\x1b[2K${what} ${done}/${total} files (${total ? Math.floor((done / total) * 100) : 100}%)`);
    },
    clear() {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
