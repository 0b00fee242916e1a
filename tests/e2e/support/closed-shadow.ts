import type { CDPSession, Page } from '@playwright/test';

/**
 * Reads the card's closed shadow root the way only a debugger can (CDP with `pierce`):
 * page scripts and Playwright locators cannot see into it, which is the point.
 */
interface CdpNode {
  nodeType: number;
  backendNodeId?: number;
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
    return await shadowRootWith(cdp);
  } finally {
    await cdp.detach();
  }
}

async function shadowRootWith(cdp: CDPSession): Promise<CdpNode | undefined> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const host = findNode(root, (node) => node.nodeName === CARD_HOST);
  return host?.shadowRoots?.[0];
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the open card is drawn, in CSS pixels of the viewport; undefined when no card is open. */
export async function cardBox(page: Page): Promise<Box | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const shadow = await shadowRootWith(cdp);
    const layer = shadow && findNode(shadow, (node) => node.nodeName === 'DIV');
    const card = layer?.children?.find((child) => child.nodeType === 1);
    if (!card?.backendNodeId) return undefined;
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: card.backendNodeId })) as {
      model: { border: number[]; width: number; height: number };
    };
    const [x = 0, y = 0] = model.border;
    return { x, y, width: model.width, height: model.height };
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

/** Where the card's first link is drawn (viewport CSS pixels); undefined when there is none. */
export async function firstLinkBox(page: Page): Promise<Box | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const shadow = await shadowRootWith(cdp);
    const link = shadow && findNode(shadow, (node) => node.nodeName === 'A');
    if (!link?.backendNodeId) return undefined;
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: link.backendNodeId })) as {
      model: { border: number[]; width: number; height: number };
    };
    const [x = 0, y = 0] = model.border;
    return { x, y, width: model.width, height: model.height };
  } finally {
    await cdp.detach();
  }
}

/**
 * Activates, as a keyboard reader would (focus, then Enter: a trusted click), the first element in
 * the card whose attribute `name` has `value`; false when the card has no such element.
 */
export async function activateInCard(page: Page, name: string, value: string): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const shadow = await shadowRootWith(cdp);
    const node =
      shadow &&
      findNode(shadow, (n) => {
        const attributes = n.attributes ?? [];
        for (let i = 0; i < attributes.length; i += 2)
          if (attributes[i] === name && attributes[i + 1] === value) return true;
        return false;
      });
    if (!node?.backendNodeId) return false;
    await cdp.send('DOM.focus', { backendNodeId: node.backendNodeId });
  } finally {
    await cdp.detach();
  }
  await page.keyboard.press('Enter');
  return true;
}
