import { useEffect, useState } from 'react';
import { disableAutorun, enableAutorun, isAutorunEnabled } from '@/lib/autorun/autorun';
import { strings } from '@/lib/panel/strings';

/** The autorun calls, injectable so tests need no browser. */
export interface AutorunApi {
  enable(origin: string): Promise<boolean>;
  disable(origin: string): Promise<void>;
  isEnabled(origin: string): Promise<boolean>;
}

export const browserAutorunApi: AutorunApi = {
  enable: (origin) => enableAutorun(origin),
  disable: (origin) => disableAutorun(origin),
  isEnabled: (origin) => isAutorunEnabled(origin),
};

export interface AutorunState {
  /** null until the current setting is known. */
  enabled: boolean | null;
  busy: boolean;
  message: string | null;
  /** Call straight from the click handler: the permission request needs the user gesture. */
  toggle(): void;
}

/** "Run automatically on this site" for one origin: reads the setting, flips it on request. */
export function useAutorun(origin: string, api: AutorunApi = browserAutorunApi): AutorunState {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.isEnabled(origin).then(
      (value) => live && setEnabled(value),
      () => live && setEnabled(false),
    );
    return () => {
      live = false;
    };
  }, [origin, api]);

  const toggle = () => {
    if (enabled === null || busy) return;
    // The request starts before any await, inside the click, or the browser refuses it.
    const change = enabled ? api.disable(origin).then(() => false) : api.enable(origin);
    setBusy(true);
    setMessage(null);
    change.then(
      (nowEnabled) => {
        setEnabled(nowEnabled);
        if (!enabled && !nowEnabled) setMessage(strings.autorunDeclined);
      },
      () => setMessage(strings.autorunFailed),
    ).finally(() => setBusy(false));
  };

  return { enabled, busy, message, toggle };
}
