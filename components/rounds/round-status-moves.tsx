import { getTranslations } from 'next-intl/server';
import { ButtonForm } from '@/components/ui/form/button-form';
import { changeRoundStatusAction } from '@/lib/actions/programmes';
import { ROUND_STATUS_TRANSITIONS, type RoundStatus } from '@/lib/workflow/round-status';

/** The moves offered here: `published` is reached only by publishing the summary. */
const movesFrom = (status: RoundStatus) => ROUND_STATUS_TRANSITIONS.filter(([from, to]) => from === status && to !== 'published').map(([, to]) => to);

/** A move with no way back (to a status the round cannot leave back to this one) is asked first. */
const isOneWay = (from: RoundStatus, to: RoundStatus) => !ROUND_STATUS_TRANSITIONS.some(([back, forth]) => back === to && forth === from);

/** The buttons that move a round to its next stage, as the database's transitions allow. */
export async function RoundStatusMoves({ roundId, status }: { roundId: string; status: RoundStatus }) {
  const t = await getTranslations('Rounds');
  const tStatus = await getTranslations('RoundStatus');
  const moves = movesFrom(status);
  return (
    <>
      <p className="mb-3 text-slate-700">{moves.length ? t(`statusHint.${status}`) : t('statusFinal')}</p>
      <ul className="flex flex-wrap gap-3">
        {moves.map((to) => (
          <li key={to}>
            <ButtonForm
              action={changeRoundStatusAction}
              values={{ roundId, status: to }}
              label={t(`statusMove.${to}`)}
              confirm={
                isOneWay(status, to)
                  ? { title: t('statusConfirmTitle', { status: tStatus(to) }), description: t(`statusConfirm.${to}`), confirmLabel: t('statusConfirmYes') }
                  : undefined
              }
            />
          </li>
        ))}
      </ul>
    </>
  );
}
