import { useId } from 'react';
import { autorunOrigin } from '@/lib/panel/autorun-origin';
import { strings } from '@/lib/panel/strings';
import { browserAutorunApi, useAutorun, type AutorunApi } from '@/lib/panel/use-autorun';

/** In the popup: lets the reader have Quotelens open by itself on this site (asks for that site only). */
export function AutorunSwitch({ pageUrl, api = browserAutorunApi }: { pageUrl: string; api?: AutorunApi }) {
  const origin = autorunOrigin(pageUrl);
  if (!origin) return null;
  return <AutorunCheckbox origin={origin} api={api} />;
}

function AutorunCheckbox({ origin, api }: { origin: string; api: AutorunApi }) {
  const { enabled, busy, message, toggle } = useAutorun(origin, api);
  const hintId = useId();
  return (
    <div className="autorun-row">
      <label className="autorun" title={strings.autorunHint}>
        <input
          type="checkbox"
          checked={enabled ?? false}
          disabled={enabled === null || busy}
          aria-describedby={hintId}
          onChange={toggle}
        />
        <span>{strings.autorun}</span>
      </label>
      <p id={hintId} className="autorun-row__hint">
        {message ?? strings.autorunHint}
      </p>
    </div>
  );
}
