/**
 * Run before `npm run dev` and `npm test` (their pre-scripts), so that an old Node.js stops them with
 * one sentence instead of a stack trace from deep inside a dependency. It runs under tsx, which runs
 * TypeScript on Node.js 20 too.
 */
import { assertSupportedNode } from './supported-node';

try {
  assertSupportedNode();
} catch (error) {
  console.error(`\n  ${(error as Error).message}\n`);
  process.exit(1);
}
