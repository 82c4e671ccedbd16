import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_NAMESPACES, clientMessages } from '@/lib/i18n/client-messages';
import pl from '@/messages/pl.json';

const root = path.join(import.meta.dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const sourceFiles = (folder: string) =>
  fs
    .readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => path.posix.join(folder, file.split(path.sep).join('/')));

/** The modules a module imports from this repository, as paths from the root with their extension. */
function localImports(file: string): string[] {
  return [...read(file).matchAll(/\bfrom\s*['"]((?:@\/|\.)[^'"]+)['"]/g)].flatMap(([, specifier]) => {
    const target = specifier!.startsWith('@/') ? specifier!.slice(2) : path.posix.join(path.posix.dirname(file), specifier!);
    return ['.tsx', '.ts', '/index.ts'].map((extension) => target + extension).filter((candidate) => fs.existsSync(path.join(root, candidate)));
  });
}

/** Every module that runs in the browser: the `'use client'` ones and all they import. */
function clientModules(): string[] {
  const found = new Set(['app', 'components'].flatMap(sourceFiles).filter((file) => /^['"]use client['"]/.test(read(file))));
  for (const file of found) for (const imported of localImports(file)) found.add(imported);
  return [...found];
}

const namespaces = Object.keys(pl);
const named = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match.slice(1).find(Boolean)!).filter((name) => namespaces.includes(name));

/**
 * The namespaces a client module reads from the provider: `useTranslations('X')`, `messages="X"`,
 * a key in full (`'X.y'`). Not a translator a module makes of a catalogue it imports itself.
 */
const readInBrowser = (file: string) => named(read(file).replace(/namespace:\s*'[^']*'/g, ''), /['"]([A-Z][A-Za-z]+)(?:\.[A-Za-z.]+)?['"]/g);

/** The namespaces of the message keys a server action answers with, which its form puts in words. */
const answeredByActions = (file: string) => named(read(file), /(?:message|formError):\s*'([A-Z][A-Za-z]+)\.|ActionRefusal\('([A-Z][A-Za-z]+)\./g);

describe('messages sent to the browser', () => {
  const server = ['lib/actions', 'lib/schemas'].flatMap(sourceFiles);
  const needed = new Set([...clientModules().flatMap(readInBrowser), ...server.flatMap(answeredByActions)]);

  it('include every namespace that client components and the answers of server actions name', () => {
    expect([...needed].filter((name) => !(CLIENT_NAMESPACES as readonly string[]).includes(name)).sort()).toEqual([]);
  });

  it('include no namespace that nothing in the browser reads', () => {
    expect(CLIENT_NAMESPACES.filter((name) => !needed.has(name))).toEqual([]);
  });

  it('leave out what only the server writes: e-mails, the summary document, the pages of the server', () => {
    const sent = clientMessages(pl);
    expect(Object.keys(sent).sort()).toEqual([...CLIENT_NAMESPACES].sort());
    for (const serverOnly of ['SummaryDocument', 'OpinionEmails', 'Layout', 'Register']) expect(sent).not.toHaveProperty(serverOnly);
    expect(JSON.stringify(sent).length).toBeLessThan(0.8 * JSON.stringify(pl).length);
  });
});
