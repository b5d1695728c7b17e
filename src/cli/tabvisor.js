#!/usr/bin/env node
// The tabvisor command: loads the TypeScript CLI through tsx (no separate build step).
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
