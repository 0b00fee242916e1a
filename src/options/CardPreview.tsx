import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Card, type CardState } from '../card/Card';
import cardCss from '../card/card.css?inline';
import type { UiLanguage } from '../i18n/strings';

/** On the options page the card sits in the flow of the page instead of floating beside a mention. */
const IN_FLOW = '.card { position: static; max-width: 100%; max-height: none; box-shadow: none; }';

interface CardPreviewProps {
  state: CardState;
  lang: UiLanguage;
  onClose: () => void;
}

/**
 * The same card component as on pages, rendered into its own shadow root so its styles and the
 * options page's never meet. Focus moves to the card's close button when it opens.
 */
export function CardPreview({ state, lang, onClose }: CardPreviewProps) {
  const host = useRef<HTMLDivElement>(null);
  const layer = useRef<HTMLDivElement | null>(null);
  const close = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const element = host.current;
    if (!element || layer.current) return;
    const shadow = element.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = `${cardCss}\n${IN_FLOW}`;
    const div = document.createElement('div');
    div.className = 'layer';
    shadow.append(style, div);
    layer.current = div;
  }, []);

  useEffect(() => {
    if (!layer.current) return;
    render(<Card state={state} lang={lang} onClose={onClose} closeRef={close} />, layer.current);
  }, [state, lang, onClose]);

  useEffect(() => {
    if (state.kind === 'ready') close.current?.focus();
  }, [state]);

  useEffect(
    () => () => {
      if (layer.current) render(null, layer.current);
    },
    [],
  );

  return <div ref={host} class="card-preview" data-testid="card-preview" />;
}
