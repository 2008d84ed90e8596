import { usePanel } from '@/lib/panel/use-panel';
import { ArticleHeader } from '@/components/ArticleHeader';
import { AutorunSwitch } from '@/components/AutorunSwitch';
import { BoilerplateList } from '@/components/BoilerplateList';
import { CountsBar } from '@/components/CountsBar';
import { DuplicatesList } from '@/components/DuplicatesList';
import { ExportBar } from '@/components/ExportBar';
import { HighlightsSwitch } from '@/components/HighlightsSwitch';
import { OfficialsList } from '@/components/OfficialsList';
import { OpenSidePanelButton } from '@/components/OpenSidePanelButton';
import { SpeakerLegend } from '@/components/SpeakerLegend';
import { WhoSaidWhat } from '@/components/WhoSaidWhat';

/** The whole summary of an analysed article, with the reader's corrections applied. */
export function Summary() {
  const corrected = usePanel((s) => s.corrected);
  const notice = usePanel((s) => s.notice);
  const status = usePanel((s) => s.status);
  const surface = usePanel((s) => s.surface);
  if (!corrected) return null;
  const { analysis } = corrected;
  return (
    <>
      <ArticleHeader analysis={analysis} />
      <CountsBar analysis={analysis} />
      {surface === 'popup' ? <OpenSidePanelButton /> : null}
      <HighlightsSwitch />
      {surface === 'popup' ? <AutorunSwitch pageUrl={analysis.source} /> : null}
      <p className="notice" role="alert">
        {notice}
      </p>
      <p className="confirmation" role="status">
        {status}
      </p>
      {surface === 'sidepanel' ? <SpeakerLegend analysis={analysis} /> : null}
      <WhoSaidWhat corrected={corrected} />
      <OfficialsList analysis={analysis} />
      <DuplicatesList analysis={analysis} />
      <BoilerplateList analysis={analysis} />
      <ExportBar />
    </>
  );
}
