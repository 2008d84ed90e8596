import { usePanel } from '@/lib/panel/use-panel';
import { strings } from '@/lib/panel/strings';

/** Forget what Quotelens learnt on this site, or on every site. */
export function SiteMemoryControls() {
  const change = usePanel((s) => s.changeSiteMemory);
  const busy = usePanel((s) => s.memoryBusy);
  return (
    <div className="site-memory">
      <h3 className="site-memory__title">{strings.siteMemoryTitle}</h3>
      <p className="site-memory__hint">{strings.siteMemoryHint}</p>
      <div className="site-memory__buttons">
        <button type="button" className="button button--small" disabled={busy} onClick={() => void change('site')}>
          {strings.forgetSite}
        </button>
        <button type="button" className="button button--small" disabled={busy} onClick={() => void change('all')}>
          {strings.clearAllSites}
        </button>
      </div>
    </div>
  );
}
