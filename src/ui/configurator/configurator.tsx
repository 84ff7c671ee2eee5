import { useDeferredValue, useEffect, useRef } from 'react';
import { useFlow } from '../flow-context.tsx';
import { PreviewPanel } from '../preview/preview-panel.tsx';
import { Review } from '../review/review.tsx';
import { Done } from '../review/done.tsx';
import { OptionStep } from './option-step.tsx';
import { StepList } from './step-list.tsx';
import { SummaryBar } from './summary-bar.tsx';
import { SuggestOption } from '../codesign/suggest-option.tsx';
import { useT } from '../i18n/i18n.ts';

/** The configuring, reviewing and done screens share one layout: preview beside the steps. */
export function Configurator() {
  const { snapshot, send, view } = useFlow();
  const { catalog, stepIndex } = snapshot.context;
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const screen = snapshot.matches('configuring') ? `step-${stepIndex}` : String(snapshot.value);
  // The preview follows a click a moment later, in a render of its own that React may interrupt:
  // the click's own frame only updates the price and the options (the 3D scene's update is the
  // costly part), so no single task runs long.
  const scene = useDeferredValue(view?.scene);

  // Move focus to the new step's heading so keyboard and screen-reader users follow the flow —
  // when the screen changes, and on mount only if focus was lost (the product button that opened
  // the configurator is gone); never taking focus from elsewhere (the workbench's editor).
  const shownScreen = useRef(screen);
  useEffect(() => {
    const focusLost = !document.activeElement || document.activeElement === document.body;
    if (shownScreen.current === screen && !focusLost) return;
    shownScreen.current = screen;
    headingRef.current?.focus();
  }, [screen]);

  if (!catalog || !view) return null;
  const group = catalog.groups[stepIndex];
  const isLastStep = stepIndex === catalog.groups.length - 1;

  return (
    <div className="configurator">
      <div className="configurator__preview">
        <PreviewPanel scene={scene ?? view.scene} />
      </div>
      <div className="configurator__panel">
        <StepList />
        {snapshot.matches('configuring') && group && (
          <section className="step" aria-labelledby="step-title">
            <p className="step__count">{t('step.count', { step: stepIndex + 1, steps: catalog.groups.length })}</p>
            <h1 id="step-title" className="step__title" tabIndex={-1} ref={headingRef}>
              {group.label}
            </h1>
            {group.help && <p className="step__help">{group.help}</p>}
            <OptionStep group={group} />
            <SuggestOption groupId={group.id} />
            <div className="step__nav">
              <button type="button" className="button" onClick={() => send({ type: 'BACK' })}>
                {stepIndex === 0 ? t('step.allProducts') : t('step.back')}
              </button>
              <button type="button" className="button button--primary" onClick={() => send({ type: 'NEXT' })}>
                {isLastStep ? t('step.review') : t('step.next')}
              </button>
            </div>
          </section>
        )}
        {snapshot.matches('reviewing') && <Review headingRef={headingRef} />}
        {snapshot.matches('done') && <Done headingRef={headingRef} />}
      </div>
      {!snapshot.matches('done') && <SummaryBar />}
    </div>
  );
}
