import type { PanelView } from '@/lib/panel/store';
import { strings } from '@/lib/panel/strings';
import { usePanel } from '@/lib/panel/use-panel';

type StatusView = Exclude<PanelView, { kind: 'ready' }>;

/** Every state that is not a summary: loading, no article, a page we may not touch, an error. */
export function StatusMessage({ view }: { view: StatusView }) {
  switch (view.kind) {
    case 'loading':
      return (
        <div className="status status--loading" role="status" aria-live="polite">
          <span className="spinner" aria-hidden="true" />
          <p className="status__title">{strings.loading}</p>
        </div>
      );
    case 'no-article':
      return (
        <div className="status" role="status">
          <p className="status__title">{strings.noArticleTitle}</p>
          <p className="status__hint">{strings.noArticleHint}</p>
        </div>
      );
    case 'needs-click':
      return <NeedsClick />;
    case 'restricted':
      return (
        <div className="status" role="status">
          <p className="status__title">{strings.restrictedTitle}</p>
          <p className="status__hint">{strings.restrictedReason[view.reason]}</p>
        </div>
      );
    case 'error':
      return (
        <div className="status status--error" role="alert">
          <p className="status__title">{strings.errorTitle}</p>
          <p className="status__hint">{view.message}</p>
          <p className="status__hint">{strings.errorHint}</p>
        </div>
      );
  }
}

/** Side panel on a page Quotelens may not read yet: the toolbar button grants it. */
function NeedsClick() {
  const tabId = usePanel((s) => s.tabId);
  const loadTab = usePanel((s) => s.loadTab);
  return (
    <div className="status status--needs-click" role="status">
      <span className="status__icon" aria-hidden="true" />
      <p className="status__title">{strings.needsClickTitle}</p>
      <p className="status__hint">{strings.needsClickHint}</p>
      {tabId != null ? (
        <button type="button" className="button" onClick={() => void loadTab(tabId)}>
          {strings.retry}
        </button>
      ) : null}
    </div>
  );
}
