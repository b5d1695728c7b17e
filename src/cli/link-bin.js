// Makes `npx tabvisor` work inside this checkout: npm links dependencies' bins, not the project's own.
import { mkdirSync, symlinkSync, rmSync } from 'node:fs';

mkdirSync('node_modules/.bin', { recursive: true });
rmSync('node_modules/.bin/tabvisor', { force: true });
symlinkSync('../../src/cli/tabvisor.js', 'node_modules/.bin/tabvisor');
