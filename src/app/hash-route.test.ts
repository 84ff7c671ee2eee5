// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { currentRoute, designProductId, isDesignHash, routeFromHash, routeHref, subscribeToRoute } from './hash-route.ts';

describe('routeFromHash', () => {
  it('reads the workbench route, tolerating a trailing slash, a query and case', () => {
    for (const hash of ['#/workbench', '#/workbench/', '#/workbench?sample=desk', '#/Workbench']) expect(routeFromHash(hash), hash).toBe('workbench');
  });

  it('reads the production route the same way', () => {
    for (const hash of ['#/production', '#/production/', '#/Production?status=received']) expect(routeFromHash(hash), hash).toBe('production');
    for (const hash of ['#/productions', '#/production-x', 'production']) expect(routeFromHash(hash), hash).toBe('shop');
  });

  it('treats the empty, root, unknown and in-page hashes as the shop', () => {
    for (const hash of ['', '#', '#/', '#/nowhere', '#main', '#/workbenchx', 'workbench']) expect(routeFromHash(hash), hash).toBe('shop');
  });

  it('opens share links in the shop', () => {
    for (const hash of ['#/design/standing-desk/2026.11.2?s=1&c=e30', '#/Design/x/1']) {
      expect(routeFromHash(hash), hash).toBe('shop');
      expect(isDesignHash(hash), hash).toBe(true);
    }
    for (const hash of ['', '#/', '#/workbench', '#/designs', '#main']) expect(isDesignHash(hash), hash).toBe(false);
  });

  it('reads the product a share link names (for the placeholder while the shop loads), and nothing from other or broken hashes', () => {
    expect(designProductId('#/design/standing-desk/2026.11.2?s=1&c=e30')).toBe('standing-desk');
    expect(designProductId('#/Design/modular%20shelving/1')).toBe('modular shelving');
    for (const hash of ['#/', '#/workbench', '#/design/', '#/design/%E0%A4%A/1', '#/designs/x/1']) expect(designProductId(hash), hash).toBeNull();
  });

  it('round-trips its own links', () => {
    expect(routeFromHash(routeHref.shop)).toBe('shop');
    expect(routeFromHash(routeHref.workbench)).toBe('workbench');
    expect(routeFromHash(routeHref.production)).toBe('production');
  });
});

describe('subscribeToRoute', () => {
  it('follows hash changes until unsubscribed', () => {
    const onChange = vi.fn();
    const unsubscribe = subscribeToRoute(onChange);
    window.location.hash = routeHref.workbench;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(onChange).toHaveBeenCalled();
    expect(currentRoute()).toBe('workbench');
    unsubscribe();
    onChange.mockClear();
    window.location.hash = routeHref.shop;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(onChange).not.toHaveBeenCalled();
    expect(currentRoute()).toBe('shop');
  });
});
