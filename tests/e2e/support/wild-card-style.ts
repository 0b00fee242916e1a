import type { CDPSession, Page } from '@playwright/test';

interface CdpNode {
  nodeType: number;
  backendNodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/**
 * Computed style of the open card (the first element in the card's layer), read through CDP: the
 * card lives in a closed shadow root, which page scripts and locators cannot enter.
 */
export async function cardComputedStyle(page: Page, properties: string[]): Promise<Record<string, string>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const backendNodeId = await cardBackendId(cdp);
    if (backendNodeId === undefined) return {};
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { nodeIds } = (await cdp.send('DOM.pushNodesByBackendIdsToFrontend', {
      backendNodeIds: [backendNodeId],
    })) as { nodeIds: number[] };
    const nodeId = nodeIds[0];
    if (!nodeId) return {};
    const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId })) as {
      computedStyle: { name: string; value: string }[];
    };
    const wanted = new Set(properties);
    return Object.fromEntries(
      computedStyle.filter((p) => wanted.has(p.name)).map((p) => [p.name, p.value] as const),
    );
  } finally {
    await cdp.detach();
  }
}

async function cardBackendId(cdp: CDPSession): Promise<number | undefined> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const host = find(root, (n) => n.nodeName === 'KONTEKS-CARD-HOST');
  const layer = host?.shadowRoots?.[0] && find(host.shadowRoots[0], (n) => n.nodeName === 'DIV');
  return layer?.children?.find((child) => child.nodeType === 1)?.backendNodeId;
}

function find(node: CdpNode, predicate: (node: CdpNode) => boolean): CdpNode | undefined {
  if (predicate(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = find(child, predicate);
    if (found) return found;
  }
  return undefined;
}

/** Relative luminance (0 black … 1 white) of a CSS `rgb()`/`rgba()` colour. */
export function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}
