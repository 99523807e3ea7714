// The small card that explains one highlighted fact. It lives in the <dealmark-ui> shadow root; every string
// it shows (page text included) is rendered as text by Preact, never as HTML.
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { FactDescription } from '../lib/highlight/describe';
import cardCss from './FactCard.css?inline';

export { cardCss };

export interface FactCardProps {
  d: FactDescription;
  kind: string;
  index: number;
  total: number;
  /** Viewport position of the card's top-left corner. */
  x: number;
  y: number;
  focus: boolean;
  onClose(): void;
  onMove(dir: 1 | -1): void;
}

export function FactCard(p: FactCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (p.focus) ref.current?.focus({ preventScroll: true });
  }, [p.focus, p.index]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      p.onClose();
    } else if (e.key === 'Tab') {
      e.preventDefault();
      p.onMove(e.shiftKey ? -1 : 1);
    }
  };
  const kindClass = p.d.primary ? p.kind : 'mentioned';
  return (
    <div
      ref={ref}
      class="dm-card"
      role="dialog"
      aria-label={`${p.d.label}: ${p.d.text}`}
      tabIndex={-1}
      style={{ left: `${p.x}px`, top: `${p.y}px` }}
      onKeyDown={onKeyDown}
      data-kind={p.kind}
    >
      <div class={`dm-kind dm-kind-${kindClass}`}>
        <span class="dm-swatch" aria-hidden="true" />
        <span>{p.d.primary ? p.d.label : `${p.d.label} · mentioned`}</span>
      </div>
      <div class="dm-value">{p.d.value}</div>
      <div class="dm-role">{p.d.role}</div>
      {p.d.history.length ? (
        <ul class="dm-history" aria-label="Earlier rounds">
          <li class="dm-history-title">Earlier rounds</li>
          {p.d.history.map((line) => <li key={line}>{line}</li>)}
        </ul>
      ) : null}
      <div class="dm-nav">
        <button type="button" aria-label="Previous fact" onClick={() => p.onMove(-1)}>‹</button>
        <span>{p.index + 1} / {p.total}</span>
        <button type="button" aria-label="Next fact" onClick={() => p.onMove(1)}>›</button>
        <span class="dm-grow" />
        <button type="button" aria-label="Close" onClick={p.onClose}>Esc</button>
      </div>
    </div>
  );
}

/** Renders (or clears, with null) the card into a container inside our shadow root. */
export function renderFactCard(container: Element, props: FactCardProps | null): void {
  render(props ? <FactCard {...props} /> : null, container);
}
