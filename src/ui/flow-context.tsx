import { createContext, useContext } from 'react';
import type { ActorRefFrom, SnapshotFrom } from 'xstate';
import type { flowMachine } from '../app/flow-machine.ts';
import type { ConfigurationView } from '../app/derive-view.ts';

export interface Flow {
  readonly snapshot: SnapshotFrom<typeof flowMachine>;
  readonly send: ActorRefFrom<typeof flowMachine>['send'];
  /** Derived data for the current product and choices (null before a product is chosen). */
  readonly view: ConfigurationView | null;
}

export const FlowContext = createContext<Flow | null>(null);

export function useFlow(): Flow {
  const flow = useContext(FlowContext);
  if (!flow) throw new Error('useFlow must be used inside <FlowContext.Provider>');
  return flow;
}
