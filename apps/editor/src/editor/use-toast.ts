import { useCallback, useEffect, useRef, useState } from 'react';

/** A short message that fades after a few seconds (connection refused, copied, restored). */
export function useToast(): [string | null, (text: string) => void] {
  const [text, setText] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const show = useCallback((next: string) => {
    setText(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setText(null), 4000);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  return [text, show];
}
