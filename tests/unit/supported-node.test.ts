import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertSupportedNode, OLDEST_SUPPORTED_NODE } from '@/lib/runtime/supported-node';
import { oldNodeEnv } from '../fixtures/old-node';

const root = path.join(import.meta.dirname, '../..');
const sentence = (version: string) =>
  `This is Node.js ${version}, but Tura needs 22.12 or newer (24 LTS recommended): its Supabase client and test tools do not run on older versions.`;

describe('the supported Node.js versions', () => {
  it('turns away a Node.js older than 22.12 with one sentence: what it is, what is needed, and why', () => {
    for (const version of ['v20.20.2', 'v22.11.0', 'v18.20.8']) {
      expect(() => assertSupportedNode(version)).toThrow(sentence(version));
    }
  });

  it('runs on 22.12 and every later version', () => {
    for (const version of ['v22.12.0', 'v22.23.3', 'v23.0.0', 'v24.21.0', 'v26.12.1', 'v100.0.0']) {
      expect(() => assertSupportedNode(version)).not.toThrow();
    }
  });

  it('is what package.json declares in engines', () => {
    const { engines } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(engines.node).toBe(`>=${OLDEST_SUPPORTED_NODE.major}.${OLDEST_SUPPORTED_NODE.minor}`);
  });
});

describe("the README's commands on Node.js 20", () => {
  // The project's package.json beside the check and the installed packages, nothing else: there a
  // script that the check failed to stop fails at once, instead of starting the stack or the suite.
  let project: string;
  beforeAll(() => {
    project = fs.mkdtempSync(path.join(os.tmpdir(), 'tura-scripts-'));
    fs.copyFileSync(path.join(root, 'package.json'), path.join(project, 'package.json'));
    fs.cpSync(path.join(root, 'lib/runtime'), path.join(project, 'lib/runtime'), { recursive: true });
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(project, 'node_modules'));
  });
  afterAll(() => fs.rmSync(project, { recursive: true, force: true }));

  it.each(['run dev', 'test'])('stop `npm %s` with that sentence before its script starts', (command) => {
    const args = command.split(' ');
    const run = spawnSync('npm', args, { cwd: project, env: oldNodeEnv('v20.20.2'), encoding: 'utf8' });
    expect(run.stderr.trim()).toBe(sentence('v20.20.2'));
    expect(run.stdout).not.toMatch(new RegExp(`^> tura@\\S+ ${args.at(-1)}$`, 'm'));
    expect(run.status).toBe(1);
  });
});
