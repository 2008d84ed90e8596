import type { Analysis, BoilerplateReason } from '@/lib/analysis/types';
import { siteOf } from '@/lib/site-memory/article-key';
import { usePanel } from '@/lib/panel/use-panel';
import { strings } from '@/lib/panel/strings';
import { MarkLinesList } from '@/components/MarkLinesList';
import { RevealButton } from '@/components/RevealButton';
import { Section } from '@/components/Section';
import { SiteMemoryControls } from '@/components/SiteMemoryControls';
import { CappedList } from '@/components/CappedList';

/** Why the site's memory set a line aside, in words a reader can check. */
const memoryHint: Partial<Record<BoilerplateReason, string>> = {
  'site boilerplate': strings.siteBoilerplateHint,
  'marked by reader': strings.markedByReaderHint,
};

/**
 * Lines that are not reporting, each with the reason it was set aside. On a web page the reader can
 * overrule a line for the whole site, mark others (side panel) and forget what the site taught.
 */
export function BoilerplateList({ analysis }: { analysis: Analysis }) {
  const lines = analysis.boilerplate;
  const judge = usePanel((s) => s.judgeLine);
  const busy = usePanel((s) => s.memoryBusy);
  const surface = usePanel((s) => s.surface);
  const hasSite = siteOf(analysis.source) !== null;
  return (
    <Section title={strings.sections.boilerplate} count={lines.length} defaultOpen={false}>
      {lines.length ? (
        <CappedList
          items={lines}
          className="rows"
          render={(b) => (
            <li key={b.start} className="row row--action">
              <RevealButton span={b}>
                <span className="row__main row__main--clamp">{b.text}</span>
                <span className="row__sub">
                  {strings.boilerplateReason(b.reason)}
                  {memoryHint[b.reason] ? ` · ${memoryHint[b.reason]}` : null}
                </span>
              </RevealButton>
              {hasSite ? (
                <button
                  type="button"
                  className="button button--small"
                  disabled={busy}
                  aria-label={strings.notBoilerplateLabel(b.text)}
                  onClick={() => void judge(b.text, false)}
                >
                  {strings.notBoilerplate}
                </button>
              ) : null}
            </li>
          )}
        />
      ) : (
        <p className="empty">{strings.empty.boilerplate}</p>
      )}
      {hasSite && surface === 'sidepanel' ? <MarkLinesList analysis={analysis} /> : null}
      {hasSite ? <SiteMemoryControls /> : null}
    </Section>
  );
}
