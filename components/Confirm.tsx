// A destructive action asks first, in place: the button becomes a question with "Delete" and "Cancel".
// Focus moves to the question's confirm button and back to the trigger on cancel, so it works from the keyboard.
import { useEffect, useRef, useState } from 'preact/hooks';

export function ConfirmButton(props: {
  label: string;
  question: string;
  confirmLabel?: string;
  onConfirm: () => Promise<void> | void;
  class?: string;
}) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) triggerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking)
    return (
      <button type="button" ref={triggerRef} class={`dm-danger-link ${props.class ?? ''}`} onClick={() => setAsking(true)}>
        {props.label}
      </button>
    );
  return (
    <span class="dm-confirm" role="group" aria-label={props.question}>
      <span>{props.question}</span>{' '}
      <button
        type="button"
        ref={confirmRef}
        class="dm-danger"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          try {
            await props.onConfirm();
          } finally {
            setBusy(false);
            setAsking(false);
          }
        }}
        onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}
      >
        {props.confirmLabel ?? 'Delete'}
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)}>Cancel</button>
    </span>
  );
}
