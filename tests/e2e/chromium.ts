import { existsSync } from 'node:fs';

/** The system's Chromium, when it has one. */
export const systemChromium: string | undefined =
  process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
