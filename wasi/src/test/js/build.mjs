// Componentizes hello.js against world.wit, in the current directory (see build.sh).
import { componentize } from '@bytecodealliance/componentize-js';
import { writeFile } from 'node:fs/promises';

const started = Date.now();
const { component } = await componentize({
  sourcePath: 'hello.js',
  witPath: 'wit',
  worldName: 'hello',
  disableFeatures: ['http', 'fetch-event'],
});
await writeFile('hello-js.wasm', component);
console.log(`hello-js.wasm: ${component.length} bytes in ${Date.now() - started} ms`);
