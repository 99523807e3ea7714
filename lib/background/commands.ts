// Keyboard commands (declared in wxt.config.ts): next-fact / previous-fact move the page's focus between the
// highlighted facts. The background only forwards the command to the active tab's content script.

/** What the background sends a tab's content script for a command. */
export interface FactNav {
  type: 'dealmark:fact-nav';
  dir: 1 | -1;
}

export function isFactNav(msg: unknown): msg is FactNav {
  return (
    typeof msg === 'object' && msg !== null && (msg as FactNav).type === 'dealmark:fact-nav' &&
    ((msg as FactNav).dir === 1 || (msg as FactNav).dir === -1)
  );
}

export function factNavFor(command: string): FactNav | null {
  if (command === 'next-fact') return { type: 'dealmark:fact-nav', dir: 1 };
  if (command === 'previous-fact') return { type: 'dealmark:fact-nav', dir: -1 };
  return null;
}

/** Forwards a command to the tab (the active one of the current window unless given). */
export async function sendFactNav(command: string, tabId?: number): Promise<boolean> {
  const msg = factNavFor(command);
  if (!msg) return false;
  let id = tabId;
  if (id === undefined) {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    id = tab?.id;
  }
  if (id === undefined) return false;
  // A tab without our content script simply has no listener: that is not an error worth showing.
  return browser.tabs.sendMessage(id, msg).then(() => true, () => false);
}

export function watchCommands(): void {
  browser.commands?.onCommand.addListener((command: string, tab?: { id?: number }) => {
    void sendFactNav(command, tab?.id);
  });
}
