import type { APIRequestContext, APIResponse } from '@playwright/test';
import { readFileSync } from 'node:fs';

interface ManifestAction {
  exportedName: string;
  workers: Record<string, unknown>;
}

/** Every server action of the build, by id. */
export function manifestActions(): [id: string, action: ManifestAction][] {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as { node: Record<string, ManifestAction> };
  return Object.entries(manifest.node);
}

/** A server action of the build: its id, and a page that serves it. */
export function findAction(name: string): { id: string; path: string } {
  const entry = manifestActions().find(([, action]) => action.exportedName === name);
  if (!entry) throw new Error(`No server action ${name} in the build`);
  // A page that serves the action: 'app/[locale]/(app)/panel/uzytkownicy/[id]/page' → '/panel/uzytkownicy/<id>'.
  const worker = Object.keys(entry[1].workers)[0]!;
  const path = worker
    .replace(/^app\/\[locale\]/, '')
    .replace(/\/\([^)]+\)/g, '')
    .replace(/\/page$/, '')
    .replace(/\[\w+\]/g, '00000000-0000-4000-8000-000000000000');
  return { id: entry[0], path: path || '/' };
}

/** Posts to a server action directly, as a script would: the action's id and its input, no page, no form. */
export function postAction(request: APIRequestContext, name: string, input: unknown, headers: Record<string, string> = {}): Promise<APIResponse> {
  const action = findAction(name);
  return request.post(action.path, {
    headers: { 'Next-Action': action.id, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component', ...headers },
    data: JSON.stringify([input]),
    maxRedirects: 0,
  });
}
