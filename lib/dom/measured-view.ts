import { watchPage, type PageWatch } from './page-watch';
import { keptVerdicts, measuredRoots, reuseRoots, reuseVerdicts } from './visibility';

// What collect measured, kept for the insert that follows it: while the page has not changed in
// between (no mutation, no style sheet change, no running animation or transition, the same scroll
// position and window size), the fields are as visible as they were, and insert does not measure
// them again.

interface View {
  token: string;
  verdicts: Map<Element, boolean>;
  roots: readonly (Document | ShadowRoot)[];
  watch: PageWatch;
  scroll: [number, number];
  size: [number, number];
}

let kept: View | null = null;

function forget(): void {
  kept?.watch.stop();
  kept = null;
}

const viewOf = (): { scroll: [number, number]; size: [number, number] } => ({
  scroll: [window.scrollX, window.scrollY],
  size: [window.innerWidth, window.innerHeight],
});

function animating(): boolean {
  return typeof document.getAnimations === 'function' && document.getAnimations().some((a) => a.playState === 'running');
}

export interface Measured {
  verdicts: Map<Element, boolean>;
  roots: readonly (Document | ShadowRoot)[];
}

/** Inside collect's batch, after its fields were measured: what to keep. */
export function takeMeasured(elements: HTMLElement[]): Measured {
  return { verdicts: keptVerdicts(elements), roots: measuredRoots() };
}

/** After collect's batch (its hit-test sheets are gone again): keeps the verdicts and starts watching. */
export function keepView(token: string, measured: Measured): void {
  forget();
  kept = { token, verdicts: measured.verdicts, roots: measured.roots, watch: watchPage(measured.roots), ...viewOf() };
}

/** Called inside insert's batch: true when collect's verdicts still hold and were taken over. */
export function reuseView(token: string): boolean {
  const view = kept;
  forget();
  if (!view || view.token !== token) return false;
  const now = viewOf();
  const same =
    !view.watch.changed() &&
    !animating() &&
    now.scroll[0] === view.scroll[0] &&
    now.scroll[1] === view.scroll[1] &&
    now.size[0] === view.size[0] &&
    now.size[1] === view.size[1];
  if (same) {
    // No mutation since: no shadow root was attached either, and the page need not be walked again.
    reuseRoots(view.roots);
    reuseVerdicts(view.verdicts);
  }
  return same;
}
