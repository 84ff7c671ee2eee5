import { sha256Hex } from '../domain/sha256.ts';

/**
 * Sales sign-in, as a LOCAL DEMO, not security: anyone can read this bundle and try PINs. The
 * staff PIN and the manager's code are stored only as SHA-256 hashes (demo values: staff PIN
 * "2468", manager code "1357"; see README). Real deployments need sign-in on the server.
 */
export const SALES_ACCESS = {
  staffPinSha256: 'a1fb4e703a9ef1fa4936801721ff285a97ac85330856674412e054892afe6972',
  managerCodeSha256: 'f3e055913a0b1eb0f07317896f9a1bc466b9a50db85a7f882f3ffde9ffb23aca',
} as const;

/** Who is signed in to sales mode in this tab (sessionStorage: gone when the tab closes). */
export const SALES_SESSION_KEY = 'made-to-order:sales-session';

export async function isStaffPin(pin: string): Promise<boolean> {
  return (await sha256Hex(pin.trim())) === SALES_ACCESS.staffPinSha256;
}

export async function isManagerCode(code: string): Promise<boolean> {
  return (await sha256Hex(code.trim())) === SALES_ACCESS.managerCodeSha256;
}

export function signedInStaff(): string | null {
  try {
    const name = window.sessionStorage.getItem(SALES_SESSION_KEY);
    return name && name.trim() ? name : null;
  } catch {
    return null;
  }
}

export function signInStaff(name: string): void {
  try {
    window.sessionStorage.setItem(SALES_SESSION_KEY, name.trim());
  } catch {
    // Without session storage the sign-in lasts until the page is reloaded.
  }
}

export function signOutStaff(): void {
  try {
    window.sessionStorage.removeItem(SALES_SESSION_KEY);
  } catch {
    // Nothing stored.
  }
}
