import type { Analysis } from '@/lib/analysis/types';
import { usePanel } from '@/lib/panel/use-panel';
import { ArticleHeader } from '@/components/ArticleHeader';
import { BoilerplateList } from '@/components/BoilerplateList';
import { CountsBar } from '@/components/CountsBar';
import { DuplicatesList } from '@/components/DuplicatesList';
import { HighlightsSwitch } from '@/components/HighlightsSwitch';
import { OfficialsList } from '@/components/OfficialsList';
import { WhoSaidWhat } from '@/components/WhoSaidWhat';

/** The whole summary of an analysed article. */
export function Summary({ analysis }: { analysis: Analysis }) {
  const notice = usePanel((s) => s.notice);
  return (
    <>
      <ArticleHeader analysis={analysis} />
      <CountsBar analysis={analysis} />
      <HighlightsSwitch />
      <p className="notice" role="status">
        {notice}
      </p>
      <WhoSaidWhat analysis={analysis} />
      <OfficialsList analysis={analysis} />
      <DuplicatesList analysis={analysis} />
      <BoilerplateList analysis={analysis} />
    </>
  );
}
