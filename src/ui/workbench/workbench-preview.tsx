import { Component, memo, useEffect, useMemo, type ReactNode } from 'react';
import { useMachine } from '@xstate/react';
import { deriveView } from '../../app/derive-view.ts';
import { flowMachine } from '../../app/flow-machine.ts';
import type { Catalog } from '../../domain/catalog-schema.ts';
import { isoDateOf } from '../../domain/business-days.ts';
import { ProductPicker } from '../catalog/product-picker.tsx';
import { Configurator } from '../configurator/configurator.tsx';
import { FlowContext } from '../flow-context.tsx';
import type { ValidCatalog } from './use-catalog-check.ts';
import { translate, useT } from '../i18n/i18n.ts';

interface WorkbenchPreviewProps {
  /** The newest catalog that loaded, or null if none has yet. */
  readonly valid: ValidCatalog | null;
  /** The text has errors now, so the preview shows an older version. */
  readonly stale: boolean;
  readonly now: () => Date;
}

/** The shoppers' configurator running on the catalog being edited; a new version restarts it. */
export const WorkbenchPreview = memo(function WorkbenchPreview({ valid, stale, now }: WorkbenchPreviewProps) {
  const t = useT();
  if (!valid) {
    return <p className="wb-preview__empty">{t('wb.previewEmpty')}</p>;
  }
  return (
    <div className={stale ? 'wb-preview wb-preview--stale' : 'wb-preview'}>
      {stale && (
        <p className="wb-preview__note" data-testid="stale-note">
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <circle cx="8" cy="8" r="7.5" fill="#8a5a00" />
            <path d="M8 7v4.5" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
            <circle cx="8" cy="4.6" r="1.05" fill="#fff" />
          </svg>
          {t('wb.stale')}
        </p>
      )}
      <div className="wb-preview__flow" inert={stale}>
        <PreviewBoundary key={valid.revision}>
          <PreviewFlow catalog={valid.catalog} now={now} />
        </PreviewBoundary>
      </div>
    </div>
  );
});

function PreviewFlow({ catalog, now }: { catalog: Catalog; now: () => Date }) {
  const catalogs = useMemo(() => [catalog], [catalog]);
  const [snapshot, send] = useMachine(flowMachine, { input: { catalogs, now } });
  const { catalog: chosen, choices } = snapshot.context;
  const today = isoDateOf(now());
  const view = useMemo(() => (chosen ? deriveView(chosen, choices, today) : null), [chosen, choices, today]);
  const flow = useMemo(() => ({ snapshot, send, view }), [snapshot, send, view]);

  // Merchandisers preview one product: go straight to its first step (also after "Start a new design").
  const noProduct = snapshot.matches('choosingProduct') && !chosen;
  useEffect(() => {
    if (noProduct) send({ type: 'SELECT_PRODUCT', productId: catalog.id });
  }, [noProduct, send, catalog.id]);

  return (
    <FlowContext.Provider value={flow}>
      {snapshot.matches('choosingProduct') ? chosen && <ProductPicker catalogs={catalogs} /> : <Configurator />}
    </FlowContext.Provider>
  );
}

/** A catalog that validates may still trip the configurator; keep the editor usable if it does. */
class PreviewBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };
  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }
  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="wb-preview__failed" role="alert">
        <p>
          <strong>{translate('wb.previewStopped')}</strong> {this.state.error.message}
        </p>
        <p>{translate('wb.previewRetry')}</p>
      </div>
    );
  }
}
