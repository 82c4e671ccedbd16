/**
 * Makes sure Playwright has a Chromium to drive: the system's (/usr/bin/chromium, or CHROMIUM_PATH)
 * where there is one, as on our machines, which cannot download browsers; otherwise Playwright's own,
 * downloaded once, as on a developer's laptop.
 */
import { execFileSync } from 'node:child_process';
import { systemChromium } from './chromium';

if (!systemChromium) {
  console.log('No system Chromium found: installing the one Playwright ships.');
  execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
}
