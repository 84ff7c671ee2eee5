import { warmUpFormats } from './format.ts';

let scheduled = false;

/**
 * While the page waits for the shop's code (the network, not the processor, is busy), creates the
 * date formatters opening a product needs (each new Intl formatter loads locale data: tens of ms on
 * a phone), so the shopper's click does not pay for them. Once per page, in idle time, and not
 * cancelled when the placeholder goes (the work is needed anyway). WebGL is probed by the preview
 * itself, after its sketch is painted (preview-capture.ts).
 */
export function warmUpConfigurator(): void {
  if (scheduled || typeof window === 'undefined' || typeof window.requestIdleCallback !== 'function') return;
  scheduled = true;
  window.requestIdleCallback(() => warmUpFormats());
}
