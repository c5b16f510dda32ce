import type {ClientModule} from '@docusaurus/types';

/**
 * A page opened at a fragment (`…/operational#revenue-share`) is scrolled to
 * its target by the browser as soon as it is parsed, while the guide's
 * figures above the target still have their stand-in height: a figure is laid
 * out only as it nears the screen (`content-visibility` in GuideFigure). The
 * browser keeps the target in place while the page loads, but the page can
 * finish loading before the app has started (plugins/paint-first.ts), and a
 * figure above that settles after that moves the target up under the navbar.
 * Once the app has started, the target is put back where the browser meant
 * it to be, unless the reader has already scrolled away from it.
 *
 * Returns whether it scrolled.
 */
export function settleFragmentTarget(doc: Document, win: Window, hash: string): boolean {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return false;
  }
  const target = id ? doc.getElementById(id) : null;
  if (!target) return false;
  const margin = Number.parseFloat(win.getComputedStyle(target).scrollMarginTop) || 0;
  const drift = target.getBoundingClientRect().top - margin;
  // in place already, or so far off that the reader has moved on
  if (Math.abs(drift) < 2 || Math.abs(drift) > win.innerHeight / 2) return false;
  target.scrollIntoView({block: 'start', behavior: 'instant'});
  return true;
}

const fragmentTarget: ClientModule = {
  onRouteDidUpdate({location, previousLocation}) {
    // only the page the reader opened; the router scrolls for in-app links
    if (previousLocation || !location.hash) return;
    settleFragmentTarget(document, window, location.hash);
  },
};

export default fragmentTarget;
