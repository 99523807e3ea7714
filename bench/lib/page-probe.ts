// What the bench and the robustness suite install in every page's MAIN world before any page script
// (context.addInitScript): a long-task observer, a listener for the test build's `{source:'dealmark', reply}`
// posts, a dialog/error tally, and a MutationObserver that records every DOM change except our own
// `<dealmark-ui>` shadow host and its subtree. Everything lands in `window.__dmProbe`.
// The function is serialized by Playwright, so it must not close over anything.

export interface ProbeState {
  longtasks: { start: number; duration: number }[];
  replies: string[];
  /** The test build's `{source:'dealmark-saved'}` posts: the page's rounds were saved (or why not). */
  saved: string[];
  mutations: string[];
  mutationCount: number;
  errors: string[];
  hostSeen: boolean;
}

export function installPageProbe(): void {
  const w = window as unknown as { __dmProbe?: ProbeState };
  if (w.__dmProbe) return;
  const state: ProbeState = { longtasks: [], replies: [], saved: [], mutations: [], mutationCount: 0, errors: [], hostSeen: false };
  Object.defineProperty(window, '__dmProbe', { value: state, enumerable: false });
  // Kept before the page can replace them (a hostile page may redefine Array.prototype.map etc.).
  const push = Array.prototype.push;
  const HOST = 'DEALMARK-UI';
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) push.call(state.longtasks, { start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task support: the list stays empty and the report says so through its counts.
  }
  window.addEventListener('message', (e: MessageEvent) => {
    const d = e.data as { source?: unknown; reply?: unknown } | null;
    if (d && typeof d === 'object' && d.source === 'dealmark') push.call(state.replies, String(d.reply));
    if (d && typeof d === 'object' && d.source === 'dealmark-saved') push.call(state.saved, String((d as { saved?: unknown }).saved));
  });
  window.addEventListener('error', (e) => push.call(state.errors, String((e as ErrorEvent).message)));
  // No Array.prototype methods below: a hostile page may have replaced them; plain loops cannot be.
  // Walks up only once our host exists: before that nothing can be inside it (and a 50,000-deep page would
  // make every walk quadratic).
  const inHost = (n: Node | null): boolean => {
    if (!state.hostSeen) return false;
    for (let x: Node | null = n; x; x = x.parentNode ?? (x as unknown as ShadowRoot).host ?? null) {
      if (x.nodeName === HOST) return true;
    }
    return false;
  };
  const describe = (n: Node): string =>
    n.nodeType === 1 ? '<' + (n as Element).localName + ((n as Element).id ? '#' + (n as Element).id : '') + '>' : n.nodeName;
  const list = (nodes: NodeList): [string, number] => {
    let out = '';
    let foreign = 0;
    for (let i = 0; i < nodes.length; i++) {
      if (nodes[i]!.nodeName === HOST) continue;
      foreign++;
      out += (out ? ',' : '') + describe(nodes[i]!);
    }
    return [out, foreign];
  };
  const note = (text: string) => {
    state.mutationCount++;
    if (state.mutations.length < 20) push.call(state.mutations, text);
  };
  const observer = new MutationObserver((records) => {
    for (let i = 0; i < records.length; i++) {
      const r = records[i]!;
      for (let k = 0; k < r.addedNodes.length; k++) if (r.addedNodes[k]!.nodeName === HOST) state.hostSeen = true;
      if (inHost(r.target)) continue;
      if (r.type === 'childList') {
        const [added, a] = list(r.addedNodes);
        const [removed, b] = list(r.removedNodes);
        if (a + b > 0) note('childList on ' + describe(r.target) + ': +' + added + ' -' + removed);
      } else {
        note(r.type + ' on ' + describe(r.target) + (r.attributeName ? ' @' + r.attributeName : ''));
      }
    }
  });
  document.addEventListener('securitypolicyviolation', (e) =>
    push.call(state.errors, 'csp: ' + e.violatedDirective + ' blocked ' + e.blockedURI + ' from ' + (e.sourceFile || '?')),
  );
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  // The parser's own insertions are not changes to the page: start counting once the document is parsed
  // (DOMContentLoaded fires before the content script's document_idle injection).
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      observer.takeRecords();
      state.mutations.length = 0;
      state.mutationCount = 0;
    },
    { once: true },
  );
  (window as unknown as { __dmStopMutations: () => void }).__dmStopMutations = () => observer.disconnect();
}

/**
 * The probe as init-script source. tsx/esbuild wrap named functions in a `__name(...)` helper that does not
 * exist in the page, so the serialized function gets a private stand-in (never a page global).
 */
export function pageProbeScript(): { content: string } {
  return { content: `(() => { const __name = (f) => f; (${installPageProbe.toString()})(); })();` };
}
