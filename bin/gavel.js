#!/usr/bin/env node
// Gavel runs from its TypeScript sources: tsx compiles them on the fly, so
// there is no build step between `npm install` and `npm start`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const code = await main(process.argv);
if (code !== 0) process.exitCode = code;
