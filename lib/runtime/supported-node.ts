/**
 * The oldest Node.js Tura runs on, as `engines` in package.json says (a unit test keeps the two
 * equal): supabase-js needs 22, and the test tools (Vite under Vitest, axe) need 22.12.
 */
export const OLDEST_SUPPORTED_NODE = { major: 22, minor: 12 } as const;

/** Refuses a Node.js `version` ("v20.20.2") older than the oldest supported one, in one sentence. */
export function assertSupportedNode(version: string = process.version): void {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  const { major: oldestMajor, minor: oldestMinor } = OLDEST_SUPPORTED_NODE;
  if (major > oldestMajor || (major === oldestMajor && minor >= oldestMinor)) return;
  throw new Error(
    `This is Node.js ${version}, but Tura needs ${oldestMajor}.${oldestMinor} or newer (24 LTS recommended): its Supabase client and test tools do not run on older versions.`,
  );
}
