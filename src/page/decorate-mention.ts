/**
 * Makes a wrapped mention announce and open its card. Inside a link or button the page's own
 * control keeps the focus and the click: the mention then opens on hover only, and is not made a
 * second focus stop (nested interactive elements confuse screen readers).
 */
export function decorateMention(element: HTMLElement, description: string): void {
  element.setAttribute('aria-haspopup', 'dialog');
  element.setAttribute('aria-description', description);
  if (element.closest('a[href], button, [role="button"], [role="link"], label, summary')) return;
  element.setAttribute('role', 'button');
  element.setAttribute('aria-expanded', 'false');
  element.tabIndex = 0;
}
