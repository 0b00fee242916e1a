import { browser } from 'wxt/browser';

/** The match pattern for one origin's host ("https://packs.example/*"); any port of that host. */
export function originPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  const host = hostname.includes(':') && !hostname.startsWith('[') ? `[${hostname}]` : hostname;
  return `${protocol}//${host}/*`;
}

export interface PermissionsApi {
  request(permissions: { origins: string[] }): Promise<boolean>;
}

/**
 * Asks for the optional host permission of this one origin. Must be called straight from the
 * reader's click, before any other await: browsers only show the prompt during a user gesture.
 * Resolves true at once, without a prompt, when the permission is already granted.
 */
export async function askForOrigin(
  url: string,
  permissions: PermissionsApi = browser.permissions,
): Promise<boolean> {
  try {
    return await permissions.request({ origins: [originPattern(url)] });
  } catch {
    return false;
  }
}
