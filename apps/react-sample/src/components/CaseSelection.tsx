import {
  useInteractions,
  useSelectedCase,
  useWorkspaceAction,
  useWorkspaceClient,
} from '@wwe-kit/react';
import { ErrorText } from './ErrorText';

const caseIds = (s: { interactions: readonly { caseId?: string }[] }) =>
  s.interactions.flatMap((i) => (i.caseId ? [i.caseId] : []));

/** The case selected in Workspace, and buttons to select another one. */
export function CaseSelection() {
  const client = useWorkspaceClient();
  const { caseId, expanded } = useSelectedCase();
  const cases = useInteractions(caseIds);
  const select = useWorkspaceAction((id: string) => client.interaction.selectCaseByCaseId(id));
  return (
    <section aria-label="Cases">
      <h2>Cases</h2>
      <p data-testid="selected-case">
        {caseId ? `Selected: ${caseId}${expanded ? ' (expanded)' : ''}` : 'No case selected'}
      </p>
      {cases.map((c) => (
        <button key={c} disabled={c === caseId} onClick={() => select.run(c)}>
          Select {c}
        </button>
      ))}
      <ErrorText error={select.error} />
    </section>
  );
}
