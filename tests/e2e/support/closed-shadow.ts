import type { Page } from '@playwright/test';

/**
 * Reads the card's closed shadow root the way only a debugger can (CDP with `pierce`):
 * page scripts and Playwright locators cannot see into it, which is the point.
 */
interface CdpNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  shadowRootType?: string;
}

const CARD_HOST = 'KONTEKS-CARD-HOST';

async function cardShadowRoot(page: Page): Promise<CdpNode | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = findNode(root, (node) => node.nodeName === CARD_HOST);
    return host?.shadowRoots?.[0];
  } finally {
    await cdp.detach();
  }
}

function findNode(node: CdpNode, predicate: (node: CdpNode) => boolean): CdpNode | undefined {
  if (predicate(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = findNode(child, predicate);
    if (found) return found;
  }
  return undefined;
}

function collect(node: CdpNode, visit: (node: CdpNode) => void): void {
  visit(node);
  if (node.nodeName === 'STYLE') return;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) collect(child, visit);
}

/** The visible text of the open card, or '' when no card is shown. */
export async function readShadowText(page: Page): Promise<string> {
  const shadow = await cardShadowRoot(page);
  if (!shadow) return '';
  const parts: string[] = [];
  collect(shadow, (node) => {
    if (node.nodeType === 3 && node.nodeValue.trim()) parts.push(node.nodeValue.trim());
  });
  return parts.join(' ');
}

/** Every link target inside the card. */
export async function shadowLinks(page: Page): Promise<string[]> {
  const shadow = await cardShadowRoot(page);
  if (!shadow) return [];
  const links: string[] = [];
  collect(shadow, (node) => {
    if (node.nodeName !== 'A') return;
    const attributes = node.attributes ?? [];
    const at = attributes.indexOf('href');
    if (at >= 0) links.push(attributes[at + 1] ?? '');
  });
  return links;
}

/** 'closed', 'open', or undefined when there is no card host. */
export async function shadowRootMode(page: Page): Promise<string | undefined> {
  return (await cardShadowRoot(page))?.shadowRootType;
}
