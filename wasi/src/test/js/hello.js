// A wasi:cli/run command in JavaScript: prints a greeting with its arguments, then writes
// js.txt in the first preopened directory through wasi:filesystem.
import { getDirectories } from 'wasi:filesystem/preopens@0.2.12';
import { getArguments } from 'wasi:cli/environment@0.2.12';

export const run = {
  run() {
    console.log(`hello from js ${getArguments().slice(1).join(' ')}`);
    const [[dir]] = getDirectories();
    const file = dir.openAt({}, 'js.txt', { create: true, truncate: true }, { write: true });
    const out = file.writeViaStream(0n);
    out.blockingWriteAndFlush(new TextEncoder().encode('hi from js\n'));
  },
};
