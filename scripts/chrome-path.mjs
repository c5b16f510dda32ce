// Where the browser tests and the bench find Chrome or Chromium. Nothing is
// ever downloaded: CHROMIUM_PATH wins when set; then Debian's /usr/bin/chromium;
// then whatever chrome-launcher finds where Linux, macOS or Windows keep it.
// `node scripts/chrome-path.mjs` prints the path (`--check`: prints nothing),
// or one line saying what to install and exits 1, so that `npm test` stops
// before it starts.
import {accessSync, constants} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {Launcher} from 'chrome-launcher';

const DEBIAN = '/usr/bin/chromium';

function runnable(file) {
  try {
    accessSync(file, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The browser to drive, or undefined when this machine has none. */
export function findChrome() {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) return runnable(chosen) ? chosen : undefined;
  if (runnable(DEBIAN)) return DEBIAN;
  try {
    return Launcher.getInstallations().find(runnable);
  } catch {
    return undefined;
  }
}

export const NO_CHROME = process.env.CHROMIUM_PATH
  ? `CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which is not a browser that can be run; point it at Chrome or Chromium.`
  : 'No Chrome or Chromium found: install one (on Debian or Ubuntu: apt-get install chromium fonts-noto-cjk), or set CHROMIUM_PATH to its executable.';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const found = findChrome();
  if (found) {
    if (!process.argv.includes('--check')) console.log(found);
  } else {
    console.error(NO_CHROME);
    process.exit(1);
  }
}
