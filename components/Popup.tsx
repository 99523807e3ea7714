import { useEffect, useState } from 'preact/hooks';
import type { TabState } from '@/lib/background/tab-state';
import type { Reply } from '@/lib/messages';

async function currentTabId(): Promise<number | undefined> {
  const fromUrl = new URLSearchParams(location.search).get('tab');
  if (fromUrl && /^\d+$/.test(fromUrl)) return Number(fromUrl);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function Popup() {
  const [state, setState] = useState<TabState | null | 'loading' | 'error'>('loading');
  useEffect(() => {
    (async () => {
      const tabId = await currentTabId();
      if (tabId === undefined) return setState(null);
      const reply = (await browser.runtime.sendMessage({ type: 'tab-state', tabId })) as Reply<TabState | null>;
      setState(reply.ok ? reply.value : 'error');
    })().catch(() => setState('error'));
  }, []);
  return (
    <main class="dm-popup">
      <h1>Dealmark</h1>
      <p role="status">
        {state === 'loading'
          ? 'Reading this page…'
          : state === 'error'
            ? 'Dealmark could not reach its background. Try reopening the popup.'
            : state === null
              ? 'Click to read this page.'
              : state.rounds.length === 0
                ? 'No funding round found on this page.'
                : `${state.rounds.length} funding round(s) on this page.`}
      </p>
    </main>
  );
}
