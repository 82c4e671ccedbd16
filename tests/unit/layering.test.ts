import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.join(import.meta.dirname, '../..');

/** Every TypeScript file below a folder of the repository, as a path from the root. */
function sourceFiles(folder: string): string[] {
  return fs
    .readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => path.posix.join(folder, file.split(path.sep).join('/')));
}

/**
 * What a file imports, each as a path from the repository root ("lib/env") or a package name
 * ("next/headers"): static imports and re-exports, side-effect imports and dynamic imports.
 */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const specifiers = [...text.matchAll(/\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]|\brequire\(\s*['"]([^'"]+)['"]/g)].map(
    (match) => match[1] ?? match[2] ?? match[3] ?? '',
  );
  return specifiers.map((specifier) => {
    if (specifier.startsWith('@/')) return specifier.slice(2);
    if (specifier.startsWith('.')) return path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
    return specifier;
  });
}

/** Whether `target` is the module `name` or something inside it ("next" covers "next/headers"). */
const within = (target: string, name: string) => target === name || target.startsWith(`${name}/`);

function violations(files: string[], forbidden: string[]): string[] {
  return files.flatMap((file) => importsOf(file).filter((target) => forbidden.some((name) => within(target, name))).map((target) => `${file} → ${target}`));
}

describe('layering', () => {
  it('keeps lib free of components: the UI depends on lib, never the other way round', () => {
    expect(violations(sourceFiles('lib'), ['components'])).toEqual([]);
  });

  it.each(['lib/schedule', 'lib/summary'])('keeps %s pure: no database clients, environment, server-only modules or Next.js APIs', (folder) => {
    const io = ['@supabase', 'lib/supabase', 'lib/db', 'lib/env', 'server-only', 'next'];
    expect(violations(sourceFiles(folder), io)).toEqual([]);
  });

  it('keeps lib/schedule from reaching the network or the environment without an import', () => {
    const found = sourceFiles('lib/schedule').filter((file) => /\bfetch\s*\(|\bprocess\.env\b/.test(fs.readFileSync(path.join(root, file), 'utf8')));
    expect(found).toEqual([]);
  });

  it('leaves Warsaw time to one module, and to next-intl for the pages', () => {
    // A second formatter with its own time zone is how a second, diverging conversion starts.
    const files = ['app', 'components', 'lib'].flatMap(sourceFiles);
    const own = files.filter((file) => /\btimeZone\s*:/.test(fs.readFileSync(path.join(root, file), 'utf8')));
    expect(own.sort()).toEqual(['lib/i18n/request.ts', 'lib/schedule/warsaw-time.ts']);
  });

  it('reads the import lines it checks', () => {
    // The checks above pass trivially if no import is found; these files are known to import.
    expect(importsOf('lib/schedule/resolve.ts')).toContain('lib/schedule/conflicts');
    expect(importsOf('lib/supabase/server.ts')).toEqual(expect.arrayContaining(['server-only', '@supabase/supabase-js', 'lib/env']));
  });
});
