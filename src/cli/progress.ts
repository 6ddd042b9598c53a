// Progress on long work: a redrawn bar on a terminal, a line at each quarter when output is a log.

export interface Progress {
  update(step: string, done: number, total: number): void;
  done(message?: string): void;
}

export function progressReporter(stream: NodeJS.WriteStream = process.stderr): Progress {
  const tty = Boolean(stream.isTTY);
  let lastStep = '';
  let lastQuarter = -1;
  let lastDraw = 0;
  return {
    update(step, done, total) {
      const fraction = total > 0 ? Math.min(1, done / total) : 1;
      if (tty) {
        if (step !== lastStep && lastStep) stream.write('\n');
        const now = Date.now();
        if (step === lastStep && now - lastDraw < 100 && done < total) return;
        lastDraw = now;
        const width = 24;
        const filled = Math.round(fraction * width);
        stream.write(`\r  ${step.padEnd(22)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(fraction * 100)).padStart(3)} %  ${done}/${total}   `);
      } else {
        const quarter = Math.floor(fraction * 4);
        if (step !== lastStep) lastQuarter = -1;
        if (quarter !== lastQuarter) stream.write(`  ${step}: ${done}/${total}\n`);
        lastQuarter = quarter;
      }
      lastStep = step;
    },
    done(message) {
      if (tty && lastStep) stream.write('\n');
      if (message) stream.write(`${message}\n`);
      lastStep = '';
    },
  };
}
