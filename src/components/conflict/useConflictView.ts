import * as React from 'react';
import { conflictRows, defaultChoices, resolveConflict, type ConflictChoice, type ConflictRow } from '../../core/roadmap/conflict';
import { ROADMAP_ACTIONS, type RoadmapActionFields } from '../../core/schema';
import type { IConflictViewProps } from './IConflictViewProps';

export function useConflictView(props: IConflictViewProps): {
  rows: ConflictRow[];
  choices: Readonly<Record<string, ConflictChoice>>;
  choose: (key: string, choice: ConflictChoice) => void;
  resolve: () => void;
} {
  const { conflict, onResolve } = props;
  const rows = React.useMemo(() => conflictRows(ROADMAP_ACTIONS, conflict.mine, conflict.theirs), [conflict]);
  const [choices, setChoices] = React.useState<Readonly<Record<string, ConflictChoice>>>(() => defaultChoices(rows));
  const choose = React.useCallback((key: string, choice: ConflictChoice) => setChoices((c) => ({ ...c, [key]: choice })), []);
  const resolve = React.useCallback(() => onResolve(resolveConflict<typeof ROADMAP_ACTIONS>(rows, choices) as Partial<RoadmapActionFields>), [rows, choices, onResolve]);
  return { rows, choices, choose, resolve };
}
