import type { Page } from '@playwright/test';

interface CdpNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

export interface ShadowElement {
  name: string;
  attributes: Record<string, string>;
}

/**
 * Every element inside the card host's closed shadow root, read through CDP (`pierce: true`), with
 * its attributes. `undefined` when there is no card host.
 */
export async function cardShadowElements(page: Page): Promise<ShadowElement[] | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = find(root, (n) => n.nodeName === 'KONTEKS-CARD-HOST');
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return undefined;
    const out: ShadowElement[] = [];
    const walk = (node: CdpNode) => {
      if (node.nodeType === 1) {
        const attributes: Record<string, string> = {};
        const list = node.attributes ?? [];
        for (let i = 0; i < list.length; i += 2) attributes[list[i] ?? ''] = list[i + 1] ?? '';
        out.push({ name: node.nodeName, attributes });
      }
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) walk(child);
      if (node.contentDocument) walk(node.contentDocument);
    };
    for (const child of shadow.children ?? []) walk(child);
    return out;
  } finally {
    await cdp.detach();
  }
}

function find(node: CdpNode, predicate: (node: CdpNode) => boolean): CdpNode | undefined {
  if (predicate(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = find(child, predicate);
    if (found) return found;
  }
  return undefined;
}
